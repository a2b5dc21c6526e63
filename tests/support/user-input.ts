import type userEvent from '@testing-library/user-event';

/** Clears a field and types new text into it, as a user would (empty text just clears it). */
export async function replaceText(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.clear(field);
  if (text !== '') await user.type(field, text);
}
