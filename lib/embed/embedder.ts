/**
 * Text → unit vector, through Transformers.js `pipeline('feature-extraction')` with mean pooling and
 * normalisation. The default model is built locally (lib/embed/build-model.ts) and never touches the
 * network; EMBEDDING_MODEL may name any Transformers.js model for users who are online.
 * The pipeline is a lazy singleton that caches the promise.
 */
import { env as hf, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { env } from '../env';
import { embedCallOptions, isLocalDefaultModel, isModelBuilt, LOCAL_MODEL_PIPELINE_OPTIONS, modelDir, modelsDir } from './model-config';

declare global {
  // One pipeline per process, kept across hot reloads in development.
  var __atlasExtractor: { id: string; p: Promise<FeatureExtractionPipeline> } | undefined;
}
const g = globalThis;

export function modelId(): string {
  return env().EMBEDDING_MODEL;
}

export function getExtractor(id = modelId()): Promise<FeatureExtractionPipeline> {
  if (g.__atlasExtractor?.id === id) return g.__atlasExtractor.p;
  const local = isLocalDefaultModel(id);
  hf.localModelPath = modelsDir();
  hf.allowLocalModels = true;
  hf.allowRemoteModels = !local;
  if (local && !isModelBuilt(modelDir(id))) {
    return Promise.reject(new Error(`embedding model ${id} is not built: run \`npm run build-model\` (or \`npm run setup\`)`));
  }
  const p = pipeline('feature-extraction', id, local ? { ...LOCAL_MODEL_PIPELINE_OPTIONS } : {}) as Promise<FeatureExtractionPipeline>;
  g.__atlasExtractor = { id, p };
  p.catch(() => {
    if (g.__atlasExtractor?.p === p) g.__atlasExtractor = undefined;
  });
  return p;
}

/**
 * Embeds texts in batches (sorted by length, so batches pad little). Texts with no known word get a
 * zero vector: they carry no meaning and must not look similar to each other.
 */
export async function embedTexts(texts: string[], opts: { batchSize?: number; onProgress?: (done: number, total: number) => void; id?: string } = {}): Promise<Float32Array[]> {
  const id = opts.id ?? modelId();
  const extractor = await getExtractor(id);
  const call = embedCallOptions(id);
  const batch = opts.batchSize ?? 128;
  const out = new Array<Float32Array>(texts.length);
  const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length);
  const local = isLocalDefaultModel(id);
  const run = async (chunk: string[]) => {
    // Our model writes the finished sentence vector at the [CLS] position: take those rows from the
    // unpooled output (`pooling: 'cls'` would first copy them through a generic tensor slice).
    const tensor = await extractor(chunk, local ? { pooling: 'none' } : call);
    const data = tensor.data as Float32Array;
    const vs: Float32Array[] = [];
    if (local) {
      const [n, s, d] = tensor.dims as [number, number, number];
      for (let r = 0; r < n; r++) vs.push(data.slice(r * s * d, r * s * d + d));
    } else {
      const [n, d] = tensor.dims as [number, number];
      for (let r = 0; r < n; r++) vs.push(data.slice(r * d, (r + 1) * d));
    }
    return vs;
  };
  const [nullVec] = await run(['']);
  let done = 0;
  for (let i = 0; i < order.length; i += batch) {
    const idx = order.slice(i, i + batch);
    const vs = await run(idx.map((k) => texts[k]));
    vs.forEach((v, j) => {
      let c = 0;
      for (let k = 0; k < v.length; k++) c += v[k] * nullVec[k];
      out[idx[j]] = c > 0.999 ? new Float32Array(v.length) : v;
    });
    done += idx.length;
    opts.onProgress?.(done, texts.length);
  }
  return out;
}

/** One query text → unit vector (for search and job descriptions). */
export async function embedQuery(text: string): Promise<Float32Array> {
  const [v] = await embedTexts([text]);
  return v;
}
