/** The OpenAPI 3.1 document, with query parameters generated from the same zod schemas the routes use. */
import { z } from 'zod';
import { observedQuery, observedRowSchema, observedUseSchema } from './observed-query';
import { ERROR_STATUS, type ErrorCode } from '../http/errors';
import type { ReleaseLabels } from '../releases';
import { pathsQuery } from './paths-query';
import { scenarioBody } from './scenario-body';
import { formatQuery, occupationsQuery, searchQuery, skillsQuery } from './schemas';

const DESCRIPTIONS: Record<string, string> = {
  q: 'Text to match (search: a job title as people say it; occupations: part of the O*NET title or a code prefix)',
  group: 'SOC major (15-0000), minor (15-1200) or broad (15-1250) group code, or a 6-digit SOC code (29-1229); one this build does not have is a 400',
  beta_min: 'Minimum occupation beta (0–1)',
  beta_max: 'Maximum occupation beta (0–1)',
  emp_min: 'Minimum BLS employment (the OEWS release named in info.description)',
  wage_min: 'Minimum median annual wage (USD)',
  wage_max: 'Maximum median annual wage (USD)',
  job_zone: 'O*NET job zones, comma-separated (e.g. 4,5)',
  growth_min: 'Minimum projected employment change over the BLS projection period named in info.description, percent',
  sort: 'Sort key; nulls always last',
  dir: 'Sort direction',
  limit: 'Maximum rows returned',
  offset: 'Rows to skip',
  format: 'json (default) or csv',
  domain: 'Element domain',
  w_skills: 'Weight of fit in the path score: combined O*NET similarity (work activities, skills and knowledge, interests, work styles, preparation, tasks) blended with O*NET’s relatedness tier (relative; weights are normalised by their sum)',
  w_exposure: 'Weight of the exposure reduction',
  w_wage: 'Weight of the median wage change',
  w_growth: 'Weight of projected growth and annual openings',
  barriers: 'exclude (default): targets needing election or appointment, military service, a sworn law-enforcement post or a professional degree the source lacks are left out and listed in `barriers`; label: kept, each with its `barriers`',
  desirable_first: 'true (default): moves that keep the median wage within 15% of the source’s rank before the others',
};

function parameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, s]) => {
    const { $schema: _, ...json } = z.toJSONSchema(s as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, description: DESCRIPTIONS[name], schema: json };
  });
}

function bodySchema(schema: z.ZodType) {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

const stateParam = (description: string) => ({ name: 'state', in: 'query', required: false, description: `2-letter state postal code: ${description}`, schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } });
const codeParam = { name: 'code', in: 'path', required: true, description: 'O*NET-SOC code, e.g. 15-1252.00', schema: { type: 'string', pattern: '^\\d{2}-\\d{4}\\.\\d{2}$' } };
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });
const arr = (items: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'array', items, ...extra });
const num = { type: 'number' };
const numOrNull = { type: ['number', 'null'] };
const str = { type: 'string' };
const barrier = obj({ kind: { type: 'string', enum: ['election_or_appointment', 'military', 'sworn_law_enforcement', 'professional_degree'] }, reason: str });
const step = obj({ onet_soc_code: str, title: str, beta: num, job_zone: { type: ['integer', 'null'] }, wage: numOrNull, related_tier: { type: ['string', 'null'] }, fit: num });

const stateProps = { area: str, postal: str, name: str, release: str, employment: num, scored_employment: num, beta: numOrNull, share50: numOrNull, rank_beta: { type: 'integer' } };
const stateOccProps = { onet_soc_code: str, title: str, beta: num, employment: num, location_quotient: numOrNull, median_annual_wage: numOrNull };

const exposure = { alpha: { type: ['number', 'null'] }, beta: { type: ['number', 'null'] }, gamma: { type: ['number', 'null'] } };

/** The one JSON error body of the API (lib/http/errors): every error, every route. */
const errorResponse = {
  description: 'Error',
  content: {
    'application/json': {
      schema: obj({
        error: obj(
          {
            code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
            message: str,
            field: { type: ['string', 'null'], description: 'the parameter or body field at fault' },
            line: { type: ['integer', 'null'], description: '1-based line of an uploaded file' },
            issues: arr(obj({ path: str, message: str }), { description: 'every validation problem found' }),
          },
          { required: ['code', 'message', 'field', 'line', 'issues'] },
        ),
      }, { required: ['error'] }),
    },
  },
};

