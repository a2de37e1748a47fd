import Link from 'next/link';
import { compact, pct } from '@/lib/charts/format';
import { sharePct, splitWords } from '@/lib/observed/format';
import { AEI_CITATION, getNationalObserved, getObservedList } from '@/lib/queries/observed';
import { requestData } from '@/app/_data';
import { DataTable } from './data-table';
import { Term } from './glossary';

/** Occupations shown with the most observed exposure (at least this many workers, as the home page's rankings). */
const MIN_WORKERS = 10_000;

/** The national page's "Is it already happening?": exposure beside observed use, for all workers and by major group. */
export function ObservedNational() {
  const data = requestData();
  const n = getNationalObserved(data);
  if (!n) {
    return (
      <section aria-labelledby="observed-national">
        <h2 id="observed-national">Is it already happening?</h2>
        <p className="notice">Observed use is not in this build: the Anthropic Economic Index files were not present when it was built (REFERENCE_DIR/anthropic_economic_index).</p>
      </section>
    );
  }
  const { total, groups, release } = n;
  const top = getObservedList(data)
    .filter((o) => (o.employment ?? 0) >= MIN_WORKERS)
    .slice(0, 5);
  return (
    <section aria-labelledby="observed-national">
      <h2 id="observed-national">Is it already happening?</h2>
      <p className="muted">
        Exposure is what an LLM could speed up; observed use is what people already use Claude for, from the <Link href="/methodology#observed-use">Anthropic Economic Index</Link> (release{' '}
        {release.release}). Claude users are not all workers, and use is not job loss.
      </p>
      <div className="cards">
        <div className="card"><div className="value">{pct(total.beta)}</div><div className="label">of the average worker&apos;s work is exposed in theory (<Term k="beta">beta</Term>, employment-weighted)</div></div>
        <div className="card"><div className="value">{pct(total.observed_exposure, 1)}</div><div className="label"><Term k="observedExposure">observed exposure</Term>: the part of it already showing up in Claude use, automation counted fully, augmentation at half</div></div>
        <div className="card"><div className="value">{pct(total.coverage)}</div><div className="label">of the average worker&apos;s tasks (by weight) appear in the release at all</div></div>
        {total.automation_share !== null && <div className="card"><div className="value">{pct(total.automation_share)}</div><div className="label">of the classified conversations on work tasks are automation: {splitWords(total.automation_share)}</div></div>}
      </div>
      <DataTable
        caption="Exposure and observed use by major occupation group"
        className="stack-on-phone"
        columns={[{ head: 'Occupation group' }, { head: 'Workers', num: true }, { head: 'Exposure (beta)', num: true }, { head: 'Observed exposure', num: true }, { head: 'Share of conversations', num: true, title: "Percent of the release's Claude conversations on the group's tasks" }]}
      >
        {groups.slice(0, 8).map((g) => (
          <tr key={g.code}>
            <td data-label="Group"><Link href={`/occupations?group=${g.code}`}>{g.title}</Link></td>
            <td data-label="Workers" className="num">{compact(g.employment)}</td>
            <td data-label="Exposure (beta)" className="num">{pct(g.beta)}</td>
            <td data-label="Observed exposure" className="num">{pct(g.observed_exposure, 1)}</td>
            <td data-label="Share of conversations" className="num">{sharePct(g.share_pct)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="muted">
        The eight groups with the most conversations, of {groups.length}; {sharePct(total.share_pct)} of all conversations matched an O*NET task of this build. Most observed exposure among
        occupations with at least {compact(MIN_WORKERS)} workers:{' '}
        {top.map((o, i) => (
          <span key={o.onet_soc_code}>
            {i > 0 && ', '}
            <Link href={`/occupations/${o.onet_soc_code}#observed`}>{o.title}</Link> ({pct(o.observed_exposure, 1)} of {pct(o.beta)})
          </span>
        ))}
        .
      </p>
      <p className="muted">
        Source: {AEI_CITATION}, release {release.release}. All occupations: <a href="/api/v1/observed">JSON</a> · <a href="/api/v1/observed?format=csv">CSV</a>
      </p>
    </section>
  );
}
