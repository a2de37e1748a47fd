/**
 * Server component for the occupation page: the top reskilling paths from one occupation, with a
 * link to /paths/<code>. Renders nothing when the occupation is unknown; says so plainly when it has no path.
 *   import { PathsSection } from '@/app/_paths/paths-section';
 *   <PathsSection code="43-9021.00" limit={4} />
 */
import Link from 'next/link';
import { exposureColor } from '@/lib/charts/color';
import { EXPOSURE_MARGIN, findPaths } from '@/lib/paths/paths';
import { verdictOf } from '@/lib/paths/verdict';
import { pathData } from '@/lib/queries/path-data';
import './paths.css';
import { requestData } from '@/app/_data';
import { score } from '@/lib/charts/format';

export function PathsSection({ code, limit = 4, headingLevel = 2 }: { code: string; limit?: number; headingLevel?: 2 | 3 }) {
  const data = pathData(requestData());
  const src = data.occupations.get(code);
  const paths = src ? findPaths(data, code, { limit }) : null;
  if (!src || !paths) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (paths.length === 0)
    return (
      <section className="pth-section" aria-labelledby="paths-section-title" data-testid="paths-section">
        <H id="paths-section-title">Where people can move</H>
        <p>{verdictOf(src, paths).message}</p>
        <p>
          <Link href={`/paths/${code}`}>More on where {src.title} can move →</Link>
        </p>
      </section>
    );
  return (
    <section className="pth-section" aria-labelledby="paths-section-title" data-testid="paths-section">
      <H id="paths-section-title">Where people can move</H>
      <p className="muted">
        Feasible moves at least {EXPOSURE_MARGIN} less exposed, at most one job zone up, without barriers: ranked by fit (O*NET related occupations and similar profiles),
        exposure reduction, wage (within 15% first) and outlook.
      </p>
      <ol>
        {paths.map((p) => (
          <li key={p.onet_soc_code}>
            <Link href={`/occupations/${p.onet_soc_code}`}>{p.title}</Link>{' '}
            <span className="bar" style={{ width: `${Math.round(p.beta * 40)}px`, background: exposureColor(p.beta) }} aria-hidden="true" /> beta {score(p.beta)} (−
            {score(p.exposure_reduction)})
            {p.wage_change !== null && <span className="muted"> · wage {p.wage_change >= 0 ? '+' : '−'}{Math.abs(Math.round(p.wage_change * 100))}%</span>}
            {p.gaps.length > 0 && (
              <div className="muted pth-small">
                To learn: {p.gaps.slice(0, 3).map((g) => `${g.element} ${g.from.toFixed(1)} → ${g.to.toFixed(1)} of 7`).join(' · ')}
                {p.gaps.length > 3 ? ` · +${p.gaps.length - 3} more` : ''}
              </div>
            )}
          </li>
        ))}
      </ol>
      <p>
        <Link href={`/paths/${code}`}>All paths from {src.title}, with skill gaps and re-weighting →</Link>
      </p>
    </section>
  );
}
