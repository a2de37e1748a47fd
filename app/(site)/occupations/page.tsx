import type { Metadata } from 'next';
import Link from 'next/link';
import { compact, num, pct, signedPct, usd } from '@/lib/charts/format';
import { requestData } from '@/app/_data';
import { atlasVersion, hasScores, releases } from '@/lib/queries/meta';
import { allOccupations, filterOccupations, getGroups, type OccupationRow, type SortKey } from '@/lib/queries/occupations';
import { ChartFrame } from '../../_components/charts/chart-frame';
import { Employment, employmentText } from '../../_components/employment';
import { Term } from '../../_components/glossary';
import { FittedTreemap } from '../../_components/charts/fitted-treemap';
import { browseHref, PAGE_SIZE, parseBrowseParams } from './search-params';
import { roundOrNull } from '@/lib/round';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Occupations' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The table's columns; the growth column names the projection period of this build (`growthLabel`). */
const columnsFor = (growthLabel: string): Array<{ key: SortKey; label: string; num?: boolean; title?: string }> => [
  { key: 'title', label: 'Occupation' },
  { key: 'beta', label: 'Exposure (beta)', num: true, title: 'Share of the work an LLM could do twice as fast, LLM-software work counted at half' },
  { key: 'alpha', label: 'LLM alone (alpha)', num: true, title: 'Share of the work an LLM alone could do twice as fast' },
  { key: 'gamma', label: 'With software (gamma)', num: true, title: 'Share of the work an LLM or LLM software could do twice as fast' },
  { key: 'employment', label: 'Employment', num: true },
  { key: 'median_wage', label: 'Median wage', num: true },
  { key: 'job_zone', label: 'Job zone', num: true },
  { key: 'growth_pct', label: growthLabel, num: true },
];

