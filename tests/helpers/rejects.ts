/** A table of inputs a query schema rejects, each naming the field its first issue is about. */
import { expect, test } from 'vitest';
import type { z } from 'zod';

export function testRejects(schema: z.ZodType, cases: Array<[Record<string, string>, string]>) {
  test.each(cases)('rejects %j naming %s', (input, field) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path[0]).toBe(field);
  });
}
