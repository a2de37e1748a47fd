/**
 * The offline embedding model builder (lib/embed/build-model.ts): builds a tiny model from synthetic word
 * vectors, loads it with Transformers.js exactly as the app does, and checks the embeddings against the
 * SIF + principal-component-removal formula computed here independently.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tensor, env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { SIF_A, ZIPF_K, buildDefaultModel, type BuildModelResult } from '../../lib/embed/build-model';
import { DEFAULT_MODEL_ID, embedCallOptions, isLocalDefaultModel, isModelBuilt, modelDir, modelsDir } from '../../lib/embed/model-config';

const DIM = 8;

// Source words in frequency order. Some must not become vocabulary entries.
const SOURCE_WORDS = [
  'the', ',', '.', 'and', 'a', 'of', 'on', 'in',
  'nurse', 'doctor', 'hospital', 'patient',
  'truck', 'driver', 'road', 'cargo',
  'award-winning', // three BERT tokens → dropped
  'café', // normalises to "cafe"
  'cafe', // duplicate of the above after normalisation → dropped (the more frequent spelling wins)
  'Blood', // normalises to "blood"
  'two words', // two tokens → dropped
  'x'.repeat(101), // longer than WordPiece's max_input_chars_per_word → dropped
  '2000',
];
const EXPECTED_VOCAB = ['[PAD]', '[UNK]', '[CLS]', 'the', ',', '.', 'and', 'a', 'of', 'on', 'in', 'nurse', 'doctor', 'hospital', 'patient', 'truck', 'driver', 'road', 'cargo', 'cafe', 'blood', '2000'];

/** Deterministic vectors: a strong common component, plus a topic direction for medical and transport words. */
function syntheticVectors(): number[][] {
  let seed = 12345;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648 - 0.5) * 0.6;
  };
  return SOURCE_WORDS.map((w, i) => {
    const v = Array.from({ length: DIM }, (_, d) => 2 + 0.3 * d + noise()); // common component
    if (i >= 8 && i <= 11) [v[0], v[1]] = [v[0] + 3, v[1] + 2]; // medical topic
    if (i >= 12 && i <= 15) [v[2], v[3]] = [v[2] + 3, v[3] + 2]; // transport topic
    if (w === 'Blood') [v[0], v[1]] = [v[0] + 2, v[1] + 1.5];
    return v;
  });
}

// ─── Independent reference implementation ────────────────────────────────────────────────────────────────

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const unit = (v: number[]) => {
  const n = Math.sqrt(dot(v, v));
  return v.map((x) => x / n);
};

interface Reference {
  /** Float rows after SIF weighting and PC removal, by token. */
  rows: Map<string, number[]>;
  u: number[];
  /** Rows with SIF weighting but without PC removal, and raw rows, to show the test tells them apart. */
  weightedOnly: Map<string, number[]>;
  raw: Map<string, number[]>;
}

function reference(a: number, k: number): Reference {
  const vectors = syntheticVectors();
  const n = SOURCE_WORDS.length;
  let h = 0;
  for (let r = 1; r <= n; r++) h += 1 / (r + k);
  const token = (w: string) => (w === 'café' ? 'cafe' : w.toLowerCase());
  const kept = SOURCE_WORDS.map((w, i) => ({ w, i })).filter(({ w }) => EXPECTED_VOCAB.includes(token(w)) && w !== 'cafe');
  const weighted = kept.map(({ w, i }) => {
    const p = 1 / ((i + 1 + k) * h);
    return { t: token(w), p, x: vectors[i].map((v) => (a / (a + p)) * v) };
  });
  // C = Σ p x xᵀ, top eigenvector by plain power iteration from the all-ones vector.
  const c = Array.from({ length: DIM }, (_, i) => Array.from({ length: DIM }, (_, j) => weighted.reduce((s, { p, x }) => s + p * x[i] * x[j], 0)));
  let u = unit(Array(DIM).fill(1));
  for (let it = 0; it < 20_000; it++) u = unit(c.map((row) => dot(row, u)));
  const rows = new Map(weighted.map(({ t, x }) => [t, x.map((xi, d) => xi - dot(x, u) * u[d])]));
  return {
    rows,
    u,
    weightedOnly: new Map(weighted.map(({ t, x }) => [t, x])),
    raw: new Map(kept.map(({ w, i }) => [token(w), vectors[i]])),
  };
}

