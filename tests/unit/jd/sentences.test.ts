import { describe, expect, test } from 'vitest';
import { SINGLE_TASK_CHARS, taskSentences } from '@/lib/jd/sentences';

describe('taskSentences', () => {
  test.each([
    [' \n\t ', true, /^is empty$/],
    ['!!! ??? ... --- 123', true, /^has no words/],
    ['?!?! ... 42', false, /^has no words/],
    ['Hello there', true, /^no task sentences found/],
  ])('%j (split %s) is refused with the reason', (text, split, reason) => {
    const r = taskSentences(text, split, 100);
    expect('problem' in r && r.problem).toMatch(reason);
  });

  test('split: the first `max` task sentences, and how many there were', () => {
    const text = Array.from({ length: 7 }, (_, i) => `- Prepare the weekly report number ${i}`).join('\n');
    expect(taskSentences(text, true, 5)).toEqual({ tasks: expect.any(Array), found: 7 });
    expect((taskSentences(text, true, 5) as { tasks: string[] }).tasks).toHaveLength(5);
  });

  test('one task: the text with its spaces collapsed, cut to the single-task length', () => {
    expect(taskSentences('  Draft   contracts\nfor clients ', false, 100)).toEqual({ tasks: ['Draft contracts for clients'], found: 1 });
    const long = 'Write '.repeat(200);
    expect((taskSentences(long, false, 100) as { tasks: string[] }).tasks[0]).toHaveLength(SINGLE_TASK_CHARS);
  });
});
