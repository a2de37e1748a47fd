import type { ReactNode } from 'react';

/** A column: its header, the header's tooltip, and whether it holds figures (right-aligned, class `num`). */
export interface Column {
  head: ReactNode;
  title?: string;
  num?: boolean;
}

/**
 * A table in its scrolling wrapper: a caption for screen readers, one header row from `columns`
 * (a `false` entry is a column left out) and the body rows given as children.
 */
export function DataTable({ columns, caption, className, wrap = 'table-wrap', children }: { columns: (Column | false)[]; caption?: ReactNode; className?: string; wrap?: string; children: ReactNode }) {
  return (
    <div className={wrap}>
      <table className={className}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => c && <th key={i} scope="col" className={c.num ? 'num' : undefined} title={c.title}>{c.head}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
