import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReturnedObservation } from '@/domain/observation';
import { returnFileText } from '@/domain/observation-exchange';
import { db } from '@/db/database';
import { ImportPreview } from '@/features/colleagues/import-preview';
import { setUpReturnedObservation } from '../../../support/observation-factories';

/** Priya's observation of Sam, its strengths written as markup to show it is never rendered. */
function received(overrides: Partial<ReturnedObservation> = {}) {
  return setUpReturnedObservation({
    strengths: '<img src=x onerror=alert(1)> Lovely questioning',
    ...overrides,
  });
}

describe('import preview', () => {
  it('shows who observed whom and what, stores nothing until accepted, then not twice', async () => {
    const user = userEvent.setup();
    const { sam, text } = await received();
    const view = render(<ImportPreview active={sam} source={{ kind: 'file', text }} />);
    expect(await screen.findByText('Priya Shah observed Sam Teacher')).toBeInTheDocument();
    expect(screen.getByText(/3 Secure/)).toBeInTheDocument();
    // Colleague text is text: the markup is shown, never run or rendered.
    expect(screen.getByText('<img src=x onerror=alert(1)> Lovely questioning')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(await db.observations.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Accept and save' }));
    expect(await screen.findByText(/Saved/)).toBeInTheDocument();
    expect(await db.observations.count()).toBe(1);
    view.unmount();

    render(<ImportPreview active={sam} source={{ kind: 'file', text }} />);
    expect(await screen.findByText(/You already have this observation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept and save' })).not.toBeInTheDocument();
  });

  it('replaces with a corrected version only after the delegate confirms', async () => {
    const user = userEvent.setup();
    const { sam, incoming, text } = await received();
    const first = render(<ImportPreview active={sam} source={{ kind: 'file', text }} />);
    await user.click(await screen.findByRole('button', { name: 'Accept and save' }));
    await screen.findByText(/Saved/);
    first.unmount();

    const corrected = await returnFileText({ ...incoming, rev: 2, strengths: 'Corrected' });
    render(<ImportPreview active={sam} source={{ kind: 'file', text: corrected }} />);
    expect(await screen.findByText(/corrected version/)).toBeInTheDocument();
    expect((await db.observations.get(incoming.id))?.rev).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Replace with this version' }));
    await screen.findByText(/Saved/);
    expect(await db.observations.get(incoming.id)).toMatchObject({
      rev: 2,
      strengths: 'Corrected',
    });
  });

  it('explains another delegate’s observation in plain words and offers no accept', async () => {
    const { sam, text } = await received({
      delegateProfileId: '6f1c1b1e-0000-4000-8000-0000000000ff',
    });
    render(<ImportPreview active={sam} source={{ kind: 'file', text }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/different delegate/);
    expect(screen.queryByRole('button', { name: 'Accept and save' })).not.toBeInTheDocument();
  });

  it('explains a damaged file', async () => {
    const { sam, text } = await received();
    render(
      <ImportPreview
        active={sam}
        source={{ kind: 'file', text: text.replace('Lovely', 'Lousy') }}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed or damaged/);
  });
});
