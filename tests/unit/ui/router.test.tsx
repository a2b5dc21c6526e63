import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, usePath, useSearch } from '@/ui/router';

function WhereAmI() {
  return (
    <p>
      {usePath()}|{useSearch()}
    </p>
  );
}

describe('router with query strings', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/journal');
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('moves between the same path with and without a query, matching on the path', () => {
    render(<WhereAmI />);
    expect(screen.getByText('/journal|')).toBeInTheDocument();

    act(() => navigate('/journal?entry=abc'));
    expect(screen.getByText('/journal|?entry=abc')).toBeInTheDocument();

    act(() => navigate('/journal'));
    expect(screen.getByText('/journal|')).toBeInTheDocument();
    expect(window.history.length).toBeGreaterThan(1);
  });

  it('does nothing when asked to go where the page already is', () => {
    window.history.replaceState(null, '', '/journal?view=ranked');
    const lengthBefore = window.history.length;
    navigate('/journal?view=ranked');
    expect(window.history.length).toBe(lengthBefore);
  });
});
