'use client';
/**
 * The site's job-title search as you type (GET /api/v1/search), shared by the header's search box and
 * the roster's occupation picker: waits `delay` ms after the last keystroke, aborts the request a newer
 * term replaces, and asks nothing for terms under two characters (their results read as empty).
 */
import { useEffect, useState } from 'react';

export interface TitleHit {
  onet_soc_code: string;
  title: string;
  matched_title: string;
  score: number;
}

export interface TitleSearch {
  /** the hits for the current term ([] for a term under two characters) */
  hits: TitleHit[];
  /** the term those hits answer (null before any answer, or for a term under two characters) */
  term: string | null;
  status: 'idle' | 'loading' | 'done';
}

export function useTitleSearch(q: string, { limit = 8, delay = 120 }: { limit?: number; delay?: number } = {}): TitleSearch {
  const [found, setFound] = useState<{ hits: TitleHit[]; term: string | null; loading: boolean }>({ hits: [], term: null, loading: false });
  const term = q.trim();
  const tooShort = term.length < 2;

  useEffect(() => {
    if (term.length < 2) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      setFound((f) => ({ ...f, loading: true }));
      fetch(`/api/v1/search?q=${encodeURIComponent(term)}&limit=${limit}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ results: TitleHit[] }>) : { results: [] }))
        .then((body) => setFound({ hits: body.results, term, loading: false }))
        .catch(() => {});
    }, delay);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [term, limit, delay]);

  if (tooShort) return { hits: [], term: null, status: 'idle' };
  return { hits: found.hits, term: found.term, status: found.loading ? 'loading' : found.term === null ? 'idle' : 'done' };
}
