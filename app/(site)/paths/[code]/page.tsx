import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PathsExplorer } from '@/app/_paths/explorer';
import { PathsMethod } from '@/app/_paths/method';
import { TwoStepList } from '@/app/_paths/two-step-list';
import { JOB_ZONE_RULE, lenientWeights } from '@/lib/api/paths-query';
import { onetCode } from '@/lib/api/schemas';
import { exposureWords, score, signedPct, usd } from '@/lib/charts/format';
import { DEFAULT_WEIGHTS, EXPOSURE_MARGIN, pathsReport } from '@/lib/paths/paths';
import { verdictOf } from '@/lib/paths/verdict';
import { twoStepPaths } from '@/lib/paths/two-step';
import { requestData } from '@/app/_data';
import { atlasVersion, releases } from '@/lib/queries/meta';
import { occupationSkillSplit } from '@/lib/queries/skill-chain';
import { pathData } from '@/lib/queries/path-data';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code;
  const o = onetCode.safeParse(code).success ? pathData(requestData()).occupations.get(code) : undefined;
  return { title: o ? `Reskilling paths from ${o.title}` : 'Reskilling paths' };
}

/** Every candidate is sent (a few dozen): the browser re-weights and re-ranks without a request. */
const CANDIDATES = 500;
const SHOWN = 12;

export default async function PathsPage({ params, searchParams }: Props) {
  const code = (await params).code;
  if (!onetCode.safeParse(code).success) notFound();
  const data = pathData(requestData());
  const src = data.occupations.get(code);
  if (!src) notFound();
  const sp = await searchParams;
  const weights = lenientWeights(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const report = pathsReport(data, code, { limit: CANDIDATES })!;
  const candidates = report.paths;
  const twoStep = twoStepPaths(data, code, { exclude: new Set(candidates.slice(0, SHOWN).map((p) => p.onet_soc_code)) });
  const verdict = verdictOf(src, candidates, twoStep.length);
  const closest = verdict.clear
    ? []
    : (data.related.get(code) ?? [])
        .filter((r) => r.tier === 'Primary-Short')
        .flatMap((r) => {
          const o = data.occupations.get(r.code);
          return o ? [{ code: o.code, title: o.title, beta: o.beta }] : [];
        });
  const durable = verdict.clear ? [] : occupationSkillSplit(requestData(), code).durable.filter((e) => e.domain === 'skill').slice(0, 5).map((e) => e.name);
  const imputed = src.skillsImputedFrom ? { code: src.skillsImputedFrom, title: data.occupations.get(src.skillsImputedFrom)?.title ?? src.skillsImputedFrom } : null;
  return (
    <>
      <p className="muted">
        <Link href={`/occupations/${code}`}>← {src.title}</Link>
      </p>
      <h1>Reskilling paths from {src.title}</h1>
      <div className="pth-head">
        <p className="lede">
          Exposure (beta) <strong>{score(src.beta)}</strong> — {exposureWords(src.beta)}. Job zone {src.jobZone ?? '—'}
          {src.wage ? ` · median wage ${usd(src.wage)}` : ''}
          {src.growth !== null ? ` · projected growth ${signedPct(src.growth)} (${releases(requestData()).projectionsPeriod})` : ''}.
        </p>
      </div>
      <p>
        Moves a worker could really take, feasibility first: targets come from O*NET&apos;s related occupations and the occupations with the most similar O*NET profile (work
        activities, skills and knowledge, interests, work styles, preparation, tasks). A target is kept only if its exposure is at least <strong>{EXPOSURE_MARGIN}</strong> below
        this one&apos;s (beta ≤ {score(src.beta - EXPOSURE_MARGIN)}), {JOB_ZONE_RULE}
        {src.jobZone ? ` (here: job zone ≤ ${Math.min(5, src.jobZone + 1)})` : ''}, and it needs no election, appointment, military service, sworn post or professional degree this
        occupation does not. Each path says why it ranks where it does, and what to learn.
      </p>
      <PathsMethod />
      <p className={`pth-verdict${verdict.clear ? ' clear' : ''}`} data-testid="paths-verdict">
        {verdict.message}
      </p>
      {!verdict.clear && (closest.length > 0 || durable.length > 0) && (
        <ul className="pth-small" data-testid="paths-context">
          {closest.length > 0 && (
            <li>
              O*NET&apos;s closest related occupations:{' '}
              {closest.map((o, i) => (
                <span key={o.code}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/paths/${o.code}`}>{o.title}</Link> (beta {score(o.beta)})
                </span>
              ))}
              .
            </li>
          )}
          {durable.length > 0 && (
            <li>
              Skills of this job that sit in sheltered work, the ones to lean on: {durable.join(', ')} (<Link href={`/occupations/${code}#skills`}>why</Link>).
            </li>
          )}
        </ul>
      )}
      {!verdict.clear && (
        <section className="pth-two" aria-labelledby="two-step-h">
          <h2 id="two-step-h">Two-step paths</h2>
          <p className="muted">First a close occupation, then a clearly less exposed one (at least 0.10 lower in beta); each step feasible on its own, neither pays more than 15% less than {src.title}, and the destination pays within 15% of it.</p>
          <TwoStepList sourceTitle={src.title} items={twoStep} />
        </section>
      )}
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
        initialDesirableFirst={!['false', '0'].includes(String(sp.desirable_first))}
        defaults={DEFAULT_WEIGHTS}
        margin={EXPOSURE_MARGIN}
        jobZoneRule={`Rules: exposure at least ${EXPOSURE_MARGIN} lower; ${JOB_ZONE_RULE}`}
        limit={SHOWN}
        version={atlasVersion(requestData())}
      />
      {verdict.clear && twoStep.length > 0 && (
        <section className="pth-two" aria-labelledby="two-step-h">
          <h2 id="two-step-h">Going further: two-step paths</h2>
          <TwoStepList sourceTitle={src.title} items={twoStep} />
        </section>
      )}
      {report.excluded.length > 0 && (
        <p className="muted pth-small" data-testid="paths-excluded">
          Left out for barriers: {report.excluded.slice(0, 8).map((e) => `${e.title} (needs ${e.barriers.map((b) => b.reason).join('; ')})`).join(' · ')}
          {report.excluded.length > 8 ? ` · and ${report.excluded.length - 8} more` : ''}.
        </p>
      )}
    </>
  );
}
