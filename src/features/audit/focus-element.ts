/**
 * Moves keyboard focus to an element (a card or a heading with tabIndex -1) and brings it into
 * view, so "Next skill" and the area links work the same for keyboard, screen-reader and touch
 * users. Smooth scrolling is skipped when the user asks for reduced motion.
 */
export function focusElement(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ behavior: prefersReducedMotion ? 'auto' : 'smooth', block: 'start' });
}
