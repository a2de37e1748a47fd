'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTitleSearch } from '@/app/_components/use-title-search';

/** Search any occupation by title (the site's job-title search) and pick one; Escape cancels. */
export function OccupationPicker({ label, onPick, onCancel }: { label: string; onPick: (code: string) => void; onCancel: () => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const { hits, status: state } = useTitleSearch(q, { limit: 8, delay: 150 });
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  return (
    <div className="picker" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label htmlFor={`${id}-q`}>{label}</label>
      <div style={{ display: 'flex', gap: 6 }}>
        <input id={`${id}-q`} ref={input} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Type an occupation or job title" autoComplete="off" style={{ flex: 1, minWidth: 0 }} />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ul aria-label="Occupations found" aria-live="polite" style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
        {hits.map((h) => (
          <li key={h.onet_soc_code} style={{ margin: '2px 0' }}>
            <button type="button" onClick={() => onPick(h.onet_soc_code)} style={{ textAlign: 'left', width: '100%' }}>
              {h.title} <span className="muted">({h.onet_soc_code})</span>
              {h.matched_title !== h.title && <span className="muted"> · “{h.matched_title}”</span>}
            </button>
          </li>
        ))}
        {state === 'done' && hits.length === 0 && <li className="muted">No occupation found.</li>}
      </ul>
    </div>
  );
}
