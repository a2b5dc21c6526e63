import { useEffect, useState, type SyntheticEvent } from 'react';
import { cohortDetailsSchema, namesFromText } from '@/domain/cohort/cohort';
import { fieldErrors } from '@/domain/validation';
import { createCohort } from '@/db/cohorts';
import { listBuiltInFrameworks } from '@/db/frameworks';
import { Field } from '@/ui/field';
import { paths } from '@/ui/paths';
import { navigate } from '@/ui/router';

/**
 * A new cohort: the programme, its dates, the framework the delegates rate against, and their
 * names one a line (so the dashboard can say who has not shared yet). Opens its dashboard.
 */
export function NewCohortForm({ facilitatorId }: { facilitatorId: string }) {
  const [programmeName, setProgrammeName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [names, setNames] = useState('');
  const [frameworks, setFrameworks] = useState<{ key: string; name: string }[]>([]);
  const [frameworkKey, setFrameworkKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void listBuiltInFrameworks().then((list) => {
      setFrameworks(list);
      setFrameworkKey((current) => current || (list[0]?.key ?? ''));
    });
  }, []);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailed(false);
    const checked = cohortDetailsSchema.safeParse({
      programmeName,
      startDate,
      endDate,
      names: namesFromText(names),
    });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      return;
    }
    setErrors({});
    try {
      const cohort = await createCohort(facilitatorId, checked.data, frameworkKey);
      navigate(`${paths.cohorts}?cohort=${cohort.id}`);
    } catch {
      setFailed(true);
    }
  }

  return (
    <form
      className="card stack cohort-new"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="new-cohort-heading"
    >
      <h2 id="new-cohort-heading">New cohort</h2>
      <Field label="Programme" error={errors.programmeName}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={programmeName}
            placeholder="OTP Plus — spring 2027"
            onChange={(event) => setProgrammeName(event.target.value)}
          />
        )}
      </Field>
      <div className="cohort-dates">
        <Field label="Starts" error={errors.startDate && 'Choose the first day'}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={startDate}
              onChange={(event) => setStartDate(event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Ends"
          error={errors.endDate && (endDate === '' ? 'Choose the last day' : errors.endDate)}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={endDate}
              onChange={(event) => setEndDate(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Framework" hint="The one the delegates rate against.">
        {(control) => (
          <select
            {...control}
            value={frameworkKey}
            onChange={(event) => setFrameworkKey(event.target.value)}
          >
            {frameworks.map((framework) => (
              <option key={framework.key} value={framework.key}>
                {framework.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Delegates’ names"
        hint="One a line, as each delegate gives their name in Trellis."
        error={errors.names}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={names}
            onChange={(event) => setNames(event.target.value)}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button button-primary" disabled={frameworkKey === ''}>
          Make the cohort
        </button>
      </div>
      {failed && (
        <p className="alert" role="alert">
          The cohort could not be saved on this device. Nothing was changed; try again.
        </p>
      )}
    </form>
  );
}
