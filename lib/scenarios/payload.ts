/**
 * The compact binary form of the prepared scenario tasks, sent to the browser once so that a
 * scenario is evaluated there while a slider moves. Pure (no Node or DOM APIs): the route encodes,
 * the client decodes, tests round-trip.
 *
 * Layout (little-endian): "EAS1", u32 header length, header JSON (UTF-8), padding to 4 bytes, then
 * u16 p1[n], u16 p2[n] (probabilities × 65535), u16 occ[n], padding to 4, f32 weight[n],
 * u8 attribution[n × G] (each task's weights within a kind, × 255; re-normalised on decoding so
 * that every row sums to exactly 1 within its kind, which keeps "today" = baseline exact), then
 * u8 reach[n] (× 255: how far a rise in capability reaches each task; see model.ts).
 */
import type { LaborFigures, PreparedTasks, ScenarioGroup } from './model';

export interface PayloadOccupation {
  code: string;
  title: string;
  employment: number;
  wage: number | null;
  baseline: number;
}

export interface PayloadHeader {
  version: 2;
  tag: string;
  groups: ScenarioGroup[];
  n: number;
  /** in the order of PreparedTasks.codes (the occupation index of each task) */
  occupations: PayloadOccupation[];
}

export interface ClientScenarioData {
  tag: string;
  prep: PreparedTasks;
  occupations: PayloadOccupation[];
  labor: Map<string, LaborFigures>;
}

const MAGIC = [0x45, 0x41, 0x53, 0x31];
const pad4 = (x: number) => (x + 3) & ~3;

export function encodePayload(prep: PreparedTasks, occupations: PayloadOccupation[], tag: string): Uint8Array {
  const header: PayloadHeader = { version: 2, tag, groups: prep.groups, n: prep.n, occupations };
  const headBytes = new TextEncoder().encode(JSON.stringify(header));
  const n = prep.n;
  const G = prep.groups.length;
  const offHead = 8;
  const offP1 = pad4(offHead + headBytes.length);
  const offP2 = offP1 + 2 * n;
  const offOcc = offP2 + 2 * n;
  const offW = pad4(offOcc + 2 * n);
  const offA = offW + 4 * n;
  const offR = offA + n * G;
  const total = offR + n;
  const buf = new Uint8Array(total);
  const dv = new DataView(buf.buffer);
  MAGIC.forEach((b, i) => (buf[i] = b));
  dv.setUint32(4, headBytes.length, true);
  buf.set(headBytes, offHead);
  const q16 = (v: number) => Math.max(0, Math.min(65535, Math.round(v * 65535)));
  for (let i = 0; i < n; i++) {
    dv.setUint16(offP1 + 2 * i, q16(prep.p1[i]), true);
    dv.setUint16(offP2 + 2 * i, q16(prep.p2[i]), true);
    dv.setUint16(offOcc + 2 * i, prep.occ[i], true);
    dv.setFloat32(offW + 4 * i, prep.weight[i], true);
  }
  for (let i = 0; i < n * G; i++) buf[offA + i] = Math.round(prep.attribution[i] * 255);
  for (let i = 0; i < n; i++) buf[offR + i] = Math.round(prep.reach[i] * 255);
  return buf;
}

export function decodePayload(bytes: ArrayBuffer | Uint8Array): ClientScenarioData {
  const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (buf.length < 8 || MAGIC.some((b, i) => buf[i] !== b)) throw new Error('not a scenario payload');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headLen = dv.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headLen))) as PayloadHeader;
  if (header.version !== 2) throw new Error(`unsupported scenario payload version ${header.version}`);
  const { n, groups } = header;
  const G = groups.length;
  const offP1 = pad4(8 + headLen);
  const offP2 = offP1 + 2 * n;
  const offOcc = offP2 + 2 * n;
  const offW = pad4(offOcc + 2 * n);
  const offA = offW + 4 * n;
  const offR = offA + n * G;
  if (buf.length < offR + n) throw new Error('truncated scenario payload');
  const p1 = new Float64Array(n);
  const p2 = new Float64Array(n);
  const occ = new Int32Array(n);
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    p1[i] = dv.getUint16(offP1 + 2 * i, true) / 65535;
    p2[i] = dv.getUint16(offP2 + 2 * i, true) / 65535;
    occ[i] = dv.getUint16(offOcc + 2 * i, true);
    weight[i] = dv.getFloat32(offW + 4 * i, true);
  }
  const attribution = new Float64Array(n * G);
  const kinds = groups.map((g) => g.kind);
  const c1 = kinds.filter((k) => k === 'E1').length;
  const c2 = G - c1;
  for (let i = 0; i < n; i++) {
    const o = i * G;
    let s1 = 0;
    let s2 = 0;
    for (let g = 0; g < G; g++) {
      const v = buf[offA + o + g];
      if (kinds[g] === 'E1') s1 += v;
      else s2 += v;
    }
    for (let g = 0; g < G; g++) {
      const v = buf[offA + o + g];
      const e1 = kinds[g] === 'E1';
      const s = e1 ? s1 : s2;
      // A row quantised to all zeros (cannot happen with a softmax, but be safe) spreads evenly.
      attribution[o + g] = s > 0 ? v / s : 1 / (e1 ? c1 : c2);
    }
  }
  const codes = header.occupations.map((o) => o.code);
  const reach = Float64Array.from(buf.subarray(offR, offR + n), (v) => v / 255);
  const prep: PreparedTasks = { groups, n, p1, p2, weight, occ, codes, attribution, reach };
  const labor = new Map(header.occupations.map((o) => [o.code, { employment: o.employment, median_annual_wage: o.wage }]));
  return { tag: header.tag, prep, occupations: header.occupations, labor };
}

/** Decodes a payload that may be gzipped (as the API sends it), inflating with DecompressionStream. */
export async function decodeMaybeGzipped(bytes: ArrayBuffer): Promise<ClientScenarioData> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return decodePayload(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return decodePayload(await new Response(stream).arrayBuffer());
}
