import { sqlite, stmt, type Sqlite } from './db';

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

/** Every skill and knowledge element with its exposure (the work that relies on it), when scored. */
export function listSkills(db: Sqlite = sqlite()): SkillRow[] {
  return stmt(
    db,
    `SELECT e.element_id, e.name, e.domain, s.alpha, s.beta, s.gamma, s.employment, s.occupations,
            (SELECT count(*) FROM occupation_elements oe WHERE oe.element_id = e.element_id) AS rated_occupations
     FROM elements e LEFT JOIN element_scores s ON s.element_id = e.element_id ORDER BY e.domain, e.element_id`,
  ).all() as SkillRow[];
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
