import type { VerifiableContent } from '@/domain/coaching/verifiable-content';
import '@/ui/verifiable-content-view.css';

/**
 * What a coach is asked to verify, drawn as plain text (never HTML) exactly as it will be signed:
 * the coach's device shows it before they decide, and the delegate's shows it before sending.
 */
export function VerifiableContentView({
  content,
  headingLevel = 3,
}: {
  content: VerifiableContent;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  return (
    <div className="verifiable-content">
      <Heading>{content.title}</Heading>
      {content.fields.length === 0 ? (
        <p className="muted">Nothing written yet.</p>
      ) : (
        <dl>
          {content.fields.map((field) => (
            <div key={field.key} className="verifiable-field">
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
