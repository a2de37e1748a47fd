import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the project reads, validated here (`.env.example` lists them all).
 * Parsed once by `env()`. Paths are resolved against the working directory (the repo root).
 */
const optionalDir = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? path.resolve(/* turbopackIgnore: true */ v) : undefined));

const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v.trim() !== '' && v.trim() !== '0' && v.trim().toLowerCase() !== 'false');

const EnvSchema = z.object({
  ATLAS_DB: z
    .string()
    .trim()
    .default('data/atlas.db')
    .transform((v) => path.resolve(/* turbopackIgnore: true */ v || 'data/atlas.db')),
  ONET_DIR: optionalDir,
  BLS_DIR: optionalDir,
  REFERENCE_DIR: optionalDir,
  ATLAS_CACHE_DIR: z
    .string()
    .trim()
    .default('data/cache')
    .transform((v) => path.resolve(/* turbopackIgnore: true */ v || 'data/cache')),
  EMBEDDING_MODEL: z.string().trim().min(1).default('atlas/glove-sif-100d'),
  ATLAS_MODELS_DIR: z
    .string()
    .trim()
    .default('models')
    .transform((v) => path.resolve(/* turbopackIgnore: true */ v || 'models')),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** interface `npm start` listens on */
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** server processes `npm start` runs on one port (default: one per core) */
  ATLAS_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** megabytes of rendered pages each server process keeps (server/page-cache.ts); 0 turns the cache off */
  ATLAS_PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** any non-empty value: CLI errors print their stack */
  ATLAS_DEBUG: flag,
  /** any non-empty value: the server does not warm the embedding model at start (benches, tests) */
  ATLAS_SKIP_WARMUP: flag,
  /** port of the server the browser tests start */
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  /** the Chromium the browser tests drive; default: Debian's /usr/bin/chromium, else Playwright's own */
  CHROMIUM_PATH: z.string().trim().optional().transform((v) => v || undefined),
  /** set by CI systems: tests use fixed seeds and one retry */
  CI: flag,
  /** the property tests' seed when CI is set */
  FC_SEED: z.coerce.number().int().default(20261129),
});

/** The name of every variable above, for `.env.example` and its test. */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape);

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`invalid environment variable ${String(first?.path[0])}: ${first?.message}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
