import path from 'node:path';
import { z } from 'zod';

/** Environment, parsed once. Paths are resolved against the working directory (the repo root). */
const optionalDir = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? path.resolve(v) : undefined));

const EnvSchema = z.object({
  ATLAS_DB: z
    .string()
    .trim()
    .default('data/atlas.db')
    .transform((v) => path.resolve(v || 'data/atlas.db')),
  ONET_DIR: optionalDir,
  BLS_DIR: optionalDir,
  REFERENCE_DIR: optionalDir,
  ATLAS_CACHE_DIR: z
    .string()
    .trim()
    .default('data/cache')
    .transform((v) => path.resolve(v || 'data/cache')),
  EMBEDDING_MODEL: z.string().trim().min(1).default('atlas/glove-sif-100d'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

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
