/**
 * readUpload: a file as the raw body, in a multipart form or inside JSON, each bounded; the reasons
 * a person gets when the upload is not one of those.
 */
import { describe, expect, it, test } from 'vitest';
import { z } from 'zod';
import { HttpError, readUpload } from '@/lib/http';

const opts = { what: 'the roster', limit: 100, field: 'file', json: { schema: z.object({ csv: z.string().max(100) }), limit: 300, example: '{ csv }' } };
const send = (body: BodyInit, type?: string) => readUpload(new Request('http://x/', { method: 'POST', body, headers: type ? { 'content-type': type } : {} }), opts);

async function refused(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('expected an HttpError');
}

describe('readUpload', () => {
  test.each(['text/csv', 'text/plain; charset=utf-8', 'text/tab-separated-values', 'application/csv'])('%s: the raw body', async (type) => {
    const r = await send('a,b\n1,2\n', type);
    expect('file' in r && new TextDecoder().decode(r.file as Uint8Array)).toBe('a,b\n1,2\n');
  });

  it('multipart: the file field, bounded by the file limit', async () => {
    const form = new FormData();
    form.append('file', new Blob(['a,b\n']), 'r.csv');
    const r = await readUpload(new Request('http://x/', { method: 'POST', body: form }), opts);
    expect('file' in r && new TextDecoder().decode(r.file as Uint8Array)).toBe('a,b\n');
    const big = new FormData();
    big.append('file', new Blob(['x'.repeat(101)]), 'r.csv');
    const e = await refused(readUpload(new Request('http://x/', { method: 'POST', body: big }), opts));
    expect([e.code, e.field, e.message]).toEqual(['payload_too_large', 'file', 'the file is 101 bytes; the limit is 100 bytes (100 bytes)']);
  });

  it('multipart without the field, or malformed: 400 naming the field', async () => {
    const form = new FormData();
    form.append('other', 'x');
    expect(await refused(readUpload(new Request('http://x/', { method: 'POST', body: form }), opts))).toMatchObject({ code: 'invalid_input', field: 'file' });
    expect(await refused(send('--nope\r\n\r\n', 'multipart/form-data; boundary=xyz'))).toMatchObject({ code: 'invalid_input', field: 'file' });
  });

  it('JSON: validated by the schema, an overlong string a 413', async () => {
    expect(await send('{"csv":"a,b"}', 'application/json')).toEqual({ json: { csv: 'a,b' } });
    expect(await refused(send('{"csv":3}', 'application/json'))).toMatchObject({ code: 'invalid_input', field: 'csv' });
    expect(await refused(send(JSON.stringify({ csv: 'x'.repeat(150) }), 'application/json'))).toMatchObject({ code: 'payload_too_large', field: 'csv' });
  });

  test.each([['application/xml'], ['image/png'], [undefined]])('%s: 415 saying what is accepted', async (type) => {
    const e = await refused(send(new Uint8Array([1, 2]), type));
    expect(e.code).toBe('unsupported_media_type');
    expect(e.message).toMatch(/send text\/csv, multipart\/form-data \(field "file"\) or application\/json \{ csv \}$/);
  });
});
