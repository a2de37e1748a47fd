/** The scenario request body, built from the rubric's capability groups (read from the database). */
import { z } from 'zod';
import { presets, type Scenario, type ScenarioGroup } from '@/lib/scenarios/model';
import { statePostal } from './schemas';

const unit = z.number({ error: 'must be a number from 0 to 1' }).min(0, 'must be at least 0').max(1, 'must be at most 1');

export function scenarioBody(groups: ScenarioGroup[]) {
  const known = new Set(groups.map((g) => g.id));
  // Keys are checked on the parsed JSON itself: a "__proto__" key is an own property there, but would
  // vanish (become the prototype) once copied into a plain object.
  const levels = z.preprocess(
    (raw, ctx) => {
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
        for (const k of Object.keys(raw)) {
          if (!known.has(k)) ctx.addIssue({ code: 'custom', path: [k], message: `unknown capability group; known groups: ${[...known].join(', ')}`, input: raw });
        }
      }
      return raw;
    },
    z.record(z.string(), unit, { error: 'must be an object of capability group → level (0–1)' }),
  );
  const all = presets(groups);
  const ids = all.map((p) => p.id);
  return z
    .strictObject(
      {
        preset: z.enum(ids as [string, ...string[]], { error: `not a preset id; one of ${ids.join(', ')}` }).optional(),
        levels: levels.optional(),
        adoption: unit.optional(),
        tools: z.boolean({ error: 'must be true or false' }).optional(),
        movers: z.number().int('must be an integer').min(0).max(100).default(15),
        state: statePostal.optional(),
      },
      { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}: expected preset, levels, adoption, tools, movers, state` : 'must be a JSON object') },
    )
    .transform(({ preset, levels, adoption, tools, movers, state }): ScenarioBody => {
      // A preset is the starting point (as in the explain API); fields given beside it override it, levels group by group.
      const base = all.find((p) => p.id === preset) ?? { levels: {}, adoption: 1, tools: true };
      return { levels: { ...base.levels, ...levels }, adoption: adoption ?? base.adoption, tools: tools ?? base.tools, movers, ...(state ? { state } : {}), ...(preset ? { preset } : {}) };
    });
}

export type ScenarioBody = Scenario & { movers: number; state?: string; preset?: string };
