import { useMemo } from 'react';
import { rankEffectiveTechniques, type Enquiry } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import { EmptyState } from '@/ui/empty-state';
import { EnquirySummary } from '@/features/journal/enquiry-summary';
import { ImpactScale } from '@/features/journal/impact-scale';
import '@/ui/layout.css';

/**
 * The techniques marked effective, best first: what the end-of-programme presentation will show.
 * The order is `rankEffectiveTechniques`'s, and the page says how it is decided.
 */
export function RankedTechniques({
  enquiries,
  framework,
}: {
  enquiries: readonly Enquiry[];
  framework: FrameworkDefinition;
}) {
  const ranked = useMemo(() => rankEffectiveTechniques(enquiries), [enquiries]);
  return (
    <>
      <section className="card journal-ranking-intro" aria-labelledby="ranking-how">
        <h2 id="ranking-how">How they are ranked</h2>
        <p>
          Only enquiries you marked <strong>effective</strong> appear here. The highest impact
          rating comes first; where two share a rating, one with evidence written down comes before
          one without, then the one that ran most recently.
        </p>
        <details>
          <summary>What the impact ratings mean</summary>
          <ImpactScale />
        </details>
      </section>
      {ranked.length === 0 ? (
        <EmptyState title="No effective techniques yet">
          <p>
            When an enquiry has worked, open it and tick “This technique was effective”, then rate
            its impact. It will be ranked here.
          </p>
        </EmptyState>
      ) : (
        <ol className="stacked-list journal-entries" aria-label="Effective techniques, best first">
          {ranked.map((enquiry, index) => (
            <li key={enquiry.id}>
              <EnquirySummary enquiry={enquiry} framework={framework} rank={index + 1}>
                {enquiry.technique.trim() !== '' && (
                  <p className="enquiry-excerpt">
                    <span className="enquiry-excerpt-label">Technique:</span> {enquiry.technique}
                  </p>
                )}
                {enquiry.evidence.trim() !== '' && (
                  <p className="enquiry-excerpt">
                    <span className="enquiry-excerpt-label">Evidence:</span> {enquiry.evidence}
                  </p>
                )}
              </EnquirySummary>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
