/** The OpenAPI 3.1 document, with query parameters generated from the same zod schemas the routes use. */
import { z } from 'zod';
import { occupationsQuery, searchQuery, skillsQuery } from './schemas';

const DESCRIPTIONS: Record<string, string> = {
  q: 'Text to match (search: a job title as people say it; occupations: part of the O*NET title or a code prefix)',
  group: 'SOC major (15-0000), minor (15-1200) or broad (15-1250) group code',
  beta_min: 'Minimum occupation beta (0–1)',
  beta_max: 'Maximum occupation beta (0–1)',
  emp_min: 'Minimum BLS employment (May 2023)',
  wage_min: 'Minimum median annual wage (USD)',
  wage_max: 'Maximum median annual wage (USD)',
  job_zone: 'O*NET job zones, comma-separated (e.g. 4,5)',
  growth_min: 'Minimum projected employment change 2024–34, percent',
  sort: 'Sort key; nulls always last',
  dir: 'Sort direction',
  limit: 'Maximum rows returned',
  offset: 'Rows to skip',
  format: 'json (default) or csv',
  domain: 'Element domain',
};

function parameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, s]) => {
    const { $schema: _, ...json } = z.toJSONSchema(s as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, description: DESCRIPTIONS[name], schema: json };
  });
}

const errorResponse = {
  description: 'Invalid request',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const exposure = { alpha: { type: ['number', 'null'] }, beta: { type: ['number', 'null'] }, gamma: { type: ['number', 'null'] } };

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Exposure Atlas API',
      version,
      description: 'Exposure of U.S. occupations, tasks and skills to large language models. Data: O*NET 30.1 (USDOL/ETA, CC BY 4.0), BLS OEWS May 2023, BLS Employment Projections 2024–34.',
      license: { name: 'Data CC BY 4.0 (O*NET); code MIT' },
    },
    paths: {
      '/api/v1/search': {
        get: {
          summary: 'Occupations for a job title, best first (abbreviations and typos allowed)',
          parameters: parameters(searchQuery),
          responses: {
            '200': { description: 'Matches', content: { 'application/json': { schema: { type: 'object', properties: { results: { type: 'array', items: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, matched_title: { type: 'string' }, score: { type: 'number' } } } } } } } } },
            '400': errorResponse,
          },
        },
      },
      '/api/v1/occupations': {
        get: {
          summary: 'Occupations with BLS figures and exposure; filter, sort, page; CSV returns every matching row unless limited',
          parameters: parameters(occupationsQuery),
          responses: {
            '200': { description: 'JSON { total, offset, limit, results } or CSV', content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' }, results: { type: 'array', items: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, employment: { type: ['number', 'null'] }, median_wage: { type: ['number', 'null'] }, ...exposure } } } } } }, 'text/csv': { schema: { type: 'string' } } } },
            '400': errorResponse,
          },
        },
      },
      '/api/v1/occupations/{code}': {
        get: {
          summary: 'One occupation: alpha, beta, gamma at top level, tasks with class probabilities and evidence, skills, BLS figures, published indices',
          parameters: [{ name: 'code', in: 'path', required: true, description: 'O*NET-SOC code, e.g. 15-1252.00', schema: { type: 'string', pattern: '^\\d{2}-\\d{4}\\.\\d{2}$' } }],
          responses: { '200': { description: 'The occupation', content: { 'application/json': { schema: { type: 'object', properties: { onet_soc_code: { type: 'string' }, title: { type: 'string' }, ...exposure, tasks: { type: 'array' }, skills: { type: 'array' }, bls: { type: 'object' } } } } } }, '404': errorResponse },
        },
      },
      '/api/v1/skills': {
        get: { summary: 'Skills and knowledge with the exposure of the work that relies on them', parameters: parameters(skillsQuery), responses: { '200': { description: 'JSON { total, results } or CSV' }, '400': errorResponse } },
      },
      '/api/v1/health': { get: { summary: 'Liveness and row counts', responses: { '200': { description: '{ ok: true, counts }' } } } },
    },
  };
}
