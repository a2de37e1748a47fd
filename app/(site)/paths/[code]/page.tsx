import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PathsExplorer } from '@/app/_paths/explorer';
import { JOB_ZONE_RULE, lenientWeights } from '@/app/_paths/query';
import { onetCode } from '@/lib/api/schemas';
import { exposureWords } from '@/lib/charts/format';
import { DEFAULT_WEIGHTS, EXPOSURE_MARGIN, findPaths } from '@/lib/paths/paths';
import { atlasVersion } from '@/lib/queries/meta';
import { pathData } from '@/lib/server/cache';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code;
  const o = onetCode.safeParse(code).success ? pathData().occupations.get(code) : undefined;
  return { title: o ? `Reskilling paths from ${o.title}` : 'Reskilling paths' };
}

/** Every candidate is sent (a few dozen): the browser re-weights and re-ranks without a request. */
const CANDIDATES = 500;
const SHOWN = 12;

export default async function PathsPage({ params, searchParams }: Props) {
  const code = (await params).code;
  if (!onetCode.safeParse(code).success) notFound();
  const data = pathData();
  const src = data.occupations.get(code);
  if (!src) notFound();
  const sp = await searchParams;
  const weights = lenientWeights(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const candidates = findPaths(data, code, { limit: CANDIDATES }) ?? [];
  const imputed = src.skillsImputedFrom ? { code: src.skillsImputedFrom, title: data.occupations.get(src.skillsImputedFrom)?.title ?? src.skillsImputedFrom } : null;
  return (
    <>
      <p className="muted">
        <Link href={`/occupations/${code}`}>← {src.title}</Link>
      </p>
      <h1>Reskilling paths from {src.title}</h1>
      <div className="pth-head">
        <p className="lede">
          Exposure (beta) <strong>{src.beta.toFixed(2)}</strong> — {exposureWords(src.beta)}. Job zone {src.jobZone ?? '—'}
          {src.wage ? ` · median wage $${Math.round(src.wage).toLocaleString('en-US')}` : ''}
          {src.growth !== null ? ` · projected growth ${src.growth > 0 ? '+' : ''}${src.growth.toFixed(1)}% (2024–34)` : ''}.
        </p>
      </div>
      <p>
        Targets come from O*NET&apos;s related occupations and the nearest occupations by skill/knowledge profile and by tasks. A target is kept only if its exposure is at least{' '}
        <strong>{EXPOSURE_MARGIN}</strong> below this one&apos;s (beta ≤ {(src.beta - EXPOSURE_MARGIN).toFixed(2)}) and {JOB_ZONE_RULE}
        {src.jobZone ? ` (here: job zone ≤ ${Math.min(5, src.jobZone + 1)})` : ''}. They are ranked by a score you can re-weight: similarity of skills and tasks, exposure
        reduction, wage change and projected growth. Gaps are skills and knowledge the target rates important (≥ 3 of 5) at a level at least 0.5 higher than this occupation
        (levels 0–7): the things to learn.
      </p>
      {imputed && (
        <p className="notice warn">
          O*NET has no skill or knowledge ratings for {src.title}: its profile and gaps use those of <Link href={`/occupations/${imputed.code}`}>{imputed.title}</Link>, the rated
          occupation with the most similar tasks.
        </p>
      )}
      <PathsExplorer
        source={{ code, title: src.title, beta: src.beta, jobZone: src.jobZone, wage: src.wage, growth: src.growth, employment: src.employment, skillsImputedFrom: imputed }}
        candidates={candidates}
        initialWeights={weights}
        defaults={DEFAULT_WEIGHTS}
        margin={EXPOSURE_MARGIN}
        jobZoneRule={`Rules: exposure at least ${EXPOSURE_MARGIN} lower; ${JOB_ZONE_RULE}`}
        limit={SHOWN}
        version={atlasVersion()}
      />
    </>
  );
}
