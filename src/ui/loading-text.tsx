/** "Loading your progress…": a screen's placeholder while its records are read. */
export function LoadingText({ children }: { children: string }) {
  return (
    <p className="muted" aria-busy="true">
      {children}
    </p>
  );
}
