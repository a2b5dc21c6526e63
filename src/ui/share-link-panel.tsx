import { useEffect, useId, useState } from 'react';
import { fitsInQrCode, MAX_QR_LINK_BYTES } from '@/domain/observation-exchange';
import { downloadTextFile } from '@/ui/download-text-file';
import '@/ui/share-link-panel.css';

/** A link's content as a JSON file to save or share: its name and its text. */
export interface ShareableFile {
  name: string;
  text: string;
}

export interface ShareLinkPanelProps {
  title: string;
  /** Who should open it, and what happens then. */
  intro: string;
  link: string;
  /** The same content as a JSON file, for when a link is too long or will not open. */
  file?: ShareableFile;
  /** Shown with the share sheet ("Observation from Priya"). */
  shareTitle: string;
  /** What the link is, as the label of the field that shows it ("Link for peers"). */
  linkLabel?: string;
  /** Why this kind of link can grow past a QR code's size ("long notes make it long"). */
  whyLong?: string;
  /** 3 when the panel sits under a section of its own; 4 inside a rater group's card. */
  headingLevel?: 2 | 3 | 4;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A QR code as an SVG data URL: qrcode is loaded only when a code is drawn
 * (docs/design.md#heavy-things-load-late).
 */
async function qrCodeDataUrl(link: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Every way a link can leave this phone with no server in between: a QR code to scan, the phone's
 * share sheet (Web Share API) where there is one, copy to the clipboard, and a file. A link too
 * long for a QR code says so and offers the file and the share sheet instead.
 */
export function ShareLinkPanel({
  title,
  intro,
  link,
  file,
  shareTitle,
  linkLabel = 'The link',
  whyLong,
  headingLevel = 2,
}: ShareLinkPanelProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  const headingId = useId();
  const linkId = useId();
  const isQrSized = fitsInQrCode(link);
  const [drawn, setDrawn] = useState<{ link: string; url: string } | null>(null);
  const qrCode = drawn?.link === link ? drawn.url : null;
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [shareProblem, setShareProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!isQrSized) return;
    void qrCodeDataUrl(link).then(
      (url) => setDrawn({ link, url }),
      () => undefined,
    );
  }, [link, isQrSized]);

  const fileToShare = file ? new File([file.text], file.name, { type: 'application/json' }) : null;
  const canShareFile =
    fileToShare !== null &&
    typeof navigator.canShare === 'function' &&
    navigator.canShare({ files: [fileToShare] });
  const canShare = typeof navigator.share === 'function';

  async function share() {
    setShareProblem(null);
    try {
      if (canShareFile && !isQrSized) {
        await navigator.share({ title: shareTitle, files: [fileToShare] });
      } else {
        await navigator.share({ title: shareTitle, url: link });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setShareProblem('Sharing did not work here. Copy the link or save the file instead.');
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      // No clipboard permission: select the link so a long-press or Ctrl+C copies it.
      const field = document.getElementById(linkId);
      if (field instanceof HTMLTextAreaElement) field.select();
      setCopyState('failed');
    }
  }

  return (
    <section className="card share-panel stack" aria-labelledby={headingId}>
      <div>
        <Heading id={headingId}>{title}</Heading>
        <p>{intro}</p>
      </div>
      {isQrSized ? (
        <div className="share-qr">
          {qrCode ? (
            <img
              src={qrCode}
              width="240"
              height="240"
              alt="QR code of the link. Scan it with the other phone’s camera."
            />
          ) : (
            <div className="share-qr-placeholder" aria-hidden="true" />
          )}
        </div>
      ) : (
        <p className="share-too-long" role="note">
          This link is too long for a QR code (over {MAX_QR_LINK_BYTES.toLocaleString('en-GB')}{' '}
          characters{whyLong ? ` — ${whyLong}` : ''}), so{' '}
          {file
            ? `${canShare ? 'send it with Share, or ' : ''}save the file and send that instead.`
            : `${canShare ? 'send it with Share or ' : ''}copy it into a message.`}
        </p>
      )}
      <div className="cluster">
        {canShare && (
          <button type="button" className="button button-primary" onClick={() => void share()}>
            Share…
          </button>
        )}
        <button
          type="button"
          className={canShare ? 'button' : 'button button-primary'}
          onClick={() => void copy()}
        >
          Copy link
        </button>
        {file && (
          <button
            type="button"
            className="button"
            onClick={() => downloadTextFile(file.name, file.text)}
          >
            Save as a file
          </button>
        )}
      </div>
      <p role="status" className="share-status">
        {copyState === 'copied' && 'Link copied. Paste it into a message or email.'}
        {copyState === 'failed' &&
          'Could not copy automatically: the link is selected below — copy it from there.'}
        {shareProblem}
      </p>
      <div className="field">
        <label htmlFor={linkId}>{linkLabel}</label>
        <textarea
          id={linkId}
          className="share-link-text"
          readOnly
          rows={3}
          value={link}
          onFocus={(event) => event.target.select()}
        />
      </div>
    </section>
  );
}
