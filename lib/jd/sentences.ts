/**
 * The task sentences to score in a text someone submits: split into task sentences (at most
 * `max`), or the whole text as one task (its first SINGLE_TASK_CHARS characters). A text that holds
 * no task is refused with the reason, in words a person can act on.
 */
import { countWords, splitJobDescription } from './split';

export const SINGLE_TASK_CHARS = 400;

export type TaskSentences = { tasks: string[]; found: number } | { problem: string };

export function taskSentences(text: string, split: boolean, max: number): TaskSentences {
  if (text.trim() === '') return { problem: 'is empty' };
  if (countWords(text) === 0) return { problem: 'has no words (only punctuation, digits or symbols): write tasks such as "Draft contracts for clients"' };
  if (!split) return { tasks: [text.replace(/\s+/g, ' ').trim().slice(0, SINGLE_TASK_CHARS)], found: 1 };
  const { tasks, found } = splitJobDescription(text, max);
  if (tasks.length === 0) return { problem: 'no task sentences found (write tasks of at least three words, one per line or sentence)' };
  return { tasks, found };
}
