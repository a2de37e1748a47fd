'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { Mover } from '@/lib/scenarios/outcome';
import { signed } from '@/lib/charts/format';

interface Explained {
  onet_soc_code: string;
  task_count: number;
  tasks: Array<{ task_id: number; statement: string; beta_a: number; beta_b: number; contribution: number; group: { name: string; kind: 'E1' | 'E2' } | null }>;
}

const sign = (v: number) => signed(v, 3);

/**
 * The biggest movers explained by their tasks: which tasks change most between A and B, by how much
 * of the occupation's change, and the capability group behind it (GET /api/v1/scenarios/explain,
 * asked again once the sliders rest).
 */
export function MoverReasons({ query, movers }: { query: string; movers: Mover[] }) {
  const [state, setState] = useState<{ key: string; rows: Explained[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const codes = movers.slice(0, 6).map((m) => m.code).join(',');
  const key = `${query}&codes=${codes}`;
  useEffect(() => {
    if (!codes) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      fetch(`/api/v1/scenarios/explain?${key}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((b: { occupations: Explained[] }) => {
          setState({ key, rows: b.occupations });
          setError(null);
        })
        .catch((e: Error) => e.name !== 'AbortError' && setError(e.message));
    }, 300);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [key, codes]);
  if (!codes) return null;
  const byCode = new Map((state?.rows ?? []).map((r) => [r.onet_soc_code, r]));
  return (
    <section aria-labelledby="mover-reasons" className="mover-reasons">
      <h3 id="mover-reasons">Why they move: the tasks behind the change</h3>
      <p className="muted">
        For the six biggest movers, the tasks whose exposure changes most from A to B, each with its share of the occupation&apos;s change and the capability group whose level
        drives it. A task resembles a capability group when its wording is close to that group&apos;s examples in our rubric.
      </p>
      {error && <p className="muted">The explanations could not be loaded ({error}).</p>}
      <ul data-testid="mover-reasons" aria-busy={state?.key !== key}>
        {movers.slice(0, 6).map((m) => {
          const ex = byCode.get(m.code);
          return (
            <li key={m.code}>
              <Link href={`/occupations/${m.code}`}>{m.title}</Link> {sign(m.change)}
              {ex ? (
                <>
                {ex.tasks.length > 0 && (
                  <span className="muted">
                    {' '}— its {ex.tasks.length} biggest tasks below add {sign(ex.tasks.reduce((t, x) => t + x.contribution, 0))}; the rest is spread over its other {ex.task_count - ex.tasks.length} tasks.
                  </span>
                )}
                <ul>
                  {ex.tasks.map((t) => (
                    <li key={t.task_id}>
                      “{t.statement}” — {(t.beta_a * 100).toFixed(0)}% → {(t.beta_b * 100).toFixed(0)}% exposed (adds {sign(t.contribution)} to the occupation)
                      {t.group ? <>; it resembles <strong>{t.group.name}</strong> work ({t.group.kind === 'E1' ? 'an LLM alone' : 'with LLM software'})</> : ''}
                    </li>
                  ))}
                </ul>
                </>
              ) : (
                !error && <span className="muted"> …</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
