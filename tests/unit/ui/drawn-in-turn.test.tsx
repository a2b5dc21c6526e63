import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawnInTurn } from '@/ui/drawn-in-turn';

describe('DrawnInTurn', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const nextFrame = () =>
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersToNextTimer();
    });

  it('draws one part per frame, in order, saying it is busy until the last is drawn', () => {
    render(
      <DrawnInTurn
        pending="Drawing the rest…"
        parts={[<p key="a">First part</p>, false, <p key="c">Last part</p>]}
      />,
    );
    expect(screen.queryByText('First part')).not.toBeInTheDocument();
    expect(screen.getByText('Drawing the rest…')).toHaveAttribute('aria-busy', 'true');

    nextFrame();
    expect(screen.getByText('First part')).toBeInTheDocument();
    expect(screen.queryByText('Last part')).not.toBeInTheDocument();

    nextFrame();
    nextFrame();
    expect(screen.getByText('Last part')).toBeInTheDocument();
    expect(screen.queryByText('Drawing the rest…')).not.toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not draw a part again when a later part is drawn', () => {
    const renders = vi.fn();
    function Counted() {
      renders();
      return <p>Counted part</p>;
    }
    render(
      <DrawnInTurn
        pending="Drawing the rest…"
        parts={[<Counted key="counted" />, <p key="b">Second part</p>]}
      />,
    );
    nextFrame();
    expect(renders).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(screen.getByText('Second part')).toBeInTheDocument();
    expect(renders).toHaveBeenCalledTimes(1);
  });
});
