/**
 * POST /api/v1/score `{ text, split? }`: a job description (or one task when split is false) →
 * task sentences, each embedded and scored like an O*NET task with its nearest O*NET tasks and
 * rubric exemplars as evidence; overall exposure = mean over the tasks; the closest occupations.
 * The first MAX_TASKS (100) task sentences are scored; `tasks_found` and `tasks_dropped` say how many
 * the text had and how many were left out. Text without a word (a letter) is a 400. Nothing is stored.
 */
import { z } from 'zod';
import { countWords, MAX_TASKS, splitJobDescription } from '@/lib/jd/split';
import { occupationIndex } from '@/lib/queries/occupations';
import { scoreTexts, suggestOccupations } from '@/lib/server/scorer';
import { InputError, inputErrorResponse, mediaType, parseJson, readBody } from '../roster/http';
import { requestData } from '@/app/_data';

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

export async function POST(req: Request) {
  try {
    if (mediaType(req) !== 'application/json') throw new InputError('unsupported_media_type', 'send application/json { "text": "…" }');
    const { text, split } = body.parse(parseJson(await readBody(req, BODY_LIMIT)));
    if (text.trim() === '') throw new InputError('invalid_input', 'text: is empty', null, 'text');
    if (countWords(text) === 0) throw new InputError('invalid_input', 'text: has no words (only punctuation, digits or symbols): write tasks such as "Draft contracts for clients"', null, 'text');
    const single = text.replace(/\s+/g, ' ').trim().slice(0, SINGLE_TASK_CHARS);
    const { tasks: texts, found } = split ? splitJobDescription(text, MAX_TASKS) : { tasks: [single], found: 1 };
    if (texts.length === 0) throw new InputError('invalid_input', 'text: no task sentences found (write tasks of at least three words, one per line or sentence)', null, 'text');

    const data = requestData();
    const scored = await scoreTexts(data, texts);
    // Texts with no word known to the model carry only the prior: they do not move the overall figure.
    const known = scored.filter((s) => !s.unknown);
    const basis = known.length ? known : scored;
    const occupations = suggestOccupations(data, text, known, 5).map((o) => ({ ...o, beta: occupationIndex(data).get(o.onet_soc_code)?.beta ?? null }));
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
  } catch (err) {
    return inputErrorResponse(err);
  }
}
