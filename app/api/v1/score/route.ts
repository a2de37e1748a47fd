/**
 * POST /api/v1/score `{ text, split? }`: a job description (or one task when split is false) →
 * task sentences, each embedded and scored like an O*NET task with its nearest O*NET tasks and
 * rubric exemplars as evidence; overall exposure = mean over the tasks; the closest occupations.
 * The first MAX_TASKS (100) task sentences are scored; `tasks_found` and `tasks_dropped` say how many
 * the text had and how many were left out. Text without a word (a letter) is a 400. Nothing is stored.
 */
import { z } from 'zod';
import { HttpError, readJson, route } from '@/lib/http';
import { countWords, MAX_TASKS, splitJobDescription } from '@/lib/jd/split';
import { sqlite, stmt } from '@/lib/queries/db';
import { scoreTexts, suggestOccupations } from '@/lib/server/scorer';

export const dynamic = 'force-dynamic';

const MAX_TEXT_CHARS = 20_000;
/** Bytes of JSON that can carry MAX_TEXT_CHARS characters, even escaped. */
const BODY_LIMIT = 8 * MAX_TEXT_CHARS;
const SINGLE_TASK_CHARS = 400;

const body = z.object({
  text: z.string({ error: 'is required (a string)' }).max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS} characters`),
  split: z.boolean().default(true),
});

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export const POST = route(async (req) => {
  const { text, split } = await readJson(req, body, { limit: BODY_LIMIT, requireJsonType: true, example: '{ "text": "…" }' });
  if (text.trim() === '') throw new HttpError('invalid_input', 'text: is empty', { field: 'text' });
  if (countWords(text) === 0) throw new HttpError('invalid_input', 'text: has no words (only punctuation, digits or symbols): write tasks such as "Draft contracts for clients"', { field: 'text' });
  const single = text.replace(/\s+/g, ' ').trim().slice(0, SINGLE_TASK_CHARS);
  const { tasks: texts, found } = split ? splitJobDescription(text, MAX_TASKS) : { tasks: [single], found: 1 };
  if (texts.length === 0) throw new HttpError('invalid_input', 'text: no task sentences found (write tasks of at least three words, one per line or sentence)', { field: 'text' });

  const scored = await scoreTexts(texts);
  // Texts with no word known to the model carry only the prior: they do not move the overall figure.
  const known = scored.filter((s) => !s.unknown);
  const basis = known.length ? known : scored;
  const db = sqlite();
  const beta = stmt(db, 'SELECT beta FROM occupation_scores WHERE onet_soc_code = ?');
  const occupations = suggestOccupations(db, text, known, 5).map((o) => ({ ...o, beta: (beta.get(o.onet_soc_code) as { beta: number } | undefined)?.beta ?? null }));
  return Response.json(
    {
      alpha: mean(basis.map((s) => s.alpha)),
      beta: mean(basis.map((s) => s.beta)),
      gamma: mean(basis.map((s) => s.gamma)),
      task_count: scored.length,
      tasks_found: found,
      tasks_dropped: found - scored.length,
      max_tasks: MAX_TASKS,
      unknown_tasks: scored.length - known.length,
      tasks: scored.map(({ text: t, beta: b, alpha, gamma, p_e0, p_e1, p_e2, method, unknown, nearest, exemplars }) => ({ text: t, beta: b, alpha, gamma, p_e0, p_e1, p_e2, method, unknown, nearest, exemplars })),
      occupations,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
