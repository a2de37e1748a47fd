import { compact, num } from '@/lib/charts/format';

/**
 * An occupation's employment as allocated from BLS, with the split said where it happens: O*NET
 * splits some SOC codes into several occupations (Registered Nurses and four nursing specialties
 * share 29-1141), and each gets an equal share of the BLS figure.
 */
export function Employment({ employment, oewsCode, sharers, format = 'full' }: { employment: number | null; oewsCode: string | null; sharers: number | null; format?: 'full' | 'compact' }) {
  const show = format === 'compact' ? compact : num;
  if (employment === null || !sharers || sharers <= 1 || !oewsCode) return <>{show(employment)}</>;
  const total = employment * sharers;
  return (
    <>
      {show(employment)}
      <span className="split-hint" title={`BLS reports ${num(total)} workers for SOC ${oewsCode}; O*NET splits that code into ${sharers} occupations, each shown with an equal share.`}>
        {' '}1/{sharers} of BLS {oewsCode}&apos;s {compact(total)}
      </span>
    </>
  );
}

/** The same hint as plain text, for tooltips and sentences. */
export function employmentText(employment: number | null, oewsCode: string | null, sharers: number | null): string {
  if (employment === null) return '—';
  if (!sharers || sharers <= 1 || !oewsCode) return `${compact(employment)} workers`;
  return `${compact(employment)} workers (an equal 1/${sharers} share of BLS ${oewsCode}'s ${compact(employment * sharers)})`;
}
