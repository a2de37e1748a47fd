'use client';

import { useEffect, useId, useRef, useState } from 'react';

interface Hit {
  onet_soc_code: string;
  title: string;
  matched_title: string;
}

/** Search any occupation by title (the site's job-title search) and pick one; Escape cancels. */
export function OccupationPicker({ label, onPick, onCancel }: { label: string; onPick: (code: string) => void; onCancel: () => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setHits] = useState<Hit[]>([]);
  const [fetchState, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const tooShort = q.trim().length < 2;
  const hits = tooShort ? [] : found;
  const state = tooShort ? 'idle' : fetchState;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      setState('loading');
      fetch(`/api/v1/search?q=${encodeURIComponent(term)}&limit=8`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : { results: [] }))
        .then((b: { results: Hit[] }) => {
          setHits(b.results);
          setState('done');
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [q]);

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
