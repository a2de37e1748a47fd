/** Two-step paths (lib/paths/two-step.ts), server-rendered. */
import Link from 'next/link';
import type { TwoStepPath } from '@/lib/paths/two-step';
import { score } from '@/lib/charts/format';

const usdPct = (v: number | null) => (v === null ? '' : `, pay ${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))}%`);

export function TwoStepList({ sourceTitle, items }: { sourceTitle: string; items: TwoStepPath[] }) {
  if (items.length === 0) return <p className="muted">No two-step path passes the rules either: every close occupation leads to similarly exposed work.</p>;
  return (
    <ol data-testid="two-step">
      {items.map((t) => (
        <li key={`${t.via.onet_soc_code}-${t.target.onet_soc_code}`}>
          {sourceTitle} → <Link href={`/occupations/${t.via.onet_soc_code}`}>{t.via.title}</Link> (beta {score(t.via.beta)}) →{' '}
          <Link href={`/occupations/${t.target.onet_soc_code}`}>
            <strong>{t.target.title}</strong>
          </Link>{' '}
          (beta {score(t.target.beta)}, {Math.round((100 * t.target.exposure_reduction) / (t.target.beta + t.target.exposure_reduction || 1))}% less exposed{usdPct(t.target.wage_change)})
          <div className="muted pth-small">{t.why.slice(0, 2).join(' · ')} · <Link href={`/paths/${t.via.onet_soc_code}`}>paths from {t.via.title}</Link></div>
        </li>
      ))}
    </ol>
  );
}
