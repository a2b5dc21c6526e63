import { useId } from 'react';
import type { Skill } from '@/domain/framework';
import {
  archiveConsequence,
  archiveSkill,
  moveSkill,
  renameSkill,
  restoreSkill,
  type Direction,
} from '@/domain/framework-edits';
import type { FrameworkAction, FrameworkEdit } from '@/features/framework-editor/framework-edit';
import { AutosaveText } from '@/features/framework-editor/autosave-text';
import { MoveButtons } from '@/features/framework-editor/move-buttons';

interface SkillRowProps {
  skill: Skill;
  areaName: string;
  index: number;
  count: number;
  ratingCount: number;
  /** The whole area is archived: the skill is hidden with it, whatever its own state. */
  isAreaArchived: boolean;
  onEdit: FrameworkEdit;
  onAction: FrameworkAction;
}

export function SkillRow({
  skill,
  areaName,
  index,
  count,
  ratingCount,
  isAreaArchived,
  onEdit,
  onAction,
}: SkillRowProps) {
  const consequenceId = useId();
  const isArchived = skill.archivedAt !== undefined;
  const number = (index + 1).toString();
  const itemName = `skill ${number} in ${areaName}`;
  const ratings =
    ratingCount === 0
      ? 'No ratings yet'
      : `${ratingCount.toString()} ${ratingCount === 1 ? 'rating' : 'ratings'}`;

  return (
    <li className="fw-skill" data-archived={isArchived || undefined}>
      <AutosaveText
        label={`Skill ${number}`}
        value={skill.statement}
        maxLength={300}
        requiredMessage="A skill needs a statement"
        isMultiline
        onSave={(statement) => onEdit((framework) => renameSkill(framework, skill.id, statement))}
      />
      <div className="fw-item-footer">
        <p className="fw-item-facts">
          {isArchived && <span className="fw-badge">Archived</span>}
          <span className="muted">{ratings}</span>
        </p>
        <div className="fw-item-actions">
          <MoveButtons
            itemName={itemName}
            index={index}
            count={count}
            onMove={(direction: Direction) =>
              void onAction((framework) => moveSkill(framework, skill.id, direction))
            }
          />
          {isArchived ? (
            <button
              type="button"
              className="button"
              disabled={isAreaArchived}
              onClick={() => void onAction((framework) => restoreSkill(framework, skill.id))}
            >
              Restore <span className="visually-hidden">{itemName}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-describedby={consequenceId}
              onClick={() => void onAction((framework) => archiveSkill(framework, skill.id))}
            >
              Archive <span className="visually-hidden">{itemName}</span>
            </button>
          )}
        </div>
      </div>
      {isArchived ? (
        <p className="field-hint fw-consequence" id={consequenceId}>
          Archived: {archiveConsequence(ratingCount).replace('Hidden', 'hidden')} Restore it to rate
          it again.
        </p>
      ) : (
        <p className="visually-hidden" id={consequenceId}>
          Archiving: {archiveConsequence(ratingCount).replace('Hidden', 'hidden')}
        </p>
      )}
    </li>
  );
}
