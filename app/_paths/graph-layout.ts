/**
 * Layout of the path graph: the source on the right at its exposure, each target at its own
 * exposure (x), one row per target in score order (y) with its label in a left column; links from
 * the source to each target with a width proportional to the score. Pure: tested without a DOM.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';

export interface GraphNode {
  code: string;
  title: string;
  beta: number;
  score: number;
  employment: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  labelWidth: number;
  axisY: number;
  source: { x: number; y: number; r: number };
  marginBand: { x0: number; x1: number };
  targets: Array<GraphNode & { x: number; y: number; r: number; link: string; linkWidth: number }>;
  /** axis ticks with labels precise enough to be distinct (0.05 steps print two decimals) */
  ticks: Array<{ x: number; value: number; label: string }>;
}

export function layoutPaths(source: { beta: number; employment: number }, targets: GraphNode[], margin: number, width = 820): GraphLayout {
  const row = 30;
  const m = { top: 24, bottom: 62, left: 300, right: 150 };
  const height = m.top + m.bottom + row * Math.max(targets.length, 3);
  // The axis spans the betas shown (to the nearest 0.1), so that nearby targets stay apart.
  const betas = [source.beta, ...targets.map((t) => t.beta)];
  const lo = Math.max(0, Math.floor(Math.min(...betas) * 10 - 0.5) / 10);
  const hi = Math.min(1, Math.ceil(Math.max(...betas) * 10 + 0.5) / 10);
  const x = scaleLinear().domain([lo, hi]).range([m.left + 20, width - m.right]);
  const maxEmp = Math.max(source.employment, ...targets.map((t) => t.employment), 1);
  const r = scaleSqrt().domain([0, maxEmp]).range([3, 14]);
  const scores = targets.map((t) => t.score);
  const lw = scaleLinear().domain([Math.min(...scores, 0), Math.max(...scores, 1e-9)]).range([1.5, 9]);
  const sy = m.top + (row * Math.max(targets.length, 3)) / 2;
  const sx = x(source.beta);
  const format = x.tickFormat(5);
  const link = linkHorizontal<{ s: [number, number]; t: [number, number] }, [number, number]>()
    .source((d) => d.s)
    .target((d) => d.t);
  return {
    width,
    height,
    labelWidth: m.left,
    axisY: height - m.bottom + 8,
    source: { x: sx, y: sy, r: r(source.employment) },
    marginBand: { x0: x(Math.max(0, source.beta - margin)), x1: sx },
    targets: targets.map((t, i) => {
      const ty = m.top + row * i + row / 2;
      const tx = x(t.beta);
      return { ...t, x: tx, y: ty, r: r(t.employment), link: link({ s: [sx, sy], t: [tx, ty] }) ?? '', linkWidth: lw(t.score) };
    }),
    ticks: x.ticks(5).map((v) => ({ x: x(v), value: v, label: format(v) })),
  };
}
