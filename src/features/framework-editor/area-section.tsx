import { useId, useState, type SubmitEvent } from 'react';
import type { Area } from '@/domain/framework';
import {
  addSkill,
  archiveArea,
  archiveConsequence,
  moveArea,
  renameArea,
  restoreArea,
} from '@/domain/framework-edits';
import { SkillStatementField } from '@/features/framework-editor/skill-statement-field';
import type { FrameworkAction, FrameworkEdit } from '@/features/framework-editor/framework-edit';
import { AutosaveText } from '@/features/framework-editor/autosave-text';
import { MoveButtons } from '@/features/framework-editor/move-buttons';
import { SkillRow } from '@/features/framework-editor/skill-row';
import '@/ui/layout.css';

interface AreaSectionProps {
  area: Area;
  index: number;
  count: number;
  ratingCounts: ReadonlyMap<string, number>;
  onEdit: FrameworkEdit;
  onAction: FrameworkAction;
}

export function AreaSection({
  area,
  index,
  count,
  ratingCounts,
  onEdit,
  onAction,
}: AreaSectionProps) {
  const headingId = useId();
  const [newSkill, setNewSkill] = useState('');
  const [newSkillError, setNewSkillError] = useState<string | undefined>();
  const isArchived = area.archivedAt !== undefined;
  const areaRatings = area.skills.reduce(
    (total, skill) => total + (ratingCounts.get(skill.id) ?? 0),
    0,
  );
  const areaName = area.name.trim() === '' ? `area ${(index + 1).toString()}` : area.name;

  function submitSkill(event: SubmitEvent) {
    event.preventDefault();
    const statement = newSkill.trim();
    if (statement === '') {
      setNewSkillError('Write the skill first');
      return;
    }
    setNewSkillError(undefined);
    void onAction((framework) => addSkill(framework, area.id, statement).framework).then(
      (isSaved) => {
        if (isSaved) setNewSkill('');
      },
    );
  }

  return (
    <section
      className="card fw-area"
      aria-labelledby={headingId}
      data-archived={isArchived || undefined}
    >
      <header className="split-row fw-area-header">
        <h3 id={headingId} className="fw-area-title">
          <span className="fw-area-number">Area {(index + 1).toString()}</span>
          {isArchived && <span className="fw-badge">Archived</span>}
          <span className="visually-hidden">: {area.name}</span>
        </h3>
        <div className="fw-item-actions">
          <MoveButtons
            itemName={`area ${areaName}`}
            index={index}
            count={count}
            onMove={(direction) =>
              void onAction((framework) => moveArea(framework, area.id, direction))
            }
          />
          {isArchived ? (
            <button
              type="button"
              className="button"
              onClick={() => void onAction((framework) => restoreArea(framework, area.id))}
            >
              Restore <span className="visually-hidden">area {areaName}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => void onAction((framework) => archiveArea(framework, area.id))}
            >
              Archive <span className="visually-hidden">area {areaName}</span>
            </button>
          )}
        </div>
      </header>
      <AutosaveText
        label="Area name"
        value={area.name}
        maxLength={80}
        requiredMessage="An area needs a name"
        onSave={(name) => onEdit((framework) => renameArea(framework, area.id, name))}
      />
      {isArchived && (
        <p className="field-hint fw-consequence">
          This area is archived: {archiveConsequence(areaRatings).replace('Hidden', 'hidden')}
        </p>
      )}
      <ol className="stacked-list">
        {area.skills.map((skill, skillIndex) => (
          <SkillRow
            key={skill.id}
            skill={skill}
            areaName={areaName}
            index={skillIndex}
            count={area.skills.length}
            ratingCount={ratingCounts.get(skill.id) ?? 0}
            isAreaArchived={isArchived}
            onEdit={onEdit}
            onAction={onAction}
          />
        ))}
      </ol>
      <form className="fw-add-skill" onSubmit={submitSkill} noValidate>
        <SkillStatementField
          label={`New skill in ${areaName}`}
          error={newSkillError}
          value={newSkill}
          onChange={setNewSkill}
        />
        <button type="submit" className="button">
          <span aria-hidden="true">+</span> Add skill
        </button>
      </form>
    </section>
  );
}
