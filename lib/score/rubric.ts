import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const RubricGroupSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'group ids are lower_snake_case'),
  name: z.string().min(1),
  kind: z.enum(['E1', 'E2', 'sheltered']),
  description: z.string().min(1),
  exemplars: z.array(z.string().min(3)).min(2, 'each group needs at least two exemplars'),
});

export const RubricSchema = z
  .object({
    version: z.string().min(1),
    description: z.string(),
    groups: z.array(RubricGroupSchema).min(3),
  })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    r.groups.forEach((g, i) => {
      if (ids.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `duplicate group id ${g.id}` });
      ids.add(g.id);
    });
    for (const kind of ['E1', 'E2', 'sheltered'] as const) {
      if (!r.groups.some((g) => g.kind === kind)) ctx.addIssue({ code: 'custom', path: ['groups'], message: `the rubric needs at least one ${kind} group` });
    }
  });

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricGroup = z.infer<typeof RubricGroupSchema>;

export const RUBRIC_PATH = path.resolve(process.cwd(), 'data/rubric.json');

export function loadRubric(file = RUBRIC_PATH): Rubric {
  let raw: unknown;
  if (!fs.existsSync(file)) throw new Error(`${path.basename(file)}: rubric file not found at ${file}`);
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${path.basename(file)}: not valid JSON (${(e as Error).message})`);
  }
  const r = RubricSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${path.basename(file)}: ${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}
