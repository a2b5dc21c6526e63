import type { z } from '@/domain/zod';

/**
 * Turns a Zod error into one plain message per field ("lengthWeeks" → "A programme lasts at most
 * 104 weeks"), for forms to show beside the field. Paths are joined with dots: "sessions.2.title".
 */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    messages[key] ??= issue.message;
  }
  return messages;
}

/** Every problem in an error as a readable line: "areas → 2 → name: needs a name". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length === 0
      ? issue.message
      : `${issue.path.map(String).join(' → ')}: ${issue.message}`,
  );
}
