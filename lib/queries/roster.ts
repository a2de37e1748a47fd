/** The figures a roster shows for each scored occupation (lib/roster/run.ts). */
import { eq } from 'drizzle-orm';
import { occupations, occupationScores } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import type { OccupationFigures } from '../roster/analyze';

const FIGURES = derived('rosterFigures', ({ db }): Map<string, OccupationFigures> => {
  const rows = db
    .select({ onet_soc_code: occupations.onet_soc_code, title: occupations.title, alpha: occupationScores.alpha, beta: occupationScores.beta, gamma: occupationScores.gamma })
    .from(occupations)
    .innerJoin(occupationScores, eq(occupationScores.onet_soc_code, occupations.onet_soc_code))
    .all();
  return new Map(rows.map(({ onet_soc_code, ...f }) => [onet_soc_code, f]));
});

export function rosterFigures(data: DataContext): Map<string, OccupationFigures> {
  return data.get(FIGURES);
}
