/**
 * POST /api/v1/score `{ text, split? }`: a job description (or one task when split is false) →
 * task sentences, each embedded and scored like an O*NET task with its nearest O*NET tasks and
 * rubric exemplars as evidence; overall exposure = mean over the tasks; the closest occupations.
 * The first MAX_TASKS (100) task sentences are scored; `tasks_found` and `tasks_dropped` say how many
 * the text had and how many were left out. Text without a word (a letter) is a 400. Nothing is stored.
 */
import { z } from 'zod';
import { HttpError, readJson, route } from '@/lib/http';
import { overallExposure } from '@/lib/jd/overall';
import { taskSentences } from '@/lib/jd/sentences';
import { MAX_TASKS } from '@/lib/jd/split';
import { occupationIndex } from '@/lib/queries/occupations';
import { scoreTexts, suggestOccupations } from '@/lib/server/scorer';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const MAX_TEXT_CHARS = 20_000;
/** Bytes of JSON that can carry MAX_TEXT_CHARS characters, even escaped. */
const BODY_LIMIT = 8 * MAX_TEXT_CHARS;

const body = z.object({
  text: z.string({ error: 'is required (a string)' }).max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS} characters`),
  split: z.boolean().default(true),
});

export const POST = route(async (req) => {
  const { text, split } = await readJson(req, body, { limit: BODY_LIMIT, requireJsonType: true, example: '{ "text": "…" }' });
  const sentences = taskSentences(text, split, MAX_TASKS);
  if ('problem' in sentences) throw new HttpError('invalid_input', `text: ${sentences.problem}`, { field: 'text' });
  const { tasks: texts, found } = sentences;

  const data = requestData();
  const scored = await scoreTexts(data, texts);
  const { alpha, beta: overall, gamma, known } = overallExposure(scored);
  const occupations = suggestOccupations(data, text, known, 5).map((o) => ({ ...o, beta: occupationIndex(data).get(o.onet_soc_code)?.beta ?? null }));
  return Response.json(
    {
      alpha,
      beta: overall,
      gamma,
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
