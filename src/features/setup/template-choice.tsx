import { useId } from 'react';
import { programmeTemplates, type ProgrammeTemplateKey } from '@/domain/programme';

interface TemplateChoiceProps {
  value: ProgrammeTemplateKey;
  onChange: (key: ProgrammeTemplateKey) => void;
}

/**
 * The programme templates as large radio cards. Each radio is named by the template's name alone
 * (so "OTP Plus" finds it) and described by its summary.
 */
export function TemplateChoice({ value, onChange }: TemplateChoiceProps) {
  const baseId = useId();
  return (
    <fieldset className="setup-templates">
      <legend>Which programme are you on?</legend>
      <div className="setup-template-grid">
        {programmeTemplates.map((template) => {
          const nameId = `${baseId}-${template.key}-name`;
          const summaryId = `${baseId}-${template.key}-summary`;
          return (
            <label key={template.key} className="setup-template" data-key={template.key}>
              <input
                type="radio"
                name={`${baseId}-template`}
                value={template.key}
                checked={value === template.key}
                aria-labelledby={nameId}
                aria-describedby={summaryId}
                onChange={() => onChange(template.key)}
              />
              <span className="setup-template-text">
                <span className="setup-template-name" id={nameId}>
                  {template.name}
                </span>
                <span className="setup-template-summary" id={summaryId}>
                  {template.summary}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
