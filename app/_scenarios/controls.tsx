'use client';

import type { Preset, Scenario, ScenarioGroup } from '@/lib/scenarios/model';
import { sameScenario } from '@/lib/scenarios/url-state';

function Slider({ id, label, value, onChange, hint, disabled }: { id: string; label: string; value: number; onChange: (v: number) => void; hint?: string; disabled?: boolean }) {
  return (
    <div className="scn-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(value * 100)}
        aria-valuetext={`${value.toFixed(2)}${hint ? `, ${hint}` : ''}`}
        aria-disabled={disabled || undefined}
        onChange={(e) => onChange(Number(e.currentTarget.value) / 100)}
      />
      <output htmlFor={id} className={value === 0.5 ? 'today' : undefined}>{value.toFixed(2)}</output>
    </div>
  );
}

/** Presets, adoption, tools and one slider per capability group for one scenario. */
export function ScenarioControls({ name, sc, groups, presets, onChange }: { name: 'A' | 'B'; sc: Scenario; groups: ScenarioGroup[]; presets: Preset[]; onChange: (sc: Scenario) => void }) {
  const p = name.toLowerCase();
  const set = (id: string, v: number) => onChange({ ...sc, levels: { ...sc.levels, [id]: v } });
  const kinds = [
    { kind: 'E1' as const, legend: 'Direct: an LLM on its own (E1)' },
    { kind: 'E2' as const, legend: 'Tool-assisted: software built on an LLM (E2)' },
  ];
  return (
    <section className={`scn-panel scn-${p}`} aria-labelledby={`scn-${p}-title`}>
      <h2 id={`scn-${p}-title`}>
        <span className="scn-swatch" aria-hidden="true" /> Scenario {name}
      </h2>
      <div className="scn-presets" role="group" aria-label={`Presets for scenario ${name}`}>
        {presets.map((pr) => (
          <button key={pr.id} type="button" title={pr.description} aria-pressed={sameScenario(pr, sc, groups)} onClick={() => onChange({ levels: { ...pr.levels }, adoption: pr.adoption, tools: pr.tools })}>
            {pr.name}
          </button>
        ))}
      </div>
      <p className="muted scn-preset-desc" data-testid={`preset-desc-${p}`}>
        {presets.find((pr) => sameScenario(pr, sc, groups))?.description ?? 'Your own settings: compare them with the baseline in the figures above.'}
      </p>
      <Slider id={`${p}-adoption`} label="Adoption: share of exposed work that actually changes" value={sc.adoption} onChange={(v) => onChange({ ...sc, adoption: v })} />
      <label className="scn-toggle">
        <input type="checkbox" checked={sc.tools} onChange={(e) => onChange({ ...sc, tools: e.currentTarget.checked })} /> Count work that needs LLM software (E2)
      </label>
      {kinds.map(({ kind, legend }) => (
        <fieldset key={kind} className={kind === 'E2' && !sc.tools ? 'scn-off' : undefined}>
          <legend>
            {legend}
            {kind === 'E2' && !sc.tools && <span className="muted"> — no effect while tools do not count</span>}
          </legend>
          {groups
            .filter((g) => g.kind === kind)
            .map((g) => (
              <Slider key={g.id} id={`${p}-${g.id}`} label={g.name} value={sc.levels[g.id] ?? 0.5} hint={(sc.levels[g.id] ?? 0.5) === 0.5 ? 'today' : undefined} onChange={(v) => set(g.id, v)} disabled={kind === 'E2' && !sc.tools} />
            ))}
        </fieldset>
      ))}
    </section>
  );
}
