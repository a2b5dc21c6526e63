import { render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableScreen } from '@/app/preloadable-screen';
import { preloadScreenAt } from '@/app/routes';

function Greeting({ name }: { name: string }) {
  return <h1>Hello, {name}</h1>;
}

function drawn(Screen: ComponentType<{ name: string }>) {
  return render(
    <Suspense fallback={<p>Opening…</p>}>
      <Screen name="Sam" />
    </Suspense>,
  );
}

describe('preloadableScreen', () => {
  it('draws a screen whose code has arrived at once, without the fallback', async () => {
    const greeting = preloadableScreen(() => Promise.resolve(Greeting));
    await greeting.preload();
    drawn(greeting.Screen);
    expect(screen.getByRole('heading', { name: 'Hello, Sam' })).toBeInTheDocument();
    expect(screen.queryByText('Opening…')).not.toBeInTheDocument();
  });

  it('shows the fallback while a screen not fetched ahead loads, then the screen', async () => {
    let loads = 0;
    const greeting = preloadableScreen(() => {
      loads += 1;
      return Promise.resolve(Greeting);
    });
    drawn(greeting.Screen);
    expect(screen.getByText('Opening…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Hello, Sam' })).toBeInTheDocument();
    await greeting.preload();
    expect(loads).toBe(1);
  });
});

describe('preloadScreenAt', () => {
  it('knows every screen by its path, and nothing else', () => {
    expect(preloadScreenAt('/settings')).toBe(true);
    expect(preloadScreenAt('/receive')).toBe(true);
    expect(preloadScreenAt('/')).toBe(false);
    expect(preloadScreenAt('/toString')).toBe(false);
  });
});
