import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { localCalendarDate } from '@/domain/calendar-date';
import { describeStorageFailure } from '@/domain/storage-errors';
import { thresholdFor } from '@/domain/review-360/anonymity';
import {
  MAX_RELEASED_REPORT_BYTES,
  MAX_REVIEW_ANSWER_BYTES,
  REVIEW_BUNDLE_FILE_SUFFIX,
} from '@/domain/review-360/review-exchange';
import {
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type CoachIdentity,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { answerCounts, reviewBundleText } from '@/db/review-rounds';
import { downloadTextFile } from '@/ui/download-text-file';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { LinkOrFile } from '@/ui/link-or-file';
import { receiveAnswerText, type ReceivedAnswer } from '@/features/review-360/receive-answer';
import { ReleasedReportPreview } from '@/features/review-360/released-report-preview';
import { roundHref } from '@/features/review-360/review-hrefs';
import { delegateNameOf } from '@/features/review-360/review-text';

interface AnswersPartProps {
  active: ActiveProgramme;
  round: ReviewRound;
  isClosed: boolean;
}

/**
 * The answers that came back: how many per group (never who), adding one sent as a file or a
 * link, and — when the round has a coach — sending the sealed answers to the coach and opening the
 * report they release.
 */
export function AnswersPart({ active, round, isClosed }: AnswersPartProps) {
  const counts = useLiveQuery(() => answerCounts(round.id), [round.id]);
  const [result, setResult] = useState<ReceivedAnswer | null>(null);
  const total = counts ? RATER_GROUPS.reduce((sum, group) => sum + counts[group], 0) : 0;

  return (
    <div className="stack review360-answers">
      <section className="card stack" aria-labelledby="review-counts-heading">
        <h2 id="review-counts-heading">Answers so far</h2>
        <ul className="review360-counts">
          {RATER_GROUPS.map((group) => {
            const count = counts?.[group];
            const threshold = thresholdFor(group, round);
            return (
              <li key={group}>
                <span className="review360-counts-group">{RATER_GROUP_LABELS[group]}</span>
                <span className="review360-counts-number" data-testid={`count-${group}`}>
                  {count === undefined ? '…' : count}
                </span>
                <span className="muted">
                  {count === undefined
                    ? ''
                    : count >= threshold
                      ? 'Shown'
                      : `Shown from ${threshold.toString()}`}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="muted">
          Counts only: the answers themselves are never listed, and{' '}
          {round.coach
            ? `only ${round.coach.name} can open them.`
            : 'the report shows them only as group averages and unattributed comments.'}
        </p>
      </section>

      <section className="card stack" aria-labelledby="review-add-heading">
        <div>
          <h2 id="review-add-heading">Add an answer</h2>
          <p className="muted">
            A rater’s answer usually arrives as a link: opening it on this device adds it. If it
            came as a file, or the link opened elsewhere, add it here.
          </p>
        </div>
        {isClosed ? (
          <p role="note">
            This round has closed, so it takes no more answers. To take late ones, move the closing
            date in <Link to={roundHref(round.id, 'settings')}>Settings</Link>.
          </p>
        ) : (
          <LinkOrFile
            fileLabel="Add an answer file"
            fileHint="The .trellis-review-answer.json file a rater sent you."
            linkLabel="Or paste an answer link"
            what="answer file"
            maxBytes={MAX_REVIEW_ANSWER_BYTES}
            onTry={() => setResult(null)}
            onText={async (text) => {
              setResult(await receiveAnswerText(text, active.profile.id));
            }}
          />
        )}
        {result &&
          (result.ok ? (
            <p role="status" className="review360-done">
              ✓ {result.message}
            </p>
          ) : (
            <p className="alert" role="alert">
              {result.message}
            </p>
          ))}
      </section>

      {round.coach && (
        <>
          <SendToCoach
            round={round}
            coach={round.coach}
            delegateName={delegateNameOf(active.profile)}
            answerCount={total}
          />
          <OpenReleasedReport active={active} round={round} coach={round.coach} />
        </>
      )}
    </div>
  );
}

function SendToCoach({
  round,
  coach,
  delegateName,
  answerCount,
}: {
  round: ReviewRound;
  coach: CoachIdentity;
  delegateName: string;
  answerCount: number;
}) {
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const canShareFiles = typeof navigator.canShare === 'function';

  async function bundle(): Promise<File> {
    const text = await reviewBundleText(round.id, delegateName);
    const name = `360-answers-${localCalendarDate()}${REVIEW_BUNDLE_FILE_SUFFIX}`;
    return new File([text], name, { type: 'application/json' });
  }

  async function save() {
    setProblem(null);
    setDone(null);
    try {
      const file = await bundle();
      downloadTextFile(file.name, await file.text());
      setDone(`Saved “${file.name}”. Send it to ${coach.name}.`);
    } catch (error) {
      setProblem(describeStorageFailure(error) ?? 'The file could not be made. Please try again.');
    }
  }

  async function share() {
    setProblem(null);
    setDone(null);
    try {
      const file = await bundle();
      if (!navigator.canShare({ files: [file] })) {
        setProblem('This device cannot share files. Save the file and send it instead.');
        return;
      }
      await navigator.share({ title: `360° answers for ${coach.name}`, files: [file] });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setProblem('Sharing did not work here. Save the file and send it instead.');
    }
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>Send answers to {coach.name}</h2>
        <p>
          One file holds{' '}
          {answerCount === 1 ? 'the sealed answer' : `the ${answerCount.toString()} sealed answers`}{' '}
          (only {coach.name} can open {answerCount === 1 ? 'it' : 'them'}), your self-ratings and
          your name. Your notes of whom you asked stay here. {coach.name} opens the file in Trellis,
          draws your report and releases it to you.
        </p>
        <p className="muted">
          Best sent after the round closes, so the report has every answer. Sending it again later
          simply updates {coach.name}’s copy.
        </p>
      </div>
      {delegateName === '' ? (
        <p className="alert" role="note">
          The file names you for {coach.name}, and your profile has no name yet. Add it in{' '}
          <Link to={paths.settings}>Settings</Link> first.
        </p>
      ) : (
        <div className="cluster">
          {canShareFiles && (
            <button type="button" className="button button-primary" onClick={() => void share()}>
              Share…
            </button>
          )}
          <button
            type="button"
            className={canShareFiles ? 'button' : 'button button-primary'}
            onClick={() => void save()}
          >
            Save the file
          </button>
        </div>
      )}
      <p role="status" className="share-status">
        {done}
      </p>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function OpenReleasedReport({
  active,
  round,
  coach,
}: {
  active: ActiveProgramme;
  round: ReviewRound;
  coach: CoachIdentity;
}) {
  const headingId = useId();
  const [opened, setOpened] = useState<{ text: string; at: number } | null>(null);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>Open the released report</h2>
        <p className="muted">
          When {coach.name} releases your report you get a link or a file. Opening the link on this
          device shows it; a file, or a link that opened elsewhere, goes here.
        </p>
      </div>
      <LinkOrFile
        fileLabel="Open a report file"
        fileHint="The .trellis-review-report.json file from your coach."
        linkLabel="Or paste the report link"
        what="report file"
        maxBytes={MAX_RELEASED_REPORT_BYTES}
        onTry={() => setOpened(null)}
        onText={(text) => {
          setOpened({ text, at: Date.now() });
          return Promise.resolve();
        }}
      />
      {opened && (
        <ReleasedReportPreview
          key={opened.at}
          activeProfileId={active.profile.id}
          text={opened.text}
          roundId={round.id}
          isPage={false}
        />
      )}
    </section>
  );
}
