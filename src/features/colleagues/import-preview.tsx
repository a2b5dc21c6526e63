import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import { findSkill, levelOf } from '@/domain/framework';
import { agreedNextSteps, directionText, type ReturnedObservation } from '@/domain/observation';
import {
  decodeReturnFile,
  decodeReturnLink,
  importDecisionText,
  type ImportDecision,
} from '@/domain/observation-exchange';
import { dateWeekText } from '@/domain/programme-weeks';
import { acceptIncomingObservation, previewIncomingObservation } from '@/db/observations';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, navigate } from '@/ui/router';
import { colleagueHref } from '@/features/colleagues/colleague-routes';

export type ImportSource = { kind: 'link'; hash: string } | { kind: 'file'; text: string };

type Preview =
  | { status: 'reading' }
  | { status: 'unreadable'; message: string }
  | { status: 'ready'; incoming: ReturnedObservation; decision: ImportDecision }
  | { status: 'stored'; incoming: ReturnedObservation };

interface ImportPreviewProps {
  active: ActiveProgramme;
  source: ImportSource;
  /**
   * A page of its own (at `/receive`, for a link or a file opened with Trellis), or a card under
   * the colleagues screen's file input. A link is always a page.
   */
  layout?: 'page' | 'card';
  onDone?: () => void;
}

/**
 * An observation from a colleague's phone, shown before anything is stored: who observed whom,
 * when, the ratings and the feedback (as text — never as HTML). Accepting stores it in one
 * transaction; a corrected version replaces the earlier one only when the delegate says so.
 */
export function ImportPreview({
  active,
  source,
  layout = source.kind === 'link' ? 'page' : 'card',
  onDone,
}: ImportPreviewProps) {
  const [preview, setPreview] = useState<Preview>({ status: 'reading' });
  const [failure, setFailure] = useState<string | null>(null);
  const profileId = active.profile.id;
  const isPage = layout === 'page';
  const Heading = isPage ? 'h1' : 'h3';

  useEffect(() => {
    const effect = { isCurrent: true };
    void (async () => {
      const decoded =
        source.kind === 'link'
          ? await decodeReturnLink(source.hash)
          : await decodeReturnFile(source.text);
      if (!decoded.ok) {
        if (effect.isCurrent) setPreview({ status: 'unreadable', message: decoded.message });
        return;
      }
      const decision = await previewIncomingObservation(profileId, decoded.value);
      if (effect.isCurrent) setPreview({ status: 'ready', incoming: decoded.value, decision });
    })();
    return () => {
      effect.isCurrent = false;
    };
  }, [source, profileId]);

  async function accept(incoming: ReturnedObservation, replace: boolean) {
    setFailure(null);
    try {
      const result = await acceptIncomingObservation(profileId, incoming, { replace });
      if (result.stored) {
        setPreview({ status: 'stored', incoming });
        // The link or file has done its job: a reload should not offer it again.
        if (isPage) navigate(colleagueHref(incoming.colleagueId), { replace: true });
      } else {
        setPreview({ status: 'ready', incoming, decision: result.decision });
      }
    } catch {
      setFailure('The observation could not be saved, so nothing was stored. Please try again.');
    }
  }

  return (
    <section
      className={isPage ? 'stack' : 'card stack import-preview'}
      aria-label="Received observation"
    >
      {isPage ? (
        <PageHeader title="Received observation">
          <p>Check it before it is saved. Nothing is stored until you accept it.</p>
        </PageHeader>
      ) : (
        <Heading>Received observation</Heading>
      )}
      {preview.status === 'reading' && <p aria-busy="true">Reading…</p>}
      {preview.status === 'unreadable' && (
        <p className="alert" role="alert">
          {preview.message}
        </p>
      )}
      {preview.status === 'stored' && (
        <p role="status" className="import-done">
          ✓ Saved.{' '}
          <Link to={colleagueHref(preview.incoming.colleagueId)}>See it with their progress</Link>
        </p>
      )}
      {preview.status === 'ready' && (
        <>
          <IncomingSummary active={active} incoming={preview.incoming} />
          <p
            className={preview.decision.kind === 'refused' ? 'alert' : 'import-decision'}
            role={preview.decision.kind === 'refused' ? 'alert' : 'status'}
          >
            {importDecisionText(preview.decision, preview.incoming)}
          </p>
          {failure && (
            <p className="alert" role="alert">
              {failure}
            </p>
          )}
          <div className="cluster">
            {preview.decision.kind === 'new' && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void accept(preview.incoming, false)}
              >
                Accept and save
              </button>
            )}
            {preview.decision.kind === 'replace' && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void accept(preview.incoming, true)}
              >
                Replace with this version
              </button>
            )}
            {isPage ? (
              <Link className="button" to={paths.colleagues}>
                {preview.decision.kind === 'new' || preview.decision.kind === 'replace'
                  ? 'Not now'
                  : 'Back to colleagues'}
              </Link>
            ) : (
              <button type="button" className="button" onClick={onDone}>
                Close
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function IncomingSummary({
  active,
  incoming,
}: {
  active: ActiveProgramme;
  incoming: ReturnedObservation;
}) {
  const { framework, programme } = active;
  const steps = agreedNextSteps(incoming);
  return (
    <div className="card stack incoming-summary">
      <div>
        <p className="incoming-who">{directionText(incoming)}</p>
        <p className="muted">
          {formatCalendarDate(incoming.date)} · {dateWeekText(programme, incoming.date)}
          {incoming.lessonClass || incoming.lessonSubject
            ? ` · ${[incoming.lessonClass, incoming.lessonSubject].filter(Boolean).join(', ')}`
            : ''}
        </p>
      </div>
      <dl className="incoming-ratings">
        {incoming.ratings.map((rating) => {
          const found = findSkill(framework, rating.skillId);
          const level = rating.level === null ? undefined : levelOf(framework.scale, rating.level);
          return (
            <div key={rating.skillId}>
              <dt>{found?.skill.statement ?? rating.skillId}</dt>
              <dd>
                {rating.level === null
                  ? 'Not seen'
                  : `${rating.level.toString()} ${level?.label ?? ''}`.trim()}
              </dd>
            </div>
          );
        })}
      </dl>
      {incoming.strengths.trim() !== '' && (
        <div>
          <p className="incoming-label">Strengths</p>
          <p className="observer-text">{incoming.strengths}</p>
        </div>
      )}
      {steps.length > 0 && (
        <div>
          <p className="incoming-label">Next steps</p>
          <ul>
            {steps.map((step, index) => (
              <li key={index} className="observer-text">
                {step}
              </li>
            ))}
          </ul>
        </div>
      )}
      {incoming.followUp.trim() !== '' && (
        <p>
          <strong>Follow-up:</strong> <span className="observer-text">{incoming.followUp}</span>
        </p>
      )}
    </div>
  );
}
