import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/** Where the framework editor lives for someone looking in Settings (it is not a tab). */
export function FrameworkCard({ frameworkName }: { frameworkName: string }) {
  return (
    <section className="card settings-card" aria-labelledby="settings-framework">
      <h2 id="settings-framework">Framework</h2>
      <p>
        You audit against “{frameworkName}”. Rename, add, reorder or archive its skills, change the
        rating scale, make a new framework, or share one as a file.
      </p>
      <p>
        <Link to={paths.framework} className="button">
          Edit framework
        </Link>
      </p>
    </section>
  );
}
