/**
 * Said on a screen that shows one thing at a time (a coach, a report, a request) when several
 * files were handed over together: it shows the first, and the others are opened in turn.
 */
export function FirstFileOnly({
  files,
  className,
}: {
  files: readonly File[];
  className?: string;
}) {
  const [first] = files;
  if (!first || files.length < 2) return null;
  return (
    <p role="note" className={className}>
      Only the first file, “{first.name}”, is shown here: open the others one at a time.
    </p>
  );
}
