/**
 * Label layout for SVG charts without a browser's text metrics: widths are estimated from an average
 * glyph width (0.55 em for the UI font, generous so that estimates err on the wide side). Labels
 * wrap instead of being cut; column labels turn 40° when they are wider than their column.
 */
import { wrapText } from './export';

export const CHAR_EM = 0.55;
/** No chart text smaller than this, in CSS pixels (charts are drawn at the size they are shown). */
export const MIN_FONT = 11;

export const textWidth = (s: string, fontSize: number) => s.length * fontSize * CHAR_EM;

/** Lines of a label wrapped to maxWidth; a word longer than a line is split so nothing is cut off. */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const per = Math.max(4, Math.floor(maxWidth / (fontSize * CHAR_EM)));
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => (w.length <= per ? [w] : w.match(new RegExp(`.{1,${per}}`, 'g')) ?? [w]));
  return wrapText(words.join(' '), maxWidth, fontSize);
}

export interface ColumnLabels {
  rotate: boolean;
  /** vertical room the labels need below the axis */
  height: number;
}

/** Whether column labels fit their band flat, else turned by 40° (and the room that needs). */
export function columnLabels(labels: string[], bandwidth: number, fontSize: number): ColumnLabels {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  if (widest <= bandwidth - 2) return { rotate: false, height: fontSize + 8 };
  return { rotate: true, height: Math.ceil(widest * Math.sin((40 * Math.PI) / 180) + fontSize + 8) };
}

/** An axis title's lines (12 px), wrapped to the chart's width so it is never cut on a phone. */
export function axisTitleLines(title: string, width: number): string[] {
  return wrapLabel(title, width - 16, 12);
}
