interface ObservationProblemsProps {
  problems: Partial<Record<string, string>>;
}

/** Why an observation cannot be finished yet, in one alert; nothing when all is well. */
export function ObservationProblems({ problems }: ObservationProblemsProps) {
  const messages = Object.values(problems);
  if (messages.length === 0) return null;
  return (
    <p className="field-error" role="alert">
      {messages.join('. ')}.
    </p>
  );
}
