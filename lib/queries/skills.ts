import { chainElementScores } from '../skills/aggregate';
import { skillChainData } from '../skills/load';
import { memo, sqlite, stmt, type Sqlite } from './db';

export interface SkillRow {
  element_id: string;
  name: string;
  domain: 'skill' | 'knowledge' | 'ability' | 'work_activity' | 'work_context';
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  employment: number | null;
  occupations: number | null;
  rated_occupations: number;
}

/**
 * Every rated element; skills and knowledge with their exposure through the work that uses them
 * (tasks → work activities ← elements, lib/skills), nationally, employment- and importance-weighted.
 */
export function listSkills(db: Sqlite = sqlite()): SkillRow[] {
  return memo(db, 'listSkills', () => {
    const employment = new Map((stmt(db, 'SELECT onet_soc_code, employment FROM occupation_labor').all() as Array<{ onet_soc_code: string; employment: number | null }>).map((r) => [r.onet_soc_code, r.employment]));
    const scores = new Map(chainElementScores(skillChainData(db), employment).map((s) => [s.element_id, s]));
    const rows = stmt(
      db,
      `SELECT e.element_id, e.name, e.domain, (SELECT count(*) FROM occupation_elements oe WHERE oe.element_id = e.element_id) AS rated_occupations
       FROM elements e ORDER BY e.domain, e.element_id`,
    ).all() as Array<Pick<SkillRow, 'element_id' | 'name' | 'domain' | 'rated_occupations'>>;
    return rows.map((r) => {
      const s = scores.get(r.element_id);
      return { ...r, alpha: s?.alpha ?? null, beta: s?.beta ?? null, gamma: s?.gamma ?? null, employment: s?.employment ?? null, occupations: s?.occupations ?? null };
    });
  });
}

export interface SkillOccupation {
  onet_soc_code: string;
  title: string;
  importance: number | null;
  level: number | null;
  beta: number | null;
}

/** Occupations where a skill matters most (importance), with their exposure. */
export function skillTopOccupations(elementId: string, limit = 10, db: Sqlite = sqlite()): SkillOccupation[] {
  return stmt(
    db,
    `SELECT o.onet_soc_code, o.title, oe.importance, oe.level, s.beta FROM occupation_elements oe
     JOIN occupations o ON o.onet_soc_code = oe.onet_soc_code LEFT JOIN occupation_scores s ON s.onet_soc_code = o.onet_soc_code
     WHERE oe.element_id = ? AND oe.not_relevant = 0 ORDER BY oe.importance DESC, oe.level DESC LIMIT ?`,
  ).all(elementId, limit) as SkillOccupation[];
}
