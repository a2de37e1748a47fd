import type Database from 'better-sqlite3';
import { fromBlob } from '../score/vectors';
import { splitSkills, type ElementVerdict } from './split';

/** Reads one occupation's scored tasks, its rated skills/knowledge and their vectors, and splits them. */
export function occupationSkillSplit(sqlite: Database.Database, code: string): { exposed: ElementVerdict[]; durable: ElementVerdict[] } {
  const tasks = (
    sqlite
      .prepare("SELECT t.task_id, t.statement, s.beta, e.vector FROM tasks t JOIN task_scores s USING (task_id) JOIN embeddings e ON e.kind = 'task' AND e.ref = CAST(t.task_id AS TEXT) WHERE t.onet_soc_code = ?")
      .all(code) as Array<{ task_id: number; statement: string; beta: number; vector: Buffer }>
  ).map((r) => ({ task_id: r.task_id, statement: r.statement, beta: r.beta, vec: fromBlob(r.vector) }));
  const elements = (
    sqlite
      .prepare(
        "SELECT el.element_id, el.name, el.domain, oe.importance, oe.level, e.vector FROM occupation_elements oe JOIN elements el USING (element_id) JOIN embeddings e ON e.kind = 'element' AND e.ref = el.element_id WHERE oe.onet_soc_code = ? AND el.domain IN ('skill','knowledge') AND oe.importance IS NOT NULL",
      )
      .all(code) as Array<{ element_id: string; name: string; domain: string; importance: number; level: number | null; vector: Buffer }>
  ).map((r) => ({ ...r, vec: fromBlob(r.vector) }));
  return splitSkills(tasks, elements);
}