/** normalize(Σ rows of the known tokens); unknown tokens contribute nothing. */
function expectedEmbedding(rows: Map<string, number[]>, tokens: string[]): number[] {
  const sum = Array(DIM).fill(0);
  for (const t of tokens) rows.get(t)?.forEach((x, d) => (sum[d] += x));
  return unit(sum);
}

// ─── Fixture ─────────────────────────────────────────────────────────────────────────────────────────────

let root: string;
let result: BuildModelResult;
let fe: FeatureExtractionPipeline;
const savedEnv = { localModelPath: env.localModelPath, allowRemoteModels: env.allowRemoteModels, allowLocalModels: env.allowLocalModels };
const ref = reference(SIF_A, ZIPF_K);
/** The same with (practically) no SIF weighting: a → ∞ makes every weight 1. */
const noSif = reference(1e12, ZIPF_K);

async function embed(texts: string[], pooling: 'mean' | 'cls' = 'mean'): Promise<number[][]> {
  const out = await fe(texts, { pooling, normalize: true });
  return out.tolist() as number[][];
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-build-model-'));
  const phases = new Set<string>();
  result = await buildDefaultModel({
    outDir: path.join(root, 'test', 'tiny'),
    source: { words: SOURCE_WORDS, vectors: syntheticVectors(), name: 'synthetic' },
    onProgress: (_d, _t, phase) => phases.add(phase),
  });
  expect([...phases]).toEqual(expect.arrayContaining(['read', 'vocab', 'weights', 'pca', 'quantize', 'write']));
  env.localModelPath = root;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  fe = await pipeline('feature-extraction', 'test/tiny', { dtype: 'fp32' });
}, 60_000);

