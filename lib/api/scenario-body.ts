/** The scenario request body, built from the rubric's capability groups (read from the database). */
import { z } from 'zod';
import type { Scenario, ScenarioGroup } from '@/lib/scenarios/model';
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
  return z.strictObject(
    {
      levels: levels.default({}),
      adoption: unit.default(1),
      tools: z.boolean({ error: 'must be true or false' }).default(true),
      movers: z.number().int('must be an integer').min(0).max(100).default(15),
      state: statePostal.optional(),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}: expected levels, adoption, tools, movers, state` : 'must be a JSON object') },
  );
}

export type ScenarioBody = Scenario & { movers: number; state?: string };
