import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { z } from '@/domain/zod';
import { thresholdFor } from '@/domain/review-360/anonymity';
import {
  reviewRequestFileName,
  reviewRequestFileText,
  reviewRequestLink,
} from '@/domain/review-360/review-exchange';
import {
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  reviewRequestFor,
  type RaterGroup,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { answerCounts, saveInvitedNote } from '@/db/review-rounds';
import { Field } from '@/ui/field';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { ShareLinkPanel, type ShareableFile } from '@/ui/share-link-panel';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { roundHref } from '@/features/review-360/review-hrefs';
import { answeredText, delegateNameOf, thresholdText } from '@/features/review-360/review-text';

/** One group's request, as a link and as the same thing in a file. */
interface GroupRequest {
  link: string;
  file: ShareableFile;
}

type GroupRequests = Record<RaterGroup, GroupRequest>;

async function makeGroupRequest(
  round: ReviewRound,
  group: RaterGroup,
  delegateName: string,
): Promise<GroupRequest> {
  const request = reviewRequestFor(round, group, delegateName);
  const [link, text] = await Promise.all([
    reviewRequestLink(window.location.origin, request),
    reviewRequestFileText(request),
  ]);
  return { link, file: { name: reviewRequestFileName(request), text } };
}

/** Everything a request carries but its time, so links are made again only when one would change. */
function requestKey(round: ReviewRound, delegateName: string): string {
  const { title, closesOn, thresholds, behaviours, scale, coach } = round;
  return JSON.stringify({ delegateName, title, closesOn, thresholds, behaviours, scale, coach });
}

/** The four groups' requests for the round as it is now. */
function useGroupRequests(round: ReviewRound, delegateName: string): GroupRequests | null {
  const key = requestKey(round, delegateName);
  const [made, setMade] = useState<{ key: string; requests: GroupRequests } | null>(null);
  useEffect(() => {
    if (delegateName === '') return;
    const effect = { isCurrent: true };
    void Promise.all(
      RATER_GROUPS.map((group) => makeGroupRequest(round, group, delegateName)),
    ).then(
      ([lineManager, peers, directReports, others]) => {
        if (!effect.isCurrent || !lineManager || !peers || !directReports || !others) return;
        setMade({
          key,
          requests: {
            'line-manager': lineManager,
            peers,
            'direct-reports': directReports,
            others,
          },
        });
      },
      () => undefined,
    );
    return () => {
      effect.isCurrent = false;
    };
    // `key` stands for the round's request content: a new self rating makes no new links.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return made?.key === key ? made.requests : null;
}

/**
 * One card per rater group: the group's request link (QR code, share, copy, or a file), the
 * delegate's own note of whom they asked (kept on this device only), and how many have answered —
 * never who.
 */
export function InviteRaters({
  active,
  round,
  isClosed,
}: {
  active: ActiveProgramme;
  round: ReviewRound;
  isClosed: boolean;
}) {
  const delegateName = delegateNameOf(active.profile);
  const requests = useGroupRequests(round, isClosed ? '' : delegateName);
  const counts = useLiveQuery(() => answerCounts(round.id), [round.id]);

  return (
    <section className="stack review360-invite" aria-labelledby="review-invite-heading">
      <div>
        <h2 id="review-invite-heading">Ask raters</h2>
        <p className="muted">
          Each group has its own link: send it to everyone you ask in that group, by message, email
          or QR code. Answers in a group are pooled, so you see how many answered, never who.
        </p>
      </div>
      {isClosed && (
        <p className="alert" role="note">
          This round has closed, so its links no longer take answers. To reopen it, move the closing
          date in <Link to={roundHref(round.id, 'settings')}>Settings</Link>.
        </p>
      )}
      {!isClosed && delegateName === '' && (
        <p className="alert" role="note">
          Raters see your name on the request, and your profile has none yet. Add it in{' '}
          <Link to={paths.settings}>Settings</Link>, then come back for the links.
        </p>
      )}
      <div className="review360-group-grid">
        {RATER_GROUPS.map((group) => (
          <GroupCard
            key={group}
            round={round}
            group={group}
            delegateName={delegateName}
            request={requests?.[group] ?? null}
            isClosed={isClosed}
            count={counts?.[group]}
          />
        ))}
      </div>
    </section>
  );
}

const noteSchema = z.object({
  note: z.string().check(z.maxLength(2000, 'Keep the note under 2000 characters')),
});

/** Stays on this device: `saveInvitedNote` writes only the round row, which never travels as is. */
function InvitedNote({ round, group }: { round: ReviewRound; group: RaterGroup }) {
  const { draft, change, errors, saveState, flush } = useAutosave({
    initial: { note: round.invitedNotes[group] ?? '' },
    check: checkWith(noteSchema),
    save: (content: { note: string }) => saveInvitedNote(round.id, group, content.note),
    delayMs: 800,
  });
  return (
    <div>
      <Field
        label="Whom I asked"
        hint="Only for you, on this device: no link, answer or report carries it."
        error={errors.note}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.note}
            onChange={(event) => change({ note: event.target.value })}
            onBlur={flush}
          />
        )}
      </Field>
      <SaveStatus state={saveState} />
    </div>
  );
}

function GroupCard({
  round,
  group,
  delegateName,
  request,
  isClosed,
  count,
}: {
  round: ReviewRound;
  group: RaterGroup;
  delegateName: string;
  request: GroupRequest | null;
  isClosed: boolean;
  count: number | undefined;
}) {
  const headingId = useId();
  const label = RATER_GROUP_LABELS[group];
  return (
    <section className="card stack review360-group" aria-labelledby={headingId}>
      <div className="review360-group-head">
        <h3 id={headingId}>{label}</h3>
        <p className="review360-count" data-testid={`answered-${group}`}>
          {count === undefined ? 'Counting…' : answeredText(group, count)}
        </p>
        <p className="muted">{thresholdText(thresholdFor(group, round))}</p>
      </div>
      {!isClosed && delegateName !== '' && (
        <div className="review360-share">
          {request ? (
            <ShareLinkPanel
              title={
                group === 'line-manager'
                  ? 'Send to your line manager'
                  : `Send to ${label.toLowerCase()}`
              }
              headingLevel={4}
              intro={
                group === 'line-manager'
                  ? 'Send it to your line manager. It opens the questions on their phone or computer, with no account.'
                  : 'Send the same link to everyone you ask in this group. It opens the questions on their phone or computer, with no account.'
              }
              link={request.link}
              file={request.file}
              linkLabel={`Link for ${label.toLowerCase()}`}
              whyLong="every statement and the scale travel in it"
              shareTitle={`${delegateName}’s 360° review`}
            />
          ) : (
            <p className="muted" aria-busy="true">
              Making the link…
            </p>
          )}
        </div>
      )}
      <InvitedNote round={round} group={group} />
    </section>
  );
}