export default async function BrowsePage({ searchParams }: Props) {
  const parsed = parseBrowseParams(await searchParams);
  const db = requestData();
  const groups = getGroups(db);
  // Like any other value the form cannot produce, a group its select does not list is dropped (the
  // API also takes a 6-digit SOC code; the page offers groups only).
  const selected = groups.find((g) => g.code === parsed.filters.group);
  const f = selected ? parsed.filters : { ...parsed.filters, group: undefined };
  const page = parsed.page;
  const all = allOccupations(db);
  const rows = filterOccupations(all, f);
  const scored = hasScores(db);
  const version = atlasVersion(db);
  const growthLabel = `Growth ${releases(db).projectionsPeriod}`;
  const COLUMNS = columnsFor(growthLabel);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const cur = Math.min(page, pages);
  const visible = rows.slice((cur - 1) * PAGE_SIZE, cur * PAGE_SIZE);
  const self = browseHref(f, { page: cur > 1 ? cur : undefined });
  const apiCsv = browseHref(f, { format: 'csv' }, '/api/v1/occupations');
  const majors = groups.filter((g) => g.level === 'major');
  const level = selected?.level ?? null;
  const subgroups = f.group ? groups.filter((g) => g.level !== 'major' && g.code.startsWith(f.group!.slice(0, 3))) : [];
  const groupTitle = new Map(groups.map((g) => [g.code, g.title]));
  // The treemap groups one level below the filter: majors → minors → broad groups.
  const groupOf = (r: OccupationRow) => (level === null ? r.major_group : level === 'major' ? r.minor_group : r.broad_group);
  const treemapLeaves = rows.map((r) => ({ id: r.onet_soc_code, label: r.title, group: groupOf(r), groupLabel: groupTitle.get(groupOf(r)) ?? groupOf(r), size: r.employment ?? 0, value: r.beta, sizeText: employmentText(r.employment, r.oews_code, r.oews_sharers) }));

  return (
    <>
      <h1>Occupations</h1>
      <p className="lede">All {num(all.length)} O*NET occupations with BLS employment and wages{scored ? ' and their exposure' : ''}. Filters and sort live in the URL: copy it to share this view.</p>

      <form className="filters" method="get" action="/occupations" aria-label="Filter occupations">
        <div className="field">
          <label htmlFor="f-q">Title contains</label>
          <input id="f-q" name="q" type="text" defaultValue={f.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-group">Group</label>
          <select id="f-group" name="group" defaultValue={f.group ?? ''}>
            <option value="">All groups</option>
            {majors.map((g) => (
              <option key={g.code} value={g.code}>{g.title}</option>
            ))}
            {subgroups.map((g) => (
              <option key={g.code} value={g.code}>{g.level === 'minor' ? '— ' : '—— '}{g.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-bmin">Exposure from (%)</label>
          <input id="f-bmin" name="exp_min" type="number" min="0" max="100" step="any" defaultValue={f.beta_min === undefined ? '' : Math.round(f.beta_min * 10000) / 100} />
        </div>
        <div className="field">
          <label htmlFor="f-bmax">Exposure to (%)</label>
          <input id="f-bmax" name="exp_max" type="number" min="0" max="100" step="any" defaultValue={f.beta_max === undefined ? '' : Math.round(f.beta_max * 10000) / 100} />
        </div>
        <div className="field">
          <label htmlFor="f-emp">Employment at least</label>
          <input id="f-emp" name="emp_min" type="number" min="0" step="1000" defaultValue={f.emp_min ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-wmin">Wage from ($)</label>
          <input id="f-wmin" name="wage_min" type="number" min="0" step="5000" defaultValue={f.wage_min ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-wmax">Wage to ($)</label>
          <input id="f-wmax" name="wage_max" type="number" min="0" step="5000" defaultValue={f.wage_max ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-jz">Job zone</label>
          <select id="f-jz" name="job_zone" defaultValue={f.job_zone?.join(',') ?? ''}>
            <option value="">Any</option>
            {[1, 2, 3, 4, 5].map((z) => (
              <option key={z} value={String(z)}>{z}</option>
            ))}
            <option value="1,2">1–2</option>
            <option value="4,5">4–5</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-growth">Growth at least (%)</label>
          <input id="f-growth" name="growth_min" type="number" min="-100" max="1000" step="1" defaultValue={f.growth_min ?? ''} />
        </div>
        {/* Sorting is also here, not only in the column headers: on phones the table is one card per row. */}
        <div className="field">
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={f.sort}>
            {COLUMNS.map((c) => (
              <option key={c.key} value={c.key}>{c.label}</option>
            ))}
            {!COLUMNS.some((c) => c.key === f.sort) && <option value={f.sort}>{f.sort.replace(/_/g, ' ')}</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-dir">Order</label>
          <select id="f-dir" name="dir" defaultValue={f.dir}>
            <option value="desc">Highest first (Z–A)</option>
            <option value="asc">Lowest first (A–Z)</option>
          </select>
        </div>
        <button type="submit" className="primary">Apply</button>
        <Link href="/occupations" className="button">Reset</Link>
      </form>

      <p aria-live="polite">
        <strong>{num(rows.length)}</strong> occupations match, {compact(rows.reduce((s, r) => s + (r.employment ?? 0), 0))} workers. Download CSV:{' '}
        <a href={apiCsv} download>matching rows ({num(rows.length)})</a> · <a href={browseHref(f, { format: 'csv', limit: PAGE_SIZE, offset: (cur - 1) * PAGE_SIZE }, '/api/v1/occupations')} download>visible rows ({visible.length})</a> · <a href="/api/v1/occupations?format=csv" download>all occupations</a>
      </p>

      <div className="table-wrap tall">
        <table id="occupations-table" className="stack-on-phone">
          <caption className="visually-hidden">Occupations, sorted by {f.sort} {f.dir === 'asc' ? 'ascending' : 'descending'}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = f.sort === c.key;
                const nextDir = active ? (f.dir === 'asc' ? 'desc' : 'asc') : c.key === 'title' ? 'asc' : 'desc';
                return (
                  <th key={c.key} scope="col" title={c.title} className={c.num ? 'num' : undefined} aria-sort={active ? (f.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <Link href={browseHref(f, { sort: c.key, dir: nextDir, page: undefined })} className="sort-link">
                      {c.label}
                      {active ? (f.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.onet_soc_code}>
                <td data-label="Occupation"><Link href={`/occupations/${r.onet_soc_code}`}>{r.title}</Link> <span className="muted mono">{r.onet_soc_code}</span></td>
                <td data-label="Exposure (beta)" className="num">{pct(r.beta)}</td>
                <td data-label="LLM alone (alpha)" className="num">{pct(r.alpha)}</td>
                <td data-label="With software (gamma)" className="num">{pct(r.gamma)}</td>
                <td data-label="Employment" className="num"><Employment employment={r.employment} oewsCode={r.oews_code} sharers={r.oews_sharers} /></td>
                <td data-label="Median wage" className="num">{usd(r.median_wage, r.median_top_coded)}</td>
                <td data-label="Job zone" className="num">{r.job_zone ?? '—'}</td>
                <td data-label={growthLabel} className="num">{signedPct(r.growth_pct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages" style={{ marginTop: 8, display: 'flex', gap: 12, alignItems: 'center' }}>
          {cur > 1 && <Link href={browseHref(f, { page: cur - 1 })} rel="prev">← Previous</Link>}
          <span>Page {cur} of {pages}</span>
          {cur < pages && <Link href={browseHref(f, { page: cur + 1 })} rel="next">Next →</Link>}
        </nav>
      )}

      {scored && rows.length > 0 && (
        <>
          <h2>Where the workers are</h2>
          <ChartFrame id="occupations-treemap" title="Occupations by group, sized by employment, coloured by exposure" subtitle={`${num(rows.length)} occupations matching the filters; colour = beta (dark = low, yellow = high).`} version={version} permalink={self} embed={false}
            data={{ header: ['onet_soc_code', 'title', 'group', 'employment', 'beta'], rows: rows.map((r) => [r.onet_soc_code, r.title, r.major_title, r.employment, roundOrNull(r.beta, 4)]) }}>
            <div className="legend"><span>beta 0%</span><span className="ramp" aria-hidden="true" /><span>100%</span></div>
            <FittedTreemap leaves={treemapLeaves} />
          </ChartFrame>
        </>
      )}
      <p className="muted">
        <Term k="beta">Exposure (beta)</Term>: share of an occupation&apos;s work an LLM could do at least twice as fast at the same quality, counting work that needs LLM software at
        half (0 to 1). A median wage marked ≥ is <Term k="topCoded">top-coded</Term> by BLS. Employment marked “1/n of BLS …” is an equal <Term k="split">share</Term> of a SOC code that
        O*NET splits into n occupations.
      </p>
    </>
  );
}
