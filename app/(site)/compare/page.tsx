import type { Metadata } from 'next';
import Link from 'next/link';
import { num, pct, score } from '@/lib/charts/format';
import { paramsObject } from '@/lib/api/schemas';
import { availableSources, extremeTasks, getAgreement, getComparison, REFERENCE_SOURCES, type ReferenceSource } from '@/lib/queries/compare';
import { requestData } from '@/app/_data';
import { atlasVersion } from '@/lib/queries/meta';
import { getMethodCounts } from '@/lib/queries/methodology';
import { employmentText } from '../../_components/employment';
import { REFERENCE_LABELS } from '@/lib/queries/occupation';
import { ChartFrame } from '../../_components/charts/chart-frame';
import { DataTable } from '../../_components/data-table';
import { CompareScatter } from './compare-chart';
import { round } from '@/lib/round';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Compare with published indices' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const r4 = (v: number) => round(v, 4);

export default async function ComparePage({ searchParams }: Props) {
  const p = paramsObject(await searchParams);
  const db = requestData();
  const sources = availableSources(db);
  if (sources.length === 0) {
    return (
      <>
        <h1>Compare with published indices</h1>
        <p className="notice warn">No published indices in this build (they load with the reference data during setup).</p>
      </>
    );
  }
  const source: ReferenceSource = (REFERENCE_SOURCES as readonly string[]).includes(p.source ?? '') && sources.includes(p.source as ReferenceSource) ? (p.source as ReferenceSource) : sources[0];
  const points = getComparison(source, db);
  const label = REFERENCE_LABELS[source];
  const agreementKey = source.replace(/_beta$/, '');
  const agreement = getAgreement(db).filter((a) => a.level === 'occupation' && a.reference === agreementKey);
  const disagreements = [...points].sort((a, b) => Math.abs(b.ourRank - b.theirRank) - Math.abs(a.ourRank - a.theirRank)).slice(0, 15);
  const version = atlasVersion(db);
  const labels = getMethodCounts(db).labels;
  const eloundou = source.startsWith('eloundou');
  return (
    <>
      <h1>Our index beside the published ones</h1>
      <p className="lede">Each published index measures something a little different and on its own scale, so we compare ranks: where does each occupation sit among all those both indices cover?</p>
      <nav aria-label="Published index" className="filters">
        {sources.map((s) => (
          <Link key={s} href={`/compare?source=${s}`} className={s === source ? 'button primary' : 'button'} aria-current={s === source ? 'page' : undefined}>
            {REFERENCE_LABELS[s].name}
          </Link>
        ))}
      </nav>
      <h2>{label.name}</h2>
      <p>
        {points.length} occupations in common.{' '}
        {agreement.map((a) => (
          <span key={a.mode}>
            Rank correlation <strong>{score(a.value)}</strong> ({a.statistic === 'spearman' ? 'Spearman' : a.statistic}, where 1 is the same order;{' '}
            {a.mode === 'calibrated' ? 'calibrated scores' : 'rubric layer alone'}, n = {a.n}).{' '}
          </span>
        ))}
      </p>
      <div className="grid grid-2">
        <ChartFrame id={`compare-${source}`} title={`Exposure Atlas beta vs ${label.name}`} subtitle="Percentile ranks among the occupations both cover: on the dashed line the two indices agree." version={version} permalink={`/compare?source=${source}`} embed={false}
          data={{ header: ['code', 'title', 'exposure_atlas_beta', source, 'our_percentile_rank', 'their_percentile_rank', 'employment'], rows: points.map((q) => [q.code, q.title, r4(q.ours), q.theirs, r4(q.ourRank), r4(q.theirRank), Math.round(q.employment)]) }}>
          <CompareScatter points={points} name={label.name} />
        </ChartFrame>
        <section>
          <h3 style={{ marginTop: 0 }}>Where we disagree most</h3>
          <p className="muted">Largest gaps in rank, with the tasks that drive our score.</p>
          <DataTable wrap="table-wrap tall" columns={[{ head: 'Occupation' }, { head: 'Our rank', num: true }, { head: 'Their rank', num: true }]}>
            {disagreements.map((d) => {
              const higher = d.ourRank > d.theirRank;
              const tasks = extremeTasks(d.onet_soc_code, higher, 2, db);
              return (
                <tr key={d.code}>
                  <td>
                    <Link href={`/occupations/${d.onet_soc_code}`}>{d.title}</Link> <span className="muted">({employmentText(d.employment, d.oews_code, d.oews_sharers)})</span>
                    <div className="muted" style={{ fontSize: '0.85rem' }}>
                      We rate it {higher ? 'higher' : 'lower'}; its {higher ? 'most' : 'least'} exposed tasks: {tasks.map((t) => `“${t.statement}” (${score(t.beta)})`).join('; ')}
                    </div>
                  </td>
                  <td className="num">{pct(d.ourRank)}</td>
                  <td className="num">{pct(d.theirRank)}</td>
                </tr>
              );
            })}
          </DataTable>
        </section>
      </div>
      <section aria-labelledby="what-trains-what" className="notice">
        <h2 id="what-trains-what" style={{ marginTop: 0, fontSize: '1.1rem' }}>Which published data trains our scores, and which is comparison only</h2>
        <ul style={{ margin: '4px 0', paddingLeft: '1.2em' }}>
          {labels > 0 ? (
            <li>
              <strong>Trains the calibrated layer:</strong> the task-level E0/E1/E2 labels of Eloundou et al. (2023) — their GPT-4 ratings of {num(labels)} O*NET tasks. Scoring is
              cross-validated: the labelled occupations are split into 5 groups, and a task of a labelled occupation is scored by a model trained on the other 4 groups
              only, so no score ever saw its own label or its occupation&apos;s. Occupations without labels are scored by the model trained on all of them. {eloundou ? 'The agreement with Eloundou et al. on this page is therefore measured on scores that never saw those labels.' : ''}
            </li>
          ) : (
            <li><strong>No labels in this build:</strong> every score comes from the zero-shot rubric layer; no published data trains anything.</li>
          )}
          <li>
            <strong>Comparison only, never an input:</strong> Eloundou et al.&apos;s human task ratings and their occupation-level betas, Microsoft&apos;s “Working with AI”
            applicability scores and Felten et al.&apos;s LM-AIOE.
          </li>
        </ul>
        <p style={{ margin: '4px 0 0' }}>Scale of this index: {label.scale}. Details on the <Link href="/methodology#what-trains-what">methodology page</Link>.</p>
      </section>
    </>
  );
}
