import fs from 'node:fs';
import { expect, test } from 'vitest';
import { SAMPLE_ROSTER } from '@/app/roster/sample';
import { parseRoster } from '@/lib/roster/parse';

test('the sample offered on /roster is the fixture file, and it parses', () => {
  expect(SAMPLE_ROSTER).toBe(fs.readFileSync('tests/fixtures/rosters/sample.csv', 'utf8'));
  const { rows, columns } = parseRoster(SAMPLE_ROSTER);
  expect(rows.length).toBe(20);
  expect(columns.department).toBe('Department');
});
