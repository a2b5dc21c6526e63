import { useMemo } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import {
  LINK_KIND_LABELS,
  linkableRecords,
  resolveLinks,
} from '@/domain/improvement-project/linked-evidence';
import { MAX_EVIDENCE_LINKS, type EvidenceLinkKind } from '@/domain/improvement-project/project';
import { LoadingText } from '@/ui/loading-text';
import type { ProjectFormPart } from '@/features/project/project-form';
import { useLinkableRecords } from '@/features/project/use-project-records';

const KINDS: readonly { kind: EvidenceLinkKind; heading: string; none: string }[] = [
  { kind: 'enquiry', heading: 'Journal enquiries', none: 'No enquiries in your journal yet.' },
  { kind: 'observation', heading: 'Observations', none: 'No observations yet.' },
  { kind: 'skill', heading: 'Skills and their ratings', none: 'No skills rated yet.' },
  { kind: 'review-round', heading: '360° reviews', none: 'No 360° reviews yet.' },
  { kind: 'coaching-session', heading: 'Coaching sessions', none: 'No coaching sessions yet.' },
];

/** Ticks that link the project to what Trellis already holds: its ratings go into the appendix. */
export function LinkedRecordsCard({
  active,
  draft,
  change,
}: ProjectFormPart & { active: ActiveProgramme }) {
  const records = useLinkableRecords(active);
  const available = useMemo(() => (records ? linkableRecords(records) : []), [records]);
  const missing = records
    ? resolveLinks(draft.links, records).filter((link) => link.isMissing)
    : [];
  const isLinked = (kind: EvidenceLinkKind, targetId: string) =>
    draft.links.some((link) => link.kind === kind && link.targetId === targetId);

  function toggle(kind: EvidenceLinkKind, targetId: string, linked: boolean) {
    const links = linked
      ? [...draft.links, { kind, targetId }]
      : draft.links.filter((link) => !(link.kind === kind && link.targetId === targetId));
    change({ links }, { isChoice: true });
  }

  return (
    <section className="card stack" aria-labelledby="project-links-heading">
      <h2 id="project-links-heading">Evidence already in Trellis</h2>
      <p className="muted">
        Link what the project draws on. Linked skills’ ratings are charted in the write-up’s
        appendix.
      </p>
      {records === undefined ? (
        <LoadingText>Loading your records…</LoadingText>
      ) : (
        KINDS.map(({ kind, heading, none }) => {
          const ofKind = available.filter((record) => record.kind === kind);
          const linkedCount = ofKind.filter((record) => isLinked(kind, record.targetId)).length;
          return (
            <details key={kind} className="project-links">
              <summary>
                {heading}{' '}
                <span className="muted">
                  ({String(linkedCount)} of {String(ofKind.length)} linked)
                </span>
              </summary>
              {ofKind.length === 0 ? (
                <p>{none}</p>
              ) : (
                <ul className="project-link-list">
                  {ofKind.map((record) => {
                    const linked = isLinked(kind, record.targetId);
                    return (
                      <li key={record.targetId}>
                        <label>
                          <input
                            type="checkbox"
                            checked={linked}
                            disabled={!linked && draft.links.length >= MAX_EVIDENCE_LINKS}
                            onChange={(event) =>
                              toggle(kind, record.targetId, event.target.checked)
                            }
                          />
                          <span>
                            {record.label}
                            <span className="muted"> — {record.detail}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          );
        })
      )}
      {missing.length > 0 && (
        <div className="project-warning">
          <p>Linked but no longer in Trellis:</p>
          <ul>
            {missing.map((link) => (
              <li key={`${link.kind}:${link.targetId}`}>
                {LINK_KIND_LABELS[link.kind]}{' '}
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => toggle(link.kind, link.targetId, false)}
                >
                  Remove the link
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
