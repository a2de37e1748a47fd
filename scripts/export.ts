/**
 * npm run --silent export -- --level <task|occupation|group|skill> --format <csv|json>
 *   Prints the level's table from ATLAS_DB to stdout (CSV with a header, or a JSON array).
 *   Errors go to stderr with exit 1.
 */
import { openReadonly } from '../lib/data';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { env } from '../lib/env';
import { objectsToCsv } from '../lib/export/csv';
import { exportLevel, LEVELS } from '../lib/queries/export-levels';
import { runMain, wantsHelp } from '../lib/cli';

const USAGE = `Usage: npm run --silent export -- --level <${LEVELS.join('|')}> [--format csv|json] [--db FILE]\n`;

const Args = z.object({
  level: z.enum(LEVELS, { error: `--level must be one of ${LEVELS.join(', ')}` }),
  format: z.enum(['csv', 'json'], { error: '--format must be csv or json' }).default('csv'),
  db: z.string().optional(),
});

runMain(() => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  const { values } = parseArgs({ args: argv, options: { level: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } }, strict: true });
  const parsed = Args.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0].message}\n${USAGE}`);
  const file = parsed.data.db ?? env().ATLAS_DB;
  if (!fs.existsSync(file)) throw new Error(`database not found at ${file}: run \`npm run setup\` first`);
  const db = openReadonly(file);
  try {
    const t = exportLevel(db, parsed.data.level);
    process.stdout.write(parsed.data.format === 'csv' ? objectsToCsv(t.rows, t.columns) : `${JSON.stringify(t.rows)}\n`);
  } finally {
    db.$client.close();
  }
});
