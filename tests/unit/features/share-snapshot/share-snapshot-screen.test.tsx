import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeSnapshotLink } from '@/domain/cohort/snapshot-exchange';
import { loadActiveProgramme } from '@/db/active-programme';
import { loadExampleProfile } from '@/db/example-profile';
import { ShareSnapshotScreen } from '@/features/share-snapshot/share-snapshot-screen';
import { captureDownloads } from '../../../support/downloads';

const LONG = { timeout: 15_000 };
const downloads = captureDownloads();

async function exampleDelegate() {
  const profileId = await loadExampleProfile();
  const active = await loadActiveProgramme(profileId);
  if (!active) throw new Error('the example has a programme');
  return active;
}

describe('Share with my facilitator', () => {
  it('previews exactly what goes, with colleagues anonymised unless chosen', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const active = await exampleDelegate();
    render(<ShareSnapshotScreen active={active} />);
    const preview = await screen.findByRole('region', { name: 'Exactly what goes' }, LONG);
    expect(within(preview).getByText('Jordan Ellis')).toBeVisible();
    expect(within(preview).getByText(/Colleague A \(\d observations?\)/)).toBeVisible();
    expect(within(preview).queryByRole('heading', { name: '360° review' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Use colleagues’ names/ }));
    expect(await within(preview).findByText(/Priya/)).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Learning 3/ }));
    expect(within(preview).queryByRole('heading', { name: 'Learning 3' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /360° review/ }));
    expect(await within(preview).findByRole('heading', { name: '360° review' })).toBeVisible();
    // The example's improvement project goes as its title and milestones done, ticked by default.
    const project = screen.getByRole('checkbox', { name: /improvement project/ });
    expect(project).toBeChecked();
    expect(within(preview).getByText(/Improvement project:/)).toHaveTextContent(
      /Spaced retrieval practice.*\(\d+ of \d+ milestones done/,
    );
    await user.click(project);
    expect(within(preview).queryByText(/Improvement project:/)).toBeNull();
    await user.click(project);

    await user.click(await screen.findByRole('button', { name: 'Save as a file' }, LONG));
    const [file] = downloads;
    expect(file?.name).toBe('jordan-ellis-progress.trellis-snapshot.json');
    const keys = new Set<string>();
    JSON.parse(file?.text ?? '{}', (key: string, value: unknown) => {
      keys.add(key);
      return value;
    });
    for (const field of [
      'note',
      'evidence',
      'reflection',
      'context',
      'comments',
      'learningThree',
    ]) {
      expect(keys.has(field), field).toBe(false);
    }
    expect(keys.has('review')).toBe(true);
    expect(keys.has('project')).toBe(true);

    const link = screen.getByRole('textbox', { name: 'Link for your facilitator' });
    const decoded = await decodeSnapshotLink((link as HTMLTextAreaElement).value);
    expect(decoded).toMatchObject({ ok: true, value: { delegate: { name: 'Jordan Ellis' } } });
  });
});
