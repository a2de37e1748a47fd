import { defineConfig } from 'drizzle-kit';
import { parseEnv } from './lib/env';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: parseEnv().ATLAS_DB },
});
