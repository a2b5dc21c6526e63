import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { describeStorageFailure } from '@/domain/storage-errors';
import type { Decoded } from '@/domain/observation-exchange';
import { decodeCoachLink, MAX_COACH_LINK_BYTES } from '@/domain/review-360/review-exchange';
import type { TrellisFileKind } from '@/domain/trellis-files';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { getReviewCoach, setReviewCoach } from '@/db/review-rounds';
import { FirstFileOnly } from '@/ui/first-file-only';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { readFileText } from '@/ui/read-file-text';
import { Link, navigate } from '@/ui/router';
import { useLinkOrFiles, type LinkOrFiles } from '@/ui/use-link-or-files';
import { shortKeyFingerprint } from '@/domain/review-360/review-crypto';
import './review-360.css';

type Preview =
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; coach: CoachIdentity; current: CoachIdentity | null };

const KINDS: readonly TrellisFileKind[] = ['coach-link'];

/** The coach's link, or the first of the files handed over (a coach's file holds one coach). */
async function readCoach(opened: LinkOrFiles): Promise<Decoded<CoachIdentity>> {
  if (opened.from !== 'files') return decodeCoachLink(opened.from === 'link' ? opened.hash : '');
  const [file] = opened.files;
  if (!file) return { ok: false, message: 'No file was opened.' };
  const read = await readFileText(file, MAX_COACH_LINK_BYTES, 'coach’s file');
  return read.ok ? decodeCoachLink(read.text) : read;
}

/**
 * The delegate opening their coach's link (`/coach#…`), or the coach's file handed over by "Open a
 * Trellis file": who the coach is and their key's fingerprint to compare with the coach's screen,
 * and "Add … as your coach". A damaged or altered link or file is refused in a sentence and
 * changes nothing.
 */
export function AddCoachScreen({ active }: { active: ActiveProgramme }) {
  const opened = useLinkOrFiles(KINDS);
  return <AddCoachFrom key={opened.key} active={active} opened={opened} />;
}

function AddCoachFrom({ active, opened }: { active: ActiveProgramme; opened: LinkOrFiles }) {
  const profileId = active.profile.id;
  const [preview, setPreview] = useState<Preview>({ status: 'reading' });
  const [failure, setFailure] = useState<string | null>(null);
  // Fixed for this component's life: it is keyed by what it opened.
  const [source] = useState(opened);

  useEffect(() => {
    if (source.from === 'waiting') return;
    const effect = { isCurrent: true };
    void (async () => {
      const decoded = await readCoach(source);
      if (!decoded.ok) {
        if (effect.isCurrent) setPreview({ status: 'refused', message: decoded.message });
        return;
      }
      const current = (await getReviewCoach(profileId)) ?? null;
      if (effect.isCurrent) setPreview({ status: 'ready', coach: decoded.value, current });
    })();
    return () => {
      effect.isCurrent = false;
    };
  }, [source, profileId]);

  async function add(coach: CoachIdentity) {
    setFailure(null);
    try {
      await setReviewCoach(profileId, coach);
      navigate(paths.review360, { replace: true });
    } catch (error) {
      setFailure(
        describeStorageFailure(error) ??
          'The coach could not be added, so nothing was changed. Please try again.',
      );
    }
  }

  return (
    <div className="review360 stack review360-single">
      <PageHeader title="Add your coach">
        <p>
          Your coach reads raters’ answers for you, so you see a report rather than the answers.
        </p>
      </PageHeader>
      {preview.status === 'reading' && (
        <p className="muted" aria-busy="true">
          {source.from === 'link' ? 'Reading the link…' : 'Reading the file…'}
        </p>
      )}
      {source.from === 'files' && <FirstFileOnly files={source.files} />}
      {preview.status === 'refused' && (
        <div className="stack">
          <p className="alert" role="alert">
            {preview.message}
          </p>
          <p>
            <Link to={paths.review360}>Go to your 360° review</Link>
          </p>
        </div>
      )}
      {preview.status === 'ready' && (
        <CoachPreview
          coach={preview.coach}
          current={preview.current}
          failure={failure}
          onAdd={() => void add(preview.coach)}
        />
      )}
    </div>
  );
}

function CoachPreview({
  coach,
  current,
  failure,
  onAdd,
}: {
  coach: CoachIdentity;
  current: CoachIdentity | null;
  failure: string | null;
  onAdd: () => void;
}) {
  // The same coach whose link now also carries the key they sign verifications with (or a new
  // name) is offered as an update, so a delegate can ask them to verify coaching records.
  const isSameKey = current?.keyId === coach.keyId;
  const isSame =
    isSameKey && current.signing?.keyId === coach.signing?.keyId && current.name === coach.name;
  return (
    <section className="card stack" aria-labelledby="add-coach-heading">
      <h2 id="add-coach-heading">Add {coach.name} as your coach for 360 reviews</h2>
      <dl className="review360-coach-facts">
        <div>
          <dt>Coach</dt>
          <dd>{coach.name}</dd>
        </div>
        <div>
          <dt>Key fingerprint</dt>
          <dd className="review360-fingerprint">{shortKeyFingerprint(coach.keyId)}</dd>
        </div>
      </dl>
      <p className="muted">
        Check the fingerprint matches the one on {coach.name}’s screen: then only {coach.name} can
        open the answers.
      </p>
      <p>
        Raters’ answers in rounds you set up from now on are encrypted on their phones so that only{' '}
        {coach.name} can read them. {coach.name} draws your report and releases it to you.
      </p>
      {coach.signing && (
        <p>
          {coach.name} can also verify your coaching records: their answer is signed with their key,
          which this link carries, and Trellis checks it.
        </p>
      )}
      {isSame ? (
        <p role="status">
          {coach.name} is already your coach.{' '}
          <Link to={paths.review360}>Go to your 360° review</Link>
        </p>
      ) : (
        <>
          {current && !isSameKey && (
            <p role="note">
              This replaces {current.name} as your coach for new rounds. Rounds already set up keep{' '}
              {current.name}.
            </p>
          )}
          {isSameKey && (
            <p role="note">
              {current.name} is already your coach: this brings their details up to date.
            </p>
          )}
          {failure && (
            <p className="alert" role="alert">
              {failure}
            </p>
          )}
          <div className="cluster">
            <button type="button" className="button button-primary" onClick={onAdd}>
              Add {coach.name} as your coach
            </button>
            <Link to={paths.review360} className="button">
              Not now
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
