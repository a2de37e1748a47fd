import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

export interface TreemapLeaf {
  id: string;
  label: string;
  group: string;
  groupLabel: string;
  size: number;
  value: number | null;
  /** how the size reads in a tooltip (e.g. that the employment is a share of a split BLS figure) */
  sizeText?: string;
}

export interface TreemapRect {
  id: string;
  label: string;
  group: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
  value: number | null;
  sizeText?: string;
}

export interface TreemapGroupRect {
  group: string;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
}

/** Squarified two-level treemap (group → leaf), sizes must be positive; others are dropped. */
export function layoutTreemap(leaves: TreemapLeaf[], width: number, height: number): { groups: TreemapGroupRect[]; leaves: TreemapRect[] } {
  type Node = { name: string; label: string; children?: Node[]; leaf?: TreemapLeaf };
  const groups = new Map<string, Node>();
  for (const l of leaves) {
    if (!(l.size > 0)) continue;
    if (!groups.has(l.group)) groups.set(l.group, { name: l.group, label: l.groupLabel, children: [] });
    groups.get(l.group)!.children!.push({ name: l.id, label: l.label, leaf: l });
  }
  const root = hierarchy<Node>({ name: 'root', label: '', children: [...groups.values()] })
    .sum((d) => d.leaf?.size ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<Node>().tile(treemapSquarify).size([width, height]).paddingOuter(1).paddingTop(14).paddingInner(0.5).round(false)(root);
  const out = { groups: [] as TreemapGroupRect[], leaves: [] as TreemapRect[] };
  for (const n of root.descendants()) {
    const r = n as typeof n & { x0: number; y0: number; x1: number; y1: number };
    if (n.depth === 1) out.groups.push({ group: n.data.name, label: n.data.label, x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, size: n.value ?? 0 });
    if (n.depth === 2 && n.data.leaf) out.leaves.push({ id: n.data.leaf.id, label: n.data.leaf.label, group: n.data.leaf.group, x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, size: n.data.leaf.size, value: n.data.leaf.value, sizeText: n.data.leaf.sizeText });
  }
  return out;
}
