/**
 * Benchmark: embedding throughput of our pipeline (lib/embed/embedder.ts over Transformers.js
 * `pipeline('feature-extraction')`) against a raw onnxruntime-node session running the same model
 * file on the same batches, fed by the same tokenizer: the pipeline's overhead over doing it by hand.
 * Also prints the model-only floor (session.run on pre-tokenised batches) for scale.
 * Usage: npx tsx scripts/bench/embed.ts [--n 18796] [--batch 128] [--runs 5]
 */
import { AutoTokenizer } from '@huggingface/transformers';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { embedTexts, getExtractor, modelId } from '../../lib/embed/embedder';
import { modelDir } from '../../lib/embed/model-config';

const require = createRequire(import.meta.url);
const ort = require('onnxruntime-node') as typeof import('onnxruntime-node');
const arg = (k: string, d: number) => (process.argv.includes(k) ? Number(process.argv[process.argv.indexOf(k) + 1]) : d);
const batch = arg('--batch', 128);
const runs = arg('--runs', 5);
const onet = path.resolve(process.env.ONET_DIR ?? '../shared/data/onet');
const all = fs.readFileSync(path.join(onet, 'Task Statements.txt'), 'utf8').split(/\r?\n/).slice(1).map((l) => l.split('\t')[2]).filter(Boolean);
const texts = all.slice(0, arg('--n', all.length)).sort((a, b) => a.length - b.length);

async function main() {
  const id = modelId();
  await getExtractor(id);
  await embedTexts(texts.slice(0, 256));
  const tok = await AutoTokenizer.from_pretrained(id);
  const session = await ort.InferenceSession.create(path.join(modelDir(id), 'onnx/model.onnx'));
  const feed = (enc: { input_ids: { data: unknown; dims: number[] }; attention_mask: { data: unknown; dims: number[] } }) => ({
    input_ids: new ort.Tensor('int64', enc.input_ids.data as BigInt64Array, enc.input_ids.dims),
    attention_mask: new ort.Tensor('int64', enc.attention_mask.data as BigInt64Array, enc.attention_mask.dims),
  });
  const feeds: Array<ReturnType<typeof feed>> = [];
  for (let i = 0; i < texts.length; i += batch) feeds.push(feed(tok(texts.slice(i, i + batch), { padding: true, truncation: true })));
  await session.run(feeds[0]);
  const time = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  const ours: number[] = [];
  const raw: number[] = [];
  const model: number[] = [];
  // Interleaved runs, medians: the machine's other load hits both sides alike.
  for (let r = 0; r < runs; r++) {
    ours.push(await time(() => embedTexts(texts, { batchSize: batch })));
    raw.push(
      await time(async () => {
        for (let i = 0; i < texts.length; i += batch) await session.run(feed(tok(texts.slice(i, i + batch), { padding: true, truncation: true })));
      }),
    );
    model.push(
      await time(async () => {
        for (const f of feeds) await session.run(f);
      }),
    );
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const oursMs = med(ours);
  const rawMs = med(raw);
  const modelMs = med(model);
  const rate = (ms: number) => Math.round(texts.length / (ms / 1000)).toLocaleString('en-US');
  console.log(`model ${id}, ${texts.length} task statements, batch ${batch}, median of ${runs} interleaved runs`);
  console.log(`pipeline (tokenise + run + pool): ${oursMs.toFixed(0)} ms, ${rate(oursMs)} sentences/s`);
  console.log(`raw session (tokenise + run):     ${rawMs.toFixed(0)} ms, ${rate(rawMs)} sentences/s`);
  console.log(`model only (session.run, pre-tokenised): ${modelMs.toFixed(0)} ms, ${rate(modelMs)} sentences/s`);
  console.log(`ratio pipeline / raw: ${(oursMs / rawMs).toFixed(2)}× (target ≤ 1.25×)`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
