import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const preloadScreenAt = vi.fn<(path: string) => boolean>(() => true);
vi.mock('@/app/routes', () => ({ preloadScreenAt }));

const { preloadScreensOnIntent } = await import('@/app/preload-on-intent');

function addLink(href: string): HTMLElement {
  const link = document.createElement('a');
  link.href = href;
  const label = document.createElement('span');
  label.textContent = 'Open';
  link.append(label);
  document.body.append(link);
  return label;
}

describe('preloadScreensOnIntent', () => {
  let stop: () => void;
  beforeEach(() => {
    preloadScreenAt.mockClear();
    stop = preloadScreensOnIntent();
  });
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it('fetches the screen of a link a pointer moves over, presses or the keyboard focuses', () => {
    addLink('/journal?entry=abc').dispatchEvent(new Event('pointerover', { bubbles: true }));
    addLink('/settings').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    addLink('/programme').dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(preloadScreenAt.mock.calls).toEqual([['/journal'], ['/settings'], ['/programme']]);
  });

  it('ignores links to other sites and everything that is not a link', () => {
    addLink('https://example.org/journal').dispatchEvent(
      new Event('pointerover', { bubbles: true }),
    );
    const paragraph = document.createElement('p');
    document.body.append(paragraph);
    paragraph.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(preloadScreenAt).not.toHaveBeenCalled();
  });

  it('stops listening when asked', () => {
    stop();
    addLink('/journal').dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(preloadScreenAt).not.toHaveBeenCalled();
  });
});
