import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { pwaRegisterStub } from '../../support/pwa-register-react-stub';

describe('ReloadPrompt', () => {
  beforeEach(() => {
    pwaRegisterStub.reset();
    // jsdom has no service workers; the prompt only listens for the controller to change.
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: new EventTarget(),
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('shows nothing until the service worker has something to say', () => {
    const { container } = render(<ReloadPrompt />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says once that Trellis works offline, and goes when acknowledged', async () => {
    const user = userEvent.setup();
    pwaRegisterStub.offlineReady = true;
    render(<ReloadPrompt />);

    expect(screen.getByRole('status')).toHaveTextContent('Trellis is ready to work offline.');
    await user.click(screen.getByRole('button', { name: 'OK' }));

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks before updating, and "Later" leaves the running version alone', async () => {
    const user = userEvent.setup();
    pwaRegisterStub.needRefresh = true;
    render(<ReloadPrompt />);

    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Trellis is ready. Your work is saved.',
    );
    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(pwaRegisterStub.updateRequests).toEqual([]);
  });

  it('updates only when the user asks', async () => {
    const user = userEvent.setup();
    pwaRegisterStub.needRefresh = true;
    render(<ReloadPrompt />);

    await user.click(screen.getByRole('button', { name: 'Reload to update' }));

    expect(pwaRegisterStub.updateRequests).toEqual([true]);
  });
});