/**
 * An operation's error responses named by the taxonomy (code → HTTP status, the codes sharing a status listed together):
 * the codes given, invalid_query (every route refuses a query parameter it does not take) and internal.
 */
function errors(...codes: ErrorCode[]) {
  const out: Record<string, typeof errorResponse> = {};
  for (const c of new Set<ErrorCode>([...codes, 'invalid_query', 'internal'])) {
    const status = String(ERROR_STATUS[c]);
    const prev = out[status];
    out[status] = { ...errorResponse, description: prev ? `${prev.description}, ${c}` : c };
  }
  return out;
}

export function openApiDocument(version: string, r: ReleaseLabels) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Exposure Atlas API',
      version,
      description: `Exposure of U.S. occupations, tasks and skills to large language models. Data: ${r.onet} (USDOL/ETA, CC BY 4.0), BLS ${r.oews}, BLS ${r.projections}.`,
      license: { name: 'Data CC BY 4.0 (O*NET); code MIT' },
    },
    paths: {
      '/api/v1/search': {
        get: {
          summary: 'Occupations for a job title, best first (abbreviations and typos allowed)',
          parameters: parameters(searchQuery),
          responses: {
            '200': { description: 'Matches (empty below the match floor, with suggestions), the calibrated confidence that the first one is right, and whether to review it', content: { 'application/json': { schema: { type: 'object', properties: { results: { type: 'array', items: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, matched_title: { type: 'string' }, score: { type: 'number' } } } }, confidence: { type: 'number' }, needs_review: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } }, method: { type: 'string', enum: ['exact', 'words', 'fuzzy', 'semantic', 'none'] }, suggestions: { type: 'array', items: { type: 'string' } } } } } } },
            ...errors('invalid_query', 'unavailable'),
          },
        },
      },
      '/api/v1/occupations': {
        get: {
          summary: 'Occupations with BLS figures and exposure; filter, sort, page; CSV returns every matching row unless limited',
          parameters: parameters(occupationsQuery),
          responses: {
            '200': { description: 'JSON { total, offset, limit, results } or CSV', content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' }, results: { type: 'array', items: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, employment: { type: ['number', 'null'] }, median_wage: { type: ['number', 'null'] }, ...exposure } } } } } }, 'text/csv': { schema: { type: 'string' } } } },
            ...errors('invalid_query', 'unavailable'),
          },
        },
      },
      '/api/v1/occupations/{code}': {
        get: {
          summary: 'One occupation: alpha, beta, gamma at top level, tasks with class probabilities and evidence, skills, BLS figures, published indices',
          parameters: [codeParam],
          responses: { '200': { description: 'The occupation', content: { 'application/json': { schema: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, ...exposure, tasks: { type: 'array' }, skills: { type: 'array' }, bls: { type: 'object' }, observed_use: observedUseSchema } } } } }, ...errors('invalid_path', 'not_found', 'unavailable') },
        },
      },
      '/api/v1/observed': {
        get: {
          summary: 'Occupations with observed use of Claude (Anthropic Economic Index, Handa et al. 2025; the release named) beside their exposure: share of conversations, automation vs augmentation, coverage and observed exposure (exposure weighted by real use, automation 1, augmentation ½). Never an input to the exposure scores',
          parameters: parameters(observedQuery).map((p) => (p.name === 'group' ? { ...p, description: 'SOC major group code, e.g. 15-0000' } : p)),
          responses: {
            '200': { description: 'JSON { release, source, definitions, national, total, results } or CSV', content: { 'application/json': { schema: obj({ release: str, source: str, definitions: { type: 'object' }, national: { type: 'object' }, total: { type: 'integer' }, results: arr(observedRowSchema) }) }, 'text/csv': { schema: str } } },
            ...errors('invalid_query', 'unavailable'),
          },
        },
      },
      '/api/v1/geo/states': {
        get: {
          summary: 'The 51 state outlines (U.S. Census boundaries via us-atlas, Albers USA projection in a 975 × 610 frame) as SVG path data, for maps drawn in the browser',
          responses: { '200': { description: 'JSON { width, height, source, states: [{ fips, name, d, label }] }', content: { 'application/json': { schema: obj({ width: num, height: num, source: str, states: arr(obj({ fips: str, name: str, d: str, label: { type: ['array', 'null'] } })) }) } } }, ...errors() },
        },
      },
      '/api/v1/states': {
        get: {
          summary: 'Exposure of each state\'s workers (BLS OEWS state estimates, their own release): employment-weighted beta and share of workers in occupations with beta ≥ 0.5, with the U.S. as the sum of the states',
          parameters: parameters(formatQuery),
          responses: {
            '200': { description: 'JSON { release, us, results } or CSV', content: { 'application/json': { schema: obj({ release: str, us: obj(stateProps), results: arr(obj(stateProps)) }) }, 'text/csv': { schema: str } } },
            ...errors('invalid_query', 'unavailable'),
          },
        },
      },
      '/api/v1/states/{postal}': {
        get: {
          summary: 'One state: headline figures beside the U.S., most and least exposed occupations, highly exposed occupations concentrated there (location quotient), exposure by major group against the U.S.',
          parameters: [{ name: 'postal', in: 'path', required: true, description: 'State postal code, e.g. CA', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } }, ...parameters(formatQuery)],
          responses: {
            '200': { description: 'JSON or CSV (the listed occupations)', content: { 'application/json': { schema: obj({ state: obj(stateProps), us: obj(stateProps), most_exposed: arr(obj(stateOccProps)), least_exposed: arr(obj(stateOccProps)), exposed_and_concentrated: arr(obj(stateOccProps)), by_major_group: arr(obj({ major_group: str, title: str, state_beta: num, us_beta: numOrNull, state_employment: num })) }) }, 'text/csv': { schema: str } } },
            ...errors('invalid_path', 'invalid_query', 'not_found', 'unavailable'),
          },
        },
      },
      '/api/v1/skills': {
        get: { summary: 'Skills and knowledge with the exposure of the work that relies on them', parameters: parameters(skillsQuery), responses: { '200': { description: 'JSON { total, results } or CSV' }, ...errors('invalid_query', 'unavailable') } },
      },
      '/api/v1/occupations/{code}/paths': {
        get: {
          summary: 'Reskilling paths: related occupations clearly less exposed (by the stated margin), at most one job zone up, ranked by a score shown with its parts',
          parameters: [codeParam, ...parameters(pathsQuery)],
          responses: {
            '200': {
              description: 'The source, the rule, the weights used and the paths, best first',
              content: {
                'application/json': {
                  schema: obj({
                    source: obj({ onet_soc_code: str, title: str, beta: num, job_zone: { type: ['integer', 'null'] }, wage: numOrNull, growth: numOrNull }),
                    margin: { type: 'number', description: 'targets are at least this much less exposed (beta)' },
                    weights: obj({ skills: num, exposure: num, wage: num, growth: num }),
                    verdict: obj({ clear: { type: 'boolean', description: 'a close, desirable target at least 0.10 less exposed is among the top five' }, message: str }),
                    paths: arr(
                      obj({
                        onet_soc_code: str,
                        title: str,
                        beta: num,
                        exposure_reduction: num,
                        skill_similarity: num,
                        task_similarity: num,
                        job_zone: { type: ['integer', 'null'] },
                        wage: numOrNull,
                        wage_change: { type: ['number', 'null'], description: 'relative change of the median wage' },
                        growth: numOrNull,
                        openings: numOrNull,
                        score: num,
                        components: obj({ skills: num, exposure: num, wage: num, growth: num }, { description: 'the score’s parts, each 0–1, before weighting (skills: fit)' }),
                        similarity: obj({ combined: numOrNull, parts: obj({ activities: numOrNull, skills: numOrNull, interests: numOrNull, styles: numOrNull, preparation: numOrNull, tasks: numOrNull }) }, { description: 'centred cosines (−1 to 1) of the O*NET profiles and their weighted mean' }),
                        desirable: { type: 'boolean', description: 'median wage within 15% of the source’s (or unknown)' },
                        sources: arr({ type: 'string', enum: ['related', 'similar'] }),
                        related_tier: { type: ['string', 'null'], description: 'O*NET relatedness tier: Primary-Short, Primary-Long or Supplemental' },
                        barriers: arr(barrier, { description: 'barriers the source has not cleared (empty unless barriers=label)' }),
                        why: arr(str, { description: 'why it ranks where it does, in words' }),
                        gaps: arr(
                          obj({
                            element_id: str,
                            element: str,
                            domain: str,
                            from: { type: 'number', description: 'source level (0–7)' },
                            to: { type: 'number', description: 'target level (0–7)' },
                            importance: num,
                            anchor: { type: ['object', 'null'], properties: { level: num, description: str }, description: 'O*NET Level Scale Anchor closest to the target level' },
                            words: str,
                          }),
                          { description: 'each name once, by the target’s importance' },
                        ),
                        transfers: arr(obj({ element_id: str, element: str, domain: str, level: num })),
                      }),
                    ),
                    barriers: arr(obj({ onet_soc_code: str, title: str, barriers: arr(barrier) }), { description: 'targets left out for barriers (barriers=exclude)' }),
                    two_step: arr(
                      obj({
                        via: step,
                        target: { ...step, properties: { ...step.properties, exposure_reduction: num, wage_change: numOrNull, growth: numOrNull, openings: numOrNull } },
                        score: num,
                        components: obj({ skills: num, exposure: num, wage: num, growth: num }),
                        why: arr(str),
                      }),
                      { description: 'source → a close occupation → a clearly less exposed one, each step feasible' },
                    ),
                  }),
                },
              },
            },
            ...errors('invalid_path', 'invalid_query', 'not_found', 'unavailable'),
          },
        },
      },
      '/api/v1/scenarios/presets': {
        get: { summary: 'Preset capability scenarios and the capability groups their levels refer to (today = 0.5)', responses: { '200': { description: '{ presets, groups, today_level }' }, ...errors('unavailable') } },
      },
      '/api/v1/scenarios/evaluate': {
        post: {
          summary: 'Exposure of every occupation under a scenario: a preset id (e.g. {"preset": "agents"}) and/or capability levels per group (0–1; missing groups stay at the preset’s level, today’s 0.5 without one), adoption and whether LLM tools count',
          requestBody: { required: true, content: { 'application/json': { schema: bodySchema(scenarioBody([])) } } },
          responses: {
            '200': {
              description: 'Every occupation under the scenario, the national summary and the biggest movers (largest change in beta among occupations with at least 1,000 workers)',
              content: { 'application/json': { schema: obj({ scenario: obj({}), occupations: arr(obj({ onet_soc_code: str, alpha: num, beta: num, gamma: num, baseline_beta: num, change: num })), summary: obj({}), movers: arr(obj({})), ms: num }) } },
            },
            ...errors('invalid_input', 'not_found', 'payload_too_large', 'unavailable'),
          },
        },
      },
      '/api/v1/scenarios/tasks': {
        get: { summary: 'The prepared per-task arrays the scenarios page evaluates in the browser (binary, gzip; ETag)', parameters: [stateParam('weight occupations by this state’s workers (BLS state release) instead of the nation’s')], responses: { '200': { description: 'application/gzip', content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } } }, '304': { description: 'Not modified' }, ...errors('invalid_query', 'not_found', 'unavailable') } },
      },
      '/api/v1/scenarios/explain': {
        get: {
          summary: 'Why occupations move from scenario a to b, by their tasks: each task’s contribution to the change in beta and the capability group behind it',
          parameters: [
            { name: 'a', in: 'query', required: true, description: 'a preset id or a scenario string as in the /scenarios URL (e.g. 60*9.70*7_100_1)', schema: { type: 'string' } },
            { name: 'b', in: 'query', required: true, description: 'the same, for scenario b', schema: { type: 'string' } },
            { name: 'codes', in: 'query', required: true, description: 'comma-separated O*NET-SOC codes (1–20)', schema: { type: 'string' } },
            { name: 'limit', in: 'query', required: false, description: 'tasks per occupation (1–10, default 3)', schema: { type: 'integer', minimum: 1, maximum: 10 } },
          ],
          responses: {
            '200': {
              description: 'What each scenario assumes beyond the baseline, and the top tasks per occupation',
              content: { 'application/json': { schema: obj({ a: obj({}), b: obj({}), occupations: arr(obj({ onet_soc_code: str, title: str, task_count: num, tasks: arr(obj({ task_id: num, statement: str, beta_a: num, beta_b: num, contribution: num, group: obj({}) })) })) }) } },
            },
            ...errors('invalid_query', 'not_found', 'unavailable'),
          },
        },
      },
      '/api/v1/roster': {
        post: {
          summary: 'Match a roster (job title, headcount, optional department) to occupations: one row per input row in input order, with confidence and two alternatives; the organisation’s exposure; paths for the most exposed roles. Processed in memory, nothing stored; at most 2 MB and 10,000 rows',
          parameters: [{ name: 'format', in: 'query', required: false, description: 'json (default) or csv (the matched roster)', schema: { type: 'string', enum: ['json', 'csv'] } }, stateParam('compare the organisation with this state’s workforce instead of the nation’s')],
          requestBody: {
            required: true,
            content: {
              'text/csv': { schema: { type: 'string' } },
              'multipart/form-data': { schema: obj({ file: { type: 'string', format: 'binary' } }, { required: ['file'] }) },
              'application/json': { schema: obj({ csv: str, overrides: { type: 'object', additionalProperties: str, description: 'row index (0-based) → O*NET-SOC code: corrections' } }, { required: ['csv'] }) },
            },
          },
          responses: {
            '200': {
              description: 'Matched rows and the summary (or CSV)',
              content: {
                'application/json': { schema: obj({ rows: arr(obj({ job_title: str, headcount: num, onet_soc_code: str, title: str, confidence: num, beta: numOrNull })), summary: obj({}) }) },
                'text/csv': { schema: str },
              },
            },
            ...errors('invalid_query', 'invalid_input', 'not_found', 'payload_too_large', 'unsupported_media_type', 'unavailable'),
          },
        },
      },
      '/api/v1/charts/render': {
        post: {
          summary: 'Draw one chart (bars, columns, histogram, scatter, diverging bars) with recharts on the server at a given width, as SVG: how the pages redraw a chart at the width it is shown. At most 64 drawings wait per server process; beyond that a 503 with Retry-After',
          requestBody: { required: true, content: { 'application/json': { schema: obj({ spec: obj({ kind: str }), width: num }, { required: ['spec', 'width'] }) } } },
          responses: {
            '200': { description: 'The chart as SVG', content: { 'image/svg+xml': { schema: str } } },
            ...errors('invalid_input', 'payload_too_large', 'unavailable'),
          },
        },
      },
      '/api/v1/score': {
        post: {
          summary: 'Score a job description or task list: split into task sentences (the first 100 are scored; tasks_dropped says how many more there were), each scored like an O*NET task with its nearest O*NET tasks as evidence; overall exposure and the closest occupations. Text without a word is a 400. Nothing stored',
          requestBody: { required: true, content: { 'application/json': { schema: obj({ text: { type: 'string', maxLength: 20000 }, split: { type: 'boolean', default: true, description: 'false: score the text as one task' } }, { required: ['text'] }) } } },
          responses: {
            '200': {
              description: 'Overall exposure, scored tasks and closest occupations',
              content: {
                'application/json': {
                  schema: obj({
                    alpha: num,
                    beta: num,
                    gamma: num,
                    task_count: { type: 'integer', description: 'tasks scored' },
                    tasks_found: { type: 'integer', description: 'task sentences in the text' },
                    tasks_dropped: { type: 'integer', description: 'task sentences beyond max_tasks, not scored' },
                    max_tasks: { type: 'integer', description: 'the most tasks one request scores (100)' },
                    tasks: arr(obj({ text: str, beta: num, p_e0: num, p_e1: num, p_e2: num, nearest: arr(obj({})) })),
                    occupations: arr(obj({ onet_soc_code: str, title: str, beta: numOrNull })),
                  }),
                },
              },
            },
            ...errors('invalid_input', 'payload_too_large', 'unsupported_media_type', 'unavailable'),
          },
        },
      },
      '/api/v1/health': { get: { summary: 'Liveness and row counts', responses: { '200': { description: '{ ok: true, counts }' }, ...errors('unavailable') } } },
    },
  };
}