afterAll(async () => {
  await fe?.dispose();
  Object.assign(env, savedEnv);
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

// ─── Tests ───────────────────────────────────────────────────────────────────────────────────────────────

describe('buildDefaultModel', () => {
  it('writes a complete Transformers.js model folder', () => {
    const dir = path.join(root, 'test', 'tiny');
    expect(isModelBuilt(dir)).toBe(true);
    expect(result.vocabSize).toBe(EXPECTED_VOCAB.length);
    expect(result.bytes).toBeGreaterThan(EXPECTED_VOCAB.length * DIM);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    // Nothing is left beside the folder (the temporary build folder was renamed into place).
    expect(fs.readdirSync(path.join(root, 'test'))).toEqual(['tiny']);

    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({ model_type: 'bert', hidden_size: DIM, vocab_size: EXPECTED_VOCAB.length });

    const tok = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
    const vocab = tok.model.vocab as Record<string, number>;
    expect(Object.entries(vocab).sort((x, y) => x[1] - y[1]).map(([t]) => t)).toEqual(EXPECTED_VOCAB);
    expect(Object.keys(vocab).some((t) => t.startsWith('##'))).toBe(false);
    expect(tok.model).toMatchObject({ type: 'WordPiece', unk_token: '[UNK]' });
    expect(tok.normalizer).toMatchObject({ type: 'BertNormalizer', lowercase: true });
    expect(tok.pre_tokenizer.type).toBe('BertPreTokenizer');

    const tokConfig = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer_config.json'), 'utf8'));
    expect(tokConfig).toMatchObject({ do_lower_case: true, pad_token: '[PAD]', unk_token: '[UNK]', model_max_length: 512 });
  });

  it('tokenizes word-level with the BERT normaliser, unknown words and punctuation → [UNK]', () => {
    const id = (t: string) => EXPECTED_VOCAB.indexOf(t);
    const enc = fe.tokenizer('Café — AWARD-winning NURSE, blood!');
    expect(Array.from(enc.input_ids.data as BigInt64Array, Number)).toEqual([
      id('[CLS]'), id('cafe'), id('[UNK]'), id('[UNK]'), id('[UNK]'), id('[UNK]'), id('nurse'), id(','), id('blood'), id('[UNK]'),
    ]);
    expect(enc.token_type_ids).toBeUndefined();
    expect(Array.from(fe.tokenizer('').input_ids.data as BigInt64Array, Number)).toEqual([id('[CLS]')]);
  });

  it('has inputs input_ids and attention_mask only', () => {
    const session = (fe.model as unknown as { sessions: Record<string, { inputNames: string[]; outputNames: string[] }> }).sessions.model;
    expect([...session.inputNames].sort()).toEqual(['attention_mask', 'input_ids']);
    expect(session.outputNames).toEqual(['last_hidden_state']);
  });

  it('zeroes masked positions and puts the normalised sentence vector at [CLS]', async () => {
    const id = (t: string) => BigInt(EXPECTED_VOCAB.indexOf(t));
    const ids = [id('[CLS]'), id('nurse'), id('doctor'), id('truck'), id('[PAD]')];
    const mask = [1n, 1n, 1n, 0n, 0n];
    const out = await fe.model({
      input_ids: new Tensor('int64', BigInt64Array.from(ids), [1, ids.length]),
      attention_mask: new Tensor('int64', BigInt64Array.from(mask), [1, ids.length]),
    });
    const h = out.last_hidden_state as Tensor;
    expect(h.dims).toEqual([1, ids.length, DIM]);
    const rows = h.tolist()[0] as number[][];
    expect(rows[3].every((x) => x === 0)).toBe(true); // masked real word
    expect(rows[4].every((x) => x === 0)).toBe(true); // padding
    const want = expectedEmbedding(ref.rows, ['nurse', 'doctor']);
    expect(Math.max(...rows[0].map((x, d) => Math.abs(x - want[d])))).toBeLessThan(0.02);
    expect(Math.max(...rows[1].map((x, d) => Math.abs(x - ref.rows.get('nurse')![d])))).toBeLessThan(0.02);
  });

  it('computes the normalised sum of SIF-weighted, PC-removed rows (within int8 error)', async () => {
    const cases: [string, string[]][] = [
      ['The nurse, the doctor and the patient.', ['the', 'nurse', ',', 'the', 'doctor', 'and', 'the', 'patient', '.']],
      ['A truck driver on the road', ['a', 'truck', 'driver', 'on', 'the', 'road']],
      ['cargo', ['cargo']],
      ['THE', ['the']],
      ['Blood in the café: 2000 units!', ['blood', 'in', 'the', 'cafe', '2000']],
      ['hospital zzz qqq hospital', ['hospital', 'hospital']],
    ];
    const texts = cases.map(([t]) => t);
    const got = await embed(texts);
    const gotCls = await embed(texts, 'cls');
    cases.forEach(([text, tokens], i) => {
      const want = expectedEmbedding(ref.rows, tokens);
      expect(got[i], text).toHaveLength(DIM);
      const maxDiff = Math.max(...got[i].map((x, d) => Math.abs(x - want[d])));
      expect(maxDiff, text).toBeLessThan(0.02);
      expect(dot(got[i], want), text).toBeGreaterThan(0.9995);
      // `pooling: 'cls'` is the fast path: the [CLS] position carries the same embedding.
      expect(dot(gotCls[i], got[i]), text).toBeGreaterThan(0.99999);
      // The test tells the right model from one without PC removal, without SIF weights, or without both.
      // (For a one-word text SIF weighting is only a scale, so only PC removal shows.)
      const wrongs = tokens.length > 1 ? [ref.weightedOnly, noSif.rows, ref.raw] : [ref.weightedOnly];
      for (const wrong of wrongs) {
        const bad = expectedEmbedding(wrong, tokens);
        expect(Math.max(...got[i].map((x, d) => Math.abs(x - bad[d]))), text).toBeGreaterThan(0.05);
      }
    });
  });

  it('removes the common component from every sentence', async () => {
    const [v] = await embed(['the nurse and the truck driver']);
    expect(Math.abs(dot(v, ref.u))).toBeLessThan(0.02);
  });

  it('gives sensible similarities', async () => {
    const [med1, med2, road, mixed] = await embed([
      'The nurse helps the patient in the hospital',
      'A doctor of the hospital',
      'The truck driver on the road with cargo',
      'The doctor and the truck driver',
    ]);
    expect(dot(med1, med2)).toBeGreaterThan(dot(med1, road) + 0.3);
    expect(dot(road, mixed)).toBeGreaterThan(dot(road, med2));
    expect(dot(med2, mixed)).toBeGreaterThan(dot(med2, road));
  });

  it('does not produce NaN for empty or unknown-only texts, and keeps them orthogonal to real text', async () => {
    const texts = ['', '   ', 'zzz qqq', '— !!! —', 'nurse'];
    for (const pooling of ['mean', 'cls'] as const) {
      const out = await embed(texts, pooling);
      for (const v of out) {
        expect(v.every(Number.isFinite)).toBe(true);
        expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 4);
      }
      // No known word: the fixed "null" direction ±u (the [CLS] anchor), orthogonal to every word row.
      for (const i of [0, 1, 2, 3]) {
        expect(Math.abs(dot(out[i], ref.u))).toBeGreaterThan(0.99);
        expect(Math.abs(dot(out[i], out[4]))).toBeLessThan(0.05);
      }
    }
    // Padding does not change an embedding: alone and in a batch with a long text it is the same.
    const [alone] = await embed(['the doctor']);
    const [batched] = await embed(['the doctor', 'the nurse and the doctor and the patient on the road in the truck']);
    expect(Math.max(...alone.map((x, d) => Math.abs(x - batched[d])))).toBeLessThan(1e-6);
  });

  it('is deterministic and replaces an existing folder atomically', async () => {
    const dir = path.join(root, 'again', 'tiny');
    const source = { words: SOURCE_WORDS, vectors: syntheticVectors() };
    await buildDefaultModel({ outDir: dir, source });
    const first = fs.readFileSync(path.join(dir, 'onnx', 'model.onnx'));
    fs.writeFileSync(path.join(dir, 'stale.txt'), 'old build');
    const flat = new Float32Array(syntheticVectors().flat()); // flat row-major vectors work too
    const again = await buildDefaultModel({ outDir: dir, source: { words: SOURCE_WORDS, vectors: flat } });
    expect(again.vocabSize).toBe(EXPECTED_VOCAB.length);
    expect(fs.existsSync(path.join(dir, 'stale.txt'))).toBe(false);
    // Float32 input rounds the vectors, so compare against a Float64 rebuild for byte equality.
    await buildDefaultModel({ outDir: dir, source });
    expect(Buffer.compare(fs.readFileSync(path.join(dir, 'onnx', 'model.onnx')), first)).toBe(0);
    expect(fs.readdirSync(path.join(root, 'again'))).toEqual(['tiny']);
  });

  it('leaves the old folder in place when verification fails', async () => {
    const dir = path.join(root, 'again', 'tiny');
    const before = fs.readFileSync(path.join(dir, 'config.json'), 'utf8');
    await expect(
      buildDefaultModel({
        outDir: dir,
        source: { words: ['only', 'words'], vectors: [Array(DIM).fill(1), Array(DIM).fill(2)] },
        verify: () => {
          throw new Error('rejected');
        },
      }),
    ).rejects.toThrow('rejected');
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(path.join(root, 'again'))).toEqual(['tiny']);
  });

  it('rejects malformed sources', async () => {
    const outDir = path.join(root, 'bad', 'model');
    await expect(buildDefaultModel({ outDir, source: { words: [], vectors: [] } })).rejects.toThrow();
    await expect(buildDefaultModel({ outDir, source: { words: ['a', 'b'], vectors: [[1, 2]] } })).rejects.toThrow();
    await expect(buildDefaultModel({ outDir, source: { words: ['a'], vectors: [[1, Number.NaN]] } })).rejects.toThrow(/non-finite/);
    await expect(buildDefaultModel({ outDir, source: { words: ['a-b', 'c d'], vectors: [[1], [2]] } })).rejects.toThrow(/no source word/);
    expect(fs.existsSync(path.join(root, 'bad'))).toBe(false);
  });
});

