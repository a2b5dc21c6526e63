import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Project } from '@/domain/improvement-project/project';
import type { WriteUp } from '@/domain/improvement-project/write-up';
import type { WriteUpDocument } from '@/domain/improvement-project/write-up-document';
import { LoadingText } from '@/ui/loading-text';
import { projectWriteUpPath } from '@/ui/journal-links';
import { Link } from '@/ui/router';
import { useWriteUpDocument } from '@/features/project/use-write-up-document';

/**
 * The write-up laid out for paper or a PDF: the same document model as the Word export, printed
 * with the app around it hidden (project.css, @media print). The ratings chart is the same image
 * the Word document carries.
 */
export function PrintView({
  active,
  project,
  writeUp,
}: {
  active: ActiveProgramme;
  project: Project;
  writeUp: WriteUp;
}) {
  const model = useWriteUpDocument(active, project, writeUp);
  if (!model) return <LoadingText>Laying out the write-up…</LoadingText>;
  return (
    <div className="write-up-print">
      <div className="write-up-print-actions no-print cluster">
        <Link to={projectWriteUpPath()} className="button">
          <span aria-hidden="true">{'← '}</span>Back to the write-up
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        {model.isOverLimit && <p className="write-up-over">{model.overLimitWarnings.join(' ')}</p>}
      </div>
      <PrintedDocument model={model} />
    </div>
  );
}

function PrintedDocument({ model }: { model: WriteUpDocument }) {
  return (
    <article className="write-up-document">
      <header className="write-up-title-page">
        <h1>{model.title}</h1>
        <p className="write-up-kind">{model.kind}</p>
        {[model.author, model.school, model.programmeName, model.dateLine]
          .filter((line) => line !== '')
          .map((line) => (
            <p key={line}>{line}</p>
          ))}
        <p>
          <strong>{model.wordCountLine}</strong>
        </p>
      </header>
      {model.sections.map((section) => (
        <section key={section.id} className="write-up-printed-section">
          <h2>{section.heading}</h2>
          {section.paragraphs.length === 0 ? (
            <p>
              <em>(Not written yet.)</em>
            </p>
          ) : (
            section.paragraphs.map((lines, index) => (
              <p key={index}>
                {lines.map((line, lineIndex) => (
                  <span key={lineIndex}>
                    {lineIndex > 0 && <br />}
                    {line}
                  </span>
                ))}
              </p>
            ))
          )}
        </section>
      ))}
      <section className="write-up-appendices">
        <h2>Appendices (not counted)</h2>
        <h3>Appendix A: Evidence</h3>
        {model.evidenceRows.length === 0 ? (
          <p>No evidence items recorded.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Evidence</th>
                  <th scope="col">Figure</th>
                  <th scope="col">File kept with the project</th>
                </tr>
              </thead>
              <tbody>
                {model.evidenceRows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.date}</td>
                    <td>{row.description}</td>
                    <td>{row.figure}</td>
                    <td>{row.file}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {model.linkedRows.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Linked record</th>
                  <th scope="col">What it is</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {model.linkedRows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.kind}</td>
                    <td>{row.label}</td>
                    <td>{row.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>Appendix B: Success criteria and linked ratings</h3>
        {model.criteriaRows.length > 0 && (
          <ul>
            {model.criteriaRows.map((row, index) => (
              <li key={index}>
                {row.description}: {row.figures}
              </li>
            ))}
          </ul>
        )}
        <RatingsChart model={model} />
        <h3>Appendix C: Project timeline</h3>
        {model.timelineRows.length === 0 ? (
          <p>No milestones recorded.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Term</th>
                  <th scope="col">Milestone</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {model.timelineRows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.date}</td>
                    <td>{row.term}</td>
                    <td>{row.milestone}</td>
                    <td>{row.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}

/** The chart image (drawn once the view is open) and the table it is drawn from. */
function RatingsChart({ model }: { model: WriteUpDocument }) {
  const [url, setUrl] = useState<string | undefined>();
  const { ratings } = model;
  useEffect(() => {
    let objectUrl: string | undefined;
    let isCurrent = true;
    void import('@/features/project/export/ratings-chart')
      .then(({ ratingsChartImage }) => ratingsChartImage(ratings))
      .then((image) => {
        if (!image || !isCurrent) return;
        objectUrl = URL.createObjectURL(new Blob([image.png.slice()], { type: 'image/png' }));
        setUrl(objectUrl);
      });
    return () => {
      isCurrent = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [ratings]);
  if (ratings.rows.length === 0) return <p>No skills linked to the project yet.</p>;
  return (
    <>
      {url && <img className="write-up-chart" src={url} alt="" />}
      <div className="table-wrap">
        <table>
          <caption>Linked ratings</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Baseline</th>
              <th scope="col">Latest</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {ratings.rows.map((row) => (
              <tr key={row.skillId}>
                <td>{row.statement}</td>
                <td>{row.baseline}</td>
                <td>
                  {row.latest} ({row.latestWeekLabel})
                </td>
                <td>{row.target ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
