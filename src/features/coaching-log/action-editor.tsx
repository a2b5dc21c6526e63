import { useId } from 'react';
import { localCalendarDate } from '@/domain/calendar-date';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  actionContentOf,
  actionContentSchema,
  actionTiming,
  MAX_ACTION_LINKS,
  MAX_ACTION_OUTCOME,
  MAX_ACTION_TEXT,
  type ActionContent,
  type ActionOwner,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';
import { enquiryTitle, type Enquiry } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import type { Observation } from '@/domain/observation';
import { dateWeekText } from '@/domain/programme-weeks';
import type { Programme } from '@/domain/programme';
import { deleteAction, updateAction } from '@/db/coaching-log';
import { Field } from '@/ui/field';
import { ConfirmDelete } from '@/ui/confirm-delete';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { observationTitle } from '@/features/coaching-log/coaching-text';
import { RecordSelect, SkillSelect } from '@/features/coaching-log/skill-select';
import { TimingBadge } from '@/features/coaching-log/timing-badge';

export const ACTION_SAVE_DELAY_MS = 600;

export interface ActionLinkSources {
  framework: FrameworkDefinition;
  programme: Programme;
  enquiries: readonly Enquiry[];
  observations: readonly Observation[];
}

const OWNER_LABELS: Readonly<Record<ActionOwner, string>> = {
  me: 'Me',
  coach: 'My coach',
  other: 'Someone else',
};

/**
 * One agreed action, edited where it is listed: saved as typed, a status or owner choice at once.
 * What it links to (skills, enquiries, observations) sits folded away, as it is set once.
 */
export function ActionEditor({
  action,
  sources,
}: {
  action: CoachingAction;
  sources: ActionLinkSources;
}) {
  const id = useId();
  const { draft, change, errors, saveState, flush, discard, whenWritten, track } = useAutosave({
    initial: () => actionContentOf(action),
    check: checkWith(actionContentSchema),
    save: (content: ActionContent) => updateAction(action.id, content),
    delayMs: ACTION_SAVE_DELAY_MS,
  });
  const timing = actionTiming(draft, localCalendarDate());
  const linkCount = draft.skillIds.length + draft.enquiryIds.length + draft.observationIds.length;

  async function remove() {
    discard();
    await whenWritten();
    await track(() => deleteAction(action.id));
  }

  return (
    <div className="action-editor stack" onBlur={flush}>
      <div className="split-row">
        <TimingBadge timing={timing} dueDate={draft.dueDate} />
        <SaveStatus state={saveState} />
      </div>
      <Field label="What was agreed" error={errors.text}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={MAX_ACTION_TEXT}
            value={draft.text}
            onChange={(event) => change({ text: event.target.value })}
          />
        )}
      </Field>
      <div className="two-up-grid">
        <Field label="Whose action" error={errors.owner}>
          {(control) => (
            <select
              {...control}
              value={draft.owner}
              onChange={(event) =>
                change({ owner: event.target.value as ActionOwner }, { isChoice: true })
              }
            >
              {(Object.keys(OWNER_LABELS) as ActionOwner[]).map((owner) => (
                <option key={owner} value={owner}>
                  {OWNER_LABELS[owner]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.owner === 'other' && (
          <Field label="Who" error={errors.ownerName}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={80}
                value={draft.ownerName}
                onChange={(event) => change({ ownerName: event.target.value })}
              />
            )}
          </Field>
        )}
        <Field
          label="Due"
          hint={draft.dueDate ? dateWeekText(sources.programme, draft.dueDate) : 'Optional'}
          error={errors.dueDate}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.dueDate ?? ''}
              onChange={(event) =>
                change(
                  { dueDate: event.target.value === '' ? null : event.target.value },
                  {
                    isChoice: true,
                  },
                )
              }
            />
          )}
        </Field>
      </div>
      <fieldset className="action-status">
        <legend>Status</legend>
        <div className="cluster">
          {ACTION_STATUSES.map((status) => (
            <label key={status} className="action-status-choice">
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={draft.status === status}
                onChange={() => change({ status }, { isChoice: true })}
              />
              {ACTION_STATUS_LABELS[status]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="How it went" hint="What happened, and what you learned" error={errors.outcome}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={MAX_ACTION_OUTCOME}
            value={draft.outcome}
            onChange={(event) => change({ outcome: event.target.value })}
          />
        )}
      </Field>
      <details className="action-links">
        <summary>
          Links to skills, enquiries and observations
          {linkCount > 0 ? ` (${linkCount.toString()})` : ''}
        </summary>
        <div className="stack">
          <SkillSelect
            label="Skills"
            framework={sources.framework}
            chosen={draft.skillIds}
            max={MAX_ACTION_LINKS}
            onChange={(skillIds) => change({ skillIds }, { isChoice: true })}
          />
          <RecordSelect
            label="Enquiries"
            options={sources.enquiries.map((enquiry) => ({
              id: enquiry.id,
              title: enquiryTitle(enquiry),
            }))}
            chosen={draft.enquiryIds}
            max={MAX_ACTION_LINKS}
            onChange={(enquiryIds) => change({ enquiryIds }, { isChoice: true })}
          />
          <RecordSelect
            label="Observations"
            options={sources.observations.map((observation) => ({
              id: observation.id,
              title: observationTitle(observation),
            }))}
            chosen={draft.observationIds}
            max={MAX_ACTION_LINKS}
            onChange={(observationIds) => change({ observationIds }, { isChoice: true })}
          />
        </div>
      </details>
      <div className="cluster">
        <ConfirmDelete label="Delete action" question="Delete this action?" onDelete={remove} />
      </div>
    </div>
  );
}