describe('model-config', () => {
  it('resolves the models directory and default id', () => {
    const saved = process.env.ATLAS_MODELS_DIR;
    try {
      delete process.env.ATLAS_MODELS_DIR;
      expect(modelsDir()).toBe(path.resolve('models'));
      process.env.ATLAS_MODELS_DIR = 'some/where';
      expect(modelsDir()).toBe(path.resolve('some/where'));
      expect(modelDir(DEFAULT_MODEL_ID)).toBe(path.resolve('some/where/atlas/glove-sif-100d'));
    } finally {
      if (saved === undefined) delete process.env.ATLAS_MODELS_DIR;
      else process.env.ATLAS_MODELS_DIR = saved;
    }
    expect(DEFAULT_MODEL_ID).toBe('atlas/glove-sif-100d');
    expect(isLocalDefaultModel('atlas/glove-sif-100d')).toBe(true);
    expect(isLocalDefaultModel('Xenova/all-MiniLM-L6-v2')).toBe(false);
    expect(embedCallOptions(DEFAULT_MODEL_ID)).toEqual({ pooling: 'cls', normalize: false });
    expect(embedCallOptions('Xenova/all-MiniLM-L6-v2')).toEqual({ pooling: 'mean', normalize: true });
    expect(() => modelDir('../etc')).toThrow();
  });
});

