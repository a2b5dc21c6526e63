import { useEffect, useState, type ReactNode } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { MAX_REVIEW_ANSWER_BYTES } from '@/domain/review-360/review-exchange';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { readFileText } from '@/ui/read-file-text';
import { Link } from '@/ui/router';
import { useLinkOrFiles } from '@/ui/use-link-or-files';
import { receiveAnswerText, type ReceivedAnswer } from '@/features/review-360/receive-answer';
import { roundHref } from '@/features/review-360/review-hrefs';
import './review-360.css';

const KINDS: readonly TrellisFileKind[] = ['review-answer'];

/** Where the answers came from: the link this page was opened with, or files handed over. */
type Source = { from: 'link'; hash: string } | { from: 'files'; files: readonly File[] };

/** What one link or file did; `fileName` only when several files came together. */
interface Receipt {
  fileName?: string;
  result: ReceivedAnswer;
}

/**
 * One receipt per link (or set of files) and page load: React may run the effect twice, and a
 * second store of the same answer would read as "sent again".
 */
const linkReceipts = new Map<string, Promise<Receipt[]>>();
const fileReceipts = new WeakMap<readonly File[], Promise<Receipt[]>>();

/** Each file as if chosen with the round's "Add an answer file": size checked, then received. */
async function receiveFiles(files: readonly File[], profileId: string): Promise<Receipt[]> {
  const receipts: Receipt[] = [];
  for (const file of files) {
    const read = await readFileText(file, MAX_REVIEW_ANSWER_BYTES, 'answer file');
    const result = read.ok ? await receiveAnswerText(read.text, profileId) : read;
    receipts.push(files.length > 1 ? { fileName: file.name, result } : { result });
  }
  return receipts;
}

function receiveOnce(source: Source, profileId: string): Promise<Receipt[]> {
  if (source.from === 'files') {
    let receipt = fileReceipts.get(source.files);
    if (!receipt) {
      receipt = receiveFiles(source.files, profileId);
      fileReceipts.set(source.files, receipt);
    }
    return receipt;
  }
  const key = `${profileId}${source.hash}`;
  let receipt = linkReceipts.get(key);
  if (!receipt) {
    receipt = receiveAnswerText(source.hash, profileId).then((result) => [{ result }]);
    linkReceipts.set(key, receipt);
  }
  return receipt;
}

/**
 * A rater's answer opened on the delegate's device: its link (`/review-answer#…`), or answer files
 * handed over by "Open a Trellis file". Each answer is stored with its round at once, as from the
 * round's own "Add an answer file" (its rules are checked in the repository's transaction), and the
 * screen says which group it came from and how many of that group have answered — never who.
 */
export function ReviewAnswerScreen({ active }: { active: ActiveProgramme }) {
  const opened = useLinkOrFiles(KINDS);
  if (opened.from === 'waiting') return <Frame busy="Opening the file…" />;
  return (
    <Received
      key={opened.key}
      active={active}
      hash={opened.from === 'link' ? opened.hash : ''}
      files={opened.from === 'files' ? opened.files : null}
    />
  );
}

function Frame({ busy, children }: { busy?: string; children?: ReactNode }) {
  return (
    <div className="review360 stack review360-single">
      <PageHeader title="An answer to your 360° review" />
      {busy !== undefined && (
        <p className="muted" aria-busy="true">
          {busy}
        </p>
      )}
      {children}
    </div>
  );
}

interface ReceivedProps {
  active: ActiveProgramme;
  hash: string;
  /** Files handed over, read instead of the link. */
  files: readonly File[] | null;
}

function Received({ active, hash, files }: ReceivedProps) {
  const profileId = active.profile.id;
  const [receipts, setReceipts] = useState<Receipt[] | null>(null);
  const isEmptyLink = files === null && hash.length <= 1;

  useEffect(() => {
    if (files === null && hash.length <= 1) return;
    const effect = { isCurrent: true };
    const source: Source = files ? { from: 'files', files } : { from: 'link', hash };
    void receiveOnce(source, profileId).then((received) => {
      if (effect.isCurrent) setReceipts(received);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [files, hash, profileId]);

  if (isEmptyLink) {
    return (
      <Frame>
        <p className="alert" role="alert">
          This link holds no answer. Open the whole link the rater sent you, or add their answer
          file on the 360° review screen.
        </p>
        <GoOn receipts={[]} profileId={profileId} />
      </Frame>
    );
  }
  if (receipts === null) {
    return (
      <Frame busy={files && files.length > 1 ? 'Adding the answers…' : 'Adding the answer…'} />
    );
  }
  return (
    <Frame>
      {receipts.map(({ fileName, result }, index) =>
        result.ok ? (
          <p key={index} role="status" className="card review360-done">
            ✓ {fileName !== undefined && <strong>{fileName}: </strong>}
            {result.message}
          </p>
        ) : (
          <p key={index} className="alert" role="alert">
            {fileName !== undefined && <strong>{fileName}: </strong>}
            {result.message}
          </p>
        ),
      )}
      <GoOn receipts={receipts} profileId={profileId} />
    </Frame>
  );
}

/** To the answers of the one round of this profile's that they went to, or to the 360 review. */
function GoOn({ receipts, profileId }: { receipts: readonly Receipt[]; profileId: string }) {
  const rounds = new Map(
    receipts.flatMap(({ result }) =>
      result.ok && result.round.profileId === profileId ? [[result.round.id, result.round]] : [],
    ),
  );
  const [round] = rounds.values();
  return (
    <p className="cluster">
      {round && rounds.size === 1 ? (
        <Link to={roundHref(round.id, 'answers')} className="button button-primary">
          See the answers to “{round.title}”
        </Link>
      ) : (
        <Link to={paths.review360} className="button">
          Go to your 360° review
        </Link>
      )}
    </p>
  );
}
