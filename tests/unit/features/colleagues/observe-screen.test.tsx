import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeReturnLink, requestFileText, requestLink } from '@/domain/observation-exchange';
import { db } from '@/db/database';
import { ObserveScreen } from '@/features/colleagues/observe-screen';
import { makeObservationRequest } from '../../../support/observation-factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

async function openRequest(overrides = {}) {
  const request = makeObservationRequest(overrides);
  const link = await requestLink(window.location.origin, request);
  window.history.replaceState(null, '', link.slice(window.location.origin.length));
  return request;
}

describe('colleague mode (/observe#…)', () => {
  it('shows the form for the request with no profile, and keeps a draft across a closed tab', async () => {
    const user = userEvent.setup();
    await openRequest();
    const first = render(<ObserveScreen />);
    expect(
      await screen.findByRole('heading', { name: 'Sam Teacher observed Priya Shah' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/No pupil names/)).toBeInTheDocument();

    const questioning = screen.getByRole('group', { name: /hinge questions/ });
    await user.click(
      within(questioning).getByRole('radio', {
        name: '3 Secure',
      }),
    );
    expect(screen.getByText(/I do this consistently/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Strengths'), 'Calm start 🌱 — مرحبا');
    await user.type(screen.getByLabelText('Class'), '9X2');
    first.unmount();

    await waitFor(async () => {
      const [row] = await db.outgoingObservations.toArray();
      expect(row?.content.strengths).toBe('Calm start 🌱 — مرحبا');
    });
    render(<ObserveScreen />);
    expect(await screen.findByLabelText('Strengths')).toHaveValue('Calm start 🌱 — مرحبا');
    expect(screen.getByLabelText('Class')).toHaveValue('9X2');
    expect(
      within(screen.getByRole('group', { name: /hinge questions/ })).getByRole('radio', {
        name: '3 Secure',
      }),
    ).toBeChecked();
  });

  it('asks for a next step before finishing, then gives a return link that carries it all', async () => {
    const user = userEvent.setup();
    const request = await openRequest();
    render(<ObserveScreen />);
    const radios = await screen.findAllByRole('radio', { name: '2 Developing' });
    await user.click(radios[0]!);
    await user.click(screen.getByRole('button', { name: 'Finish and send back' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Agree at least one next step');

    await user.type(screen.getByLabelText('Next step'), 'Wait five seconds before taking answers');
    await user.click(screen.getByRole('button', { name: 'Finish and send back' }));
    expect(await screen.findByRole('heading', { name: 'Send it back' })).toBeInTheDocument();
    const linkField = await screen.findByLabelText('The link');
    const link = (linkField as HTMLTextAreaElement).value;
    expect(link).toMatch(/\/receive#/);
    const decoded = await decodeReturnLink(link);
    expect(decoded).toMatchObject({
      ok: true,
      value: {
        requestId: request.requestId,
        nextSteps: ['Wait five seconds before taking answers'],
        ratings: [
          { skillId: 'q1', level: 2 },
          { skillId: 'f1', level: null },
        ],
      },
    });
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeInTheDocument();
  });

  it('explains a link cut short instead of opening a form', async () => {
    await openRequest();
    window.history.replaceState(null, '', window.location.href.slice(0, -20));
    render(<ObserveScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/cut short|changed/);
  });
});

describe('an observation request opened as a file with “Open a Trellis file”', () => {
  beforeEach(() => {
    forgetHandedOverFiles();
    window.history.replaceState(null, '', '/observe');
  });

  it('opens the same form as its link, and keeps what the colleague writes', async () => {
    const user = userEvent.setup();
    handOver('observation-request', [
      jsonFile(
        await requestFileText(makeObservationRequest()),
        'request.trellis-observation-request.json',
      ),
    ]);
    render(<ObserveScreen />);
    expect(
      await screen.findByRole('heading', { name: 'Sam Teacher observed Priya Shah' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Strengths'), 'Calm start');
    await waitFor(async () => {
      const [row] = await db.outgoingObservations.toArray();
      expect(row?.content.strengths).toBe('Calm start');
    });
  });

  it('refuses a damaged file in plain words and keeps nothing', async () => {
    handOver('observation-request', [
      jsonFile(
        withDamagedChecksum(await requestFileText(makeObservationRequest())),
        'request.json',
      ),
    ]);
    render(<ObserveScreen />);
    expect(
      await screen.findByRole('heading', { name: 'This file cannot be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/changed or damaged/);
    expect(await db.outgoingObservations.count()).toBe(0);
  });
});
