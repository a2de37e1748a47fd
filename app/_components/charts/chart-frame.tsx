'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { toChartCsv, type Cell } from '@/lib/charts/csv';
import { composeExportSvg, exportSize, slug, sourceLine } from '@/lib/charts/export';
import { downloadBlob, svgToPng } from '@/lib/charts/png';

const PREVIEW_ROWS = 25;

export interface ChartData {
  header: string[];
  rows: Cell[][];
}

/**
 * A chart with its title, source line and the exports policymakers need: PNG, SVG and the CSV behind
 * it, each carrying title, source and permalink; plus "cite this" and an embed snippet.
 * The chart itself arrives as children (server-rendered SVG); this component never fetches.
 */
export function ChartFrame({ id, title, subtitle, version, source: sourceOverride, permalink, data, children, embed = true, compact = false }: { compact?: boolean; id: string; title: string; subtitle?: string; version: string; /** replaces the default source line (national releases) when a chart uses other data */ source?: string; permalink: string; data: ChartData; children: ReactNode; embed?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const source = sourceOverride ?? sourceLine(version);
  const abs = () => new URL(permalink, window.location.origin).toString();
  const name = slug(title);

  const svgDoc = (): { svg: string; width: number; height: number } => {
    const el = box.current?.querySelector('svg');
    if (!el) throw new Error('chart has no SVG');
    const [, , w, h] = (el.getAttribute('viewBox') ?? '0 0 640 360').split(/\s+/).map(Number);
    const meta = { title, subtitle, source, permalink: abs() };
    const svg = composeExportSvg(new XMLSerializer().serializeToString(el), w, h, meta);
    return { svg, ...exportSize(w, h, meta) };
  };

  const run = (fn: () => Promise<void> | void) => async () => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  const year = new Date().getFullYear();
  const cite = `Exposure Atlas (${year}). “${title}.” ${source}. ${permalink}`;
  return (
    <figure className={compact ? 'chart compact' : 'chart'} id={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {subtitle && <p>{subtitle}</p>}
      </figcaption>
      <div ref={box}>{children}</div>
      <p className="source">
        {source} · <a href={permalink}>permalink</a>
      </p>
      <div className="chart-actions" role="group" aria-label={`Download ${title}`}>
        <button type="button" disabled={busy} onClick={run(async () => {
          const d = svgDoc();
          downloadBlob(await svgToPng(d.svg, d.width, d.height), `${name}.png`);
        })}>
          Download PNG
        </button>
        <button type="button" disabled={busy} onClick={run(() => downloadBlob(new Blob([svgDoc().svg], { type: 'image/svg+xml' }), `${name}.svg`))}>
          Download SVG
        </button>
        <button type="button" disabled={busy} onClick={run(() => downloadBlob(new Blob([toChartCsv({ title, source, permalink: abs() }, data.header, data.rows)], { type: 'text/csv' }), `${name}.csv`))}>
          Download CSV
        </button>
      </div>
      <details>
        <summary>Cite this{embed ? ' · embed' : ''} · data table</summary>
        <p>Cite:</p>
        <pre>{cite}</pre>
        {embed && (
          <>
            <p>Embed:</p>
            <EmbedSnippet id={id} title={title} />
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

/** The iframe snippet, with this site's address filled in once the page runs in a browser. */
function EmbedSnippet({ id, title }: { id: string; title: string }) {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return <pre>{`<iframe src="${origin}/embed/${id}" title="${title.replace(/"/g, '&quot;')}" width="680" height="480" style="border:0"></iframe>`}</pre>;
}