// The real model, when it has been built (npm run build-model): full vocabulary and sensible neighbours.
describe.skipIf(!isModelBuilt(modelDir(DEFAULT_MODEL_ID)))('built default model', () => {
  it('keeps rare words and ranks similar tasks higher', async () => {
    const saved = { localModelPath: env.localModelPath, allowRemoteModels: env.allowRemoteModels };
    env.localModelPath = modelsDir();
    env.allowRemoteModels = false;
    try {
      const model = await pipeline('feature-extraction', DEFAULT_MODEL_ID, { dtype: 'fp32' });
      const vocab = model.tokenizer.get_vocab() as Map<string, number>;
      for (const w of ['proofread', 'phlebotomy', 'venipuncture', 'forklift']) expect(vocab.has(w), w).toBe(true);
      expect([...vocab.keys()].some((t) => t.startsWith('##'))).toBe(false);
      const [proof, edit, truck, empty] = (await model(['proofread documents', 'edit manuscripts for grammar', 'drive a truck', ''], { pooling: 'mean', normalize: true })).tolist() as number[][];
      expect(proof).toHaveLength(100);
      expect(dot(proof, edit)).toBeGreaterThan(dot(proof, truck) + 0.2);
      expect(empty.every(Number.isFinite)).toBe(true);
      const [fast] = (await model(['proofread documents'], embedCallOptions(DEFAULT_MODEL_ID))).tolist() as number[][];
      expect(dot(fast, proof)).toBeGreaterThan(0.99999);
      await model.dispose();
    } finally {
      Object.assign(env, saved);
    }
  }, 30_000);
});
