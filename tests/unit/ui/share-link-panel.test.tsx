import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareLinkPanel } from '@/ui/share-link-panel';
import { captureDownloads } from '../../support/downloads';

const downloads = captureDownloads();
const shortLink = 'https://trellis.test/review#abc';
const longLink = `https://trellis.test/review#${'x'.repeat(3_000)}`;

describe('ShareLinkPanel', () => {
  it('draws a QR code of a short link and copies the link', async () => {
    const user = userEvent.setup();
    render(
      <ShareLinkPanel
        title="Link for peers"
        intro="Send this to your peers."
        link={shortLink}
        shareTitle="Trellis 360 review"
        linkLabel="Peers’ link"
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Link for peers' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Link for peers' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /QR code/ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(screen.getByLabelText('Peers’ link')).toHaveValue(shortLink);
    expect(screen.queryByRole('button', { name: 'Save as a file' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(shortLink);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('says a link is too long for a QR code, why, and saves the file instead', async () => {
    const user = userEvent.setup();
    render(
      <ShareLinkPanel
        title="Return link"
        intro="Give this back."
        link={longLink}
        file={{ name: 'answer.trellis-review-answer.json', text: '{"a":1}' }}
        shareTitle="Answer"
        whyLong="long comments make it long"
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Return link' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      /too long for a QR code \(over 2,900 characters — long comments make it long\), so save the file/,
    );
    await user.click(screen.getByRole('button', { name: 'Save as a file' }));
    await vi.waitFor(() =>
      expect(downloads).toEqual([
        { name: 'answer.trellis-review-answer.json', type: 'application/json', text: '{"a":1}' },
      ]),
    );
  });

  it('offers copying when a long link has no file', () => {
    render(
      <ShareLinkPanel title="Coach link" intro="Send it." link={longLink} shareTitle="Coach" />,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/\(over 2,900 characters\), so copy it/);
  });

  it('hands a short link to the share sheet, and a long one as its file where files can be shared', async () => {
    const user = userEvent.setup();
    const share = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { share, canShare: () => true });
    try {
      const file = { name: 'bundle.json', text: '{}' };
      const { rerender } = render(
        <ShareLinkPanel title="T" intro="I" link={shortLink} file={file} shareTitle="Shared" />,
      );
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenLastCalledWith({ title: 'Shared', url: shortLink });

      rerender(
        <ShareLinkPanel title="T" intro="I" link={longLink} file={file} shareTitle="Shared" />,
      );
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenLastCalledWith({ title: 'Shared', files: [expect.any(File)] });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
      Reflect.deleteProperty(navigator, 'canShare');
    }
  });

  it('says plainly when the share sheet fails, and stays quiet when it is dismissed', async () => {
    const user = userEvent.setup();
    const share = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new DOMException('dismissed', 'AbortError'))
      .mockRejectedValueOnce(new Error('not allowed'));
    Object.assign(navigator, { share });
    try {
      render(<ShareLinkPanel title="T" intro="I" link={shortLink} shareTitle="Shared" />);
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(screen.getByRole('status')).toHaveTextContent('Sharing did not work here');
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
