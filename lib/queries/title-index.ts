/** The rows of the title search index (built at setup by lib/pipeline/search-index.ts) the matcher is built from. */
import type { Reader } from '../../db';
import { searchTitles, type TitleKind } from '../../db/schema/search';

export type { TitleKind };
export type IndexRow = Pick<typeof searchTitles.$inferSelect, 'onet_soc_code' | 'occupation_title' | 'title' | 'kind' | 'prior'>;

export function indexRows(db: Reader): IndexRow[] {
  return db
    .select({ onet_soc_code: searchTitles.onet_soc_code, occupation_title: searchTitles.occupation_title, title: searchTitles.title, kind: searchTitles.kind, prior: searchTitles.prior })
    .from(searchTitles)
    .all();
}
