import { IMPACT_RATINGS, MAX_IMPACT } from '@/domain/enquiry';

/** What each impact rating means, so two delegates' "3" mean the same thing. */
export function ImpactScale() {
  return (
    <dl className="impact-scale">
      {IMPACT_RATINGS.map((rating) => (
        <div key={rating.value}>
          <dt>
            {rating.value} of {MAX_IMPACT} · {rating.label}
          </dt>
          <dd>{rating.description}</dd>
        </div>
      ))}
    </dl>
  );
}
