/** What the run-time text scorer (lib/score/runtime.ts TextScorer) is built from, read from the database. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Reader } from '../../db';
import { artifacts, embeddings, occupations, referenceLabels, rubricGroups, tasks, taskScores } from '../../db/schema';

export function scorerRows(db: Reader) {
  const groups = db.select({ id: rubricGroups.group_id, name: rubricGroups.name, kind: rubricGroups.kind, description: rubricGroups.description }).from(rubricGroups).orderBy(asc(rubricGroups.position)).all();
  const exRows = db.select({ ref: embeddings.ref, text: embeddings.text, vector: embeddings.vector }).from(embeddings).where(eq(embeddings.kind, 'exemplar')).all();
  const model = db.select({ data: artifacts.data }).from(artifacts).where(eq(artifacts.key, 'calibration_model')).get();
  // The labelled tasks only matter with a calibration model (a build without reference labels has neither).
  const labels = model
    ? db
        .select({ task_id: referenceLabels.task_id, onet_soc_code: referenceLabels.onet_soc_code, statement: referenceLabels.statement, gpt4: referenceLabels.gpt4, vector: embeddings.vector })
        .from(referenceLabels)
        .innerJoin(embeddings, and(eq(embeddings.kind, 'label'), eq(embeddings.ref, sql`CAST(${referenceLabels.task_id} AS TEXT)`)))
        .orderBy(asc(referenceLabels.task_id))
        .all()
    : null;
  const taskRows = db
    .select({ task_id: tasks.task_id, onet_soc_code: tasks.onet_soc_code, title: occupations.title, statement: tasks.statement, beta: taskScores.beta, vector: embeddings.vector })
    .from(tasks)
    .innerJoin(occupations, eq(occupations.onet_soc_code, tasks.onet_soc_code))
    .innerJoin(taskScores, eq(taskScores.task_id, tasks.task_id))
    .innerJoin(embeddings, and(eq(embeddings.kind, 'task'), eq(embeddings.ref, sql`CAST(${tasks.task_id} AS TEXT)`)))
    .orderBy(asc(tasks.task_id))
    .all();
  return { groups, exRows, model, labels, taskRows };
}

export type ScorerRows = ReturnType<typeof scorerRows>;
