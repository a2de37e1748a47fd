'use client';

import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { toCsv, type Cell } from '@/lib/export/csv';
import { composeExportSvg, exportSize, slug } from '@/lib/charts/export';
import { chartSource, dataCredits } from '@/lib/releases';
import { useReleases } from '../releases-context';
import { embedSnippet } from '@/lib/charts/embed';
import { downloadBlob, svgToPng } from '@/lib/charts/png';
import { chartZip } from '@/lib/charts/zip';
import { CopyButton } from './copy-button';

const PREVIEW_ROWS = 25;

export interface ChartData {
  header: string[];
  rows: Cell[][];
}

/** This site's origin once the page runs in a browser ('' during the server render). */
const subscribeNever = () => () => undefined;
function useOrigin(): string {
  // The server snapshot ('') is used while hydrating, then the browser's: no effect, no cascade.
  return useSyncExternalStore(subscribeNever, () => window.location.origin, () => '');
}

/**
 * A chart with its title, source line and the exports policymakers need: PNG, SVG and the CSV behind
 * it (plain, or zipped with a README carrying title, source and permalink); plus "cite this" and an
 * embed snippet, each with a Copy button. The chart itself arrives as children; this component never
 * fetches. `permalink: null` says honestly that the view cannot be reopened (`permalinkNote` says why).
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  version,
  source: sourceOverride,
  permalink,
  permalinkNote,
  data,
  children,
  embed = true,
  compact = false,
}: {
  compact?: boolean;
  id: string;
  title: string;
  subtitle?: string;
  version: string;
  /** replaces the default source line (national releases) when a chart uses other data */
  source?: string;
  permalink: string | null;
  permalinkNote?: string;
  data: ChartData;
  children: ReactNode;
  embed?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const origin = useOrigin();
  const releases = useReleases();
  const source = sourceOverride ?? chartSource(version, releases);
  const absolute = permalink === null ? null : origin ? new URL(permalink, origin).toString() : permalink;
  const noLink = permalinkNote ?? 'This view is not stored, so no link can reopen it.';
  const name = slug(title);

  const svgDoc = (): { svg: string; width: number; height: number } => {
    const el = box.current?.querySelector('svg');
    if (!el) throw new Error('chart has no SVG');
    const [, , w, h] = (el.getAttribute('viewBox') ?? '0 0 640 360').split(/\s+/).map(Number);
    const meta = { title, subtitle, source, permalink: absolute ?? noLink };
    const svg = composeExportSvg(new XMLSerializer().serializeToString(el), w, h, meta);
    return { svg, ...exportSize(w, h, meta) };
  };

  /** Runs an export from a click (never during render: the exports read the drawn chart through its ref). */
  const run = async (fn: () => Promise<void> | void) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  // The access date (UTC) goes in the citation: the figures change with each release of the data.
  const today = new Date().toISOString().slice(0, 10);
  const cite = `Exposure Atlas (${today.slice(0, 4)}). “${title}.” ${source}. ${absolute ?? noLink} (accessed ${today})`;
  const snippet = embed && origin ? embedSnippet(origin, id, title) : '';
  return (
    <figure className={compact ? 'chart compact' : 'chart'} id={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {subtitle && <p>{subtitle}</p>}
      </figcaption>
      <div ref={box} className="chart-box">{children}</div>
      <p className="source">
        {source} · {permalink !== null ? <a href={permalink}>permalink</a> : <span data-testid="no-permalink">{noLink}</span>}
      </p>
      <div className="chart-actions" role="group" aria-label={`Download ${title}`}>
        {/* Disabled until hydrated (origin is set by an effect): a click before React attaches its handler would do nothing. */}
        <button type="button" disabled={busy || !origin} onClick={() => run(async () => {
          const d = svgDoc();
          downloadBlob(await svgToPng(d.svg, d.width, d.height), `${name}.png`);
        })}>
          Download PNG
        </button>
        <button type="button" disabled={busy || !origin} onClick={() => run(() => downloadBlob(new Blob([svgDoc().svg], { type: 'image/svg+xml' }), `${name}.svg`))}>
          Download SVG
        </button>
        <button type="button" disabled={busy || !origin} onClick={() => run(() => downloadBlob(new Blob([toCsv(data.header, data.rows)], { type: 'text/csv' }), `${name}.csv`))}>
          Download CSV
        </button>
        <button type="button" disabled={busy || !origin} title="The CSV with a README: title, source line, permalink and credits" onClick={() => run(() => {
          const zip = chartZip({ title, subtitle, source, permalink: absolute, permalinkNote: noLink }, name, data.header, data.rows, dataCredits(releases));
          downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `${name}.zip`);
        })}>
          CSV + README (ZIP)
        </button>
      </div>
      <details>
        <summary>Cite this{embed ? ' · embed' : ''} · data table</summary>
        <div className="copy-row">
          <p>Cite:</p>
          <CopyButton text={cite} label="Copy citation" />
        </div>
        <pre data-testid="cite">{cite}</pre>
        {embed && (
          <>
            <div className="copy-row">
              <p>Embed (the frame sizes itself to the chart; without the script it stays 640 px tall):</p>
              <CopyButton text={snippet} label="Copy embed code" />
            </div>
            <pre data-testid="embed">{snippet || 'Loading…'}</pre>
          </>
        )}
        <div className="table-wrap" style={{ maxHeight: 260, overflowY: 'auto' }}>
          <table>
            <thead>
              <tr>
                {data.header.map((h) => (
                  <th key={h} scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{c === null || c === undefined ? '' : String(c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {data.rows.length > PREVIEW_ROWS && <p className="muted">First {PREVIEW_ROWS} of {data.rows.length} rows; Download CSV for all.</p>}
      </details>
    </figure>
  );
}
