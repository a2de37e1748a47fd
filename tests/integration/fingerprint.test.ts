/**
 * What `npm start` reports about the database it serves (lib/build/fingerprint.ts builtFromOther): the
 * full build made by setup from these inputs and this code matches them, so a fresh build starts
 * without a note; the same database checked against other inputs (no reference labels, another
 * model, one input file changed) does not match.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFromOther } from '@/lib/build/fingerprint';
import { parseEnv } from '@/lib/env';

describe('the full build against its inputs', () => {
  const e = parseEnv();
  const db = process.env.ATLAS_DB!;
  const inputs = [e.ONET_DIR, e.BLS_DIR, e.REFERENCE_DIR];

  it('matches the inputs and code it was built from', () => {
    expect(builtFromOther(db, { inputDirs: inputs, model: e.EMBEDDING_MODEL })).toBe(false);
  });

  it('does not match other inputs: no reference labels, another model, a changed file', () => {
    expect(builtFromOther(db, { inputDirs: [e.ONET_DIR, e.BLS_DIR, undefined], model: e.EMBEDDING_MODEL })).toBe(true);
    expect(builtFromOther(db, { inputDirs: inputs, model: 'Xenova/all-MiniLM-L6-v2' })).toBe(true);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ref-'));
    try {
      fs.cpSync(e.REFERENCE_DIR!, copy, { recursive: true });
      const f = fs.readdirSync(copy, { recursive: true, withFileTypes: true }).find((d) => d.isFile())!;
      fs.appendFileSync(path.join(f.parentPath, f.name), '\n');
      expect(builtFromOther(db, { inputDirs: [e.ONET_DIR, e.BLS_DIR, copy], model: e.EMBEDDING_MODEL })).toBe(true);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('says nothing about a file with no fingerprint', () => {
    expect(builtFromOther(path.join(os.tmpdir(), 'no-such-atlas.db'), { inputDirs: inputs, model: e.EMBEDDING_MODEL })).toBe(false);
  });
});
