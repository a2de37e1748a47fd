/**
 * Text → unit vector, through Transformers.js `pipeline('feature-extraction')` with mean pooling and
 * normalisation. The default model is built locally (lib/embed/build-model.ts) and never touches the
 * network; EMBEDDING_MODEL may name any Transformers.js model for users who are online.
 * The pipeline is a lazy singleton that caches the promise.
 */
import { env as hf, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { env } from '../env';
import { isLocalDefaultModel, isModelBuilt, LOCAL_MODEL_PIPELINE_OPTIONS, modelDir, modelsDir } from './model-config';

const g = globalThis as unknown as { __atlasExtractor?: { id: string; p: Promise<FeatureExtractionPipeline> } };

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

/** Embeds texts in batches; empty texts and texts with no known words give a zero vector. */
export async function embedTexts(texts: string[], opts: { batchSize?: number; onProgress?: (done: number, total: number) => void; id?: string } = {}): Promise<Float32Array[]> {
  const extractor = await getExtractor(opts.id);
  const batch = opts.batchSize ?? 256;
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += batch) {
    const chunk = texts.slice(i, i + batch).map((t) => (t.trim() === '' ? '[UNK]' : t));
    const tensor = await extractor(chunk, { pooling: 'mean', normalize: true });
    const [n, d] = tensor.dims as [number, number];
    const data = tensor.data as Float32Array;
    for (let r = 0; r < n; r++) {
      const v = new Float32Array(d);
      for (let j = 0; j < d; j++) {
        const x = data[r * d + j];
        v[j] = Number.isFinite(x) ? x : 0;
      }
      out.push(v);
    }
    opts.onProgress?.(Math.min(i + batch, texts.length), texts.length);
  }
  return out;
}

/** One query text → unit vector (for search and job descriptions). */
export async function embedQuery(text: string): Promise<Float32Array> {
  const [v] = await embedTexts([text]);
  return v;
}
