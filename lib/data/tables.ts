import { sql } from 'drizzle-orm';
import type { Reader } from '../../db';

/** True when the database has this table (or view): a build from an older release may lack some. */
export function tableExists(db: Reader, name: string): boolean {
  return db.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM sqlite_master WHERE type IN ('table', 'view') AND name = ${name}`) !== undefined;
}
