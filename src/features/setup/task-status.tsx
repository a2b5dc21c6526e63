interface TaskStatusProps {
  isBusy: boolean;
  busyText: string;
  /** Why the task failed, as a sentence; undefined unless it did. */
  failure: string | undefined;
  className?: string;
}

/** While a task runs, a polite status; if it fails, an alert that says why and asks to try again. */
export function TaskStatus({ isBusy, busyText, failure, className }: TaskStatusProps) {
  const withClass = (base: string) => (className ? `${base} ${className}` : base);
  return (
    <>
      {isBusy && (
        <p role="status" className={withClass('muted')}>
          {busyText}
        </p>
      )}
      {failure !== undefined && (
        <p role="alert" className={withClass('alert')}>
          {failure} Please try again.
        </p>
      )}
    </>
  );
}
