/**
 * What a cartesian chart shows, as plain data: pages build a spec, the server draws it with recharts
 * at the width the chart is shown at (app/_components/charts/recharts/) and the browser receives the
 * SVG. Formats are names, not functions, so a spec crosses the network (POST /api/v1/charts/render).
 */
import { z } from 'zod';
import { AXIS_FORMATS, CHART_MAX_WIDTH, CHART_MIN_WIDTH, type AxisFormat } from './axis-formats';

export { AXIS_FORMATS, CHART_MAX_WIDTH, CHART_MIN_WIDTH, WIDTH_STEP, type AxisFormat } from './axis-formats';

const format = z.enum(Object.keys(AXIS_FORMATS) as [AxisFormat, ...AxisFormat[]]);

const text = z.string().max(400);
const color = z.string().regex(/^#[0-9a-fA-F]{3,8}$|^rgb\(\d{1,3}, ?\d{1,3}, ?\d{1,3}\)$/, 'a #hex or rgb() colour');
const finite = z.number().finite();

const bar = z.object({ label: text, value: finite, color, tooltip: text, note: text.optional() });

/** Horizontal bars (signed values draw both ways from zero); labels wrap, never cut. */
const hbar = z.object({
  kind: z.literal('hbar'),
  data: z.array(bar).max(200),
  format,
  xTitle: text,
  xMax: finite.positive().optional(),
  labelWidth: z.number().int().min(60).max(400),
  ariaLabel: text,
});

/** Vertical columns, one or two series (a and b); signed values draw both ways from zero. */
const column = z.object({
  kind: z.literal('column'),
  data: z.array(z.object({ label: text, values: z.array(finite).min(1).max(2), colors: z.array(color).min(1).max(2), tooltips: z.array(text).min(1).max(2), note: text.optional() })).max(100),
  series: z.array(text).max(2).optional(),
  format,
  xTitle: text,
  yTitle: text,
  yMax: finite.positive().optional(),
  ariaLabel: text,
});

/** Circles with area ∝ size, x optionally logarithmic, an optional dashed line and a vertical marker; the legend says what colour and area mean. */
const scatter = z.object({
  kind: z.literal('scatter'),
  points: z.array(z.object({ id: text, x: finite, y: finite, size: finite.nonnegative(), color, tooltip: text })).max(3000),
  xTitle: text,
  yTitle: text,
  xFormat: format,
  yFormat: format,
  xLog: z.boolean().optional(),
  xDomain: z.tuple([finite, finite]).optional(),
  yDomain: z.tuple([finite, finite]).optional(),
  line: z.object({ points: z.array(z.tuple([finite, finite])).max(100), label: text }).optional(),
  legend: z.object({ color: z.object({ label: text, low: text, high: text }).optional(), size: z.object({ label: text, values: z.array(finite.positive()).max(5) }).optional() }).optional(),
  xMarker: z.object({ value: finite, label: text }).optional(),
  ariaLabel: text,
});

/** Diverging bars around zero; each label sits on the other side of the zero line from its bar. */
const diverging = z.object({
  kind: z.literal('diverging'),
  data: z.array(z.object({ key: text, label: text, value: finite, color, tooltip: text })).max(200),
  format,
  xTitle: text,
  leftLabel: text,
  rightLabel: text,
  marker: z.object({ value: finite, label: text }).optional(),
  ariaLabel: text,
});

export const chartSpecSchema = z.discriminatedUnion('kind', [hbar, column, scatter, diverging]);
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type HBarSpec = z.infer<typeof hbar>;
export type ColumnSpec = z.infer<typeof column>;
export type ScatterSpec = z.infer<typeof scatter>;
export type DivergingSpec = z.infer<typeof diverging>;
export type BarDatum = z.infer<typeof bar>;

export const chartRequestSchema = z.object({ spec: chartSpecSchema, width: z.number().int().min(CHART_MIN_WIDTH).max(CHART_MAX_WIDTH) });
export type ChartRequest = z.infer<typeof chartRequestSchema>;
