import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldModel } from './model-folding';
import { PADDLE_MODEL_FILES, SOURCE_PADDLE_MODEL_DIR } from './model-files';
import { floatConstant, makeNode, readModel, writeModel, type OnnxNode } from './onnx-graph';
import { loadOnnxRuntime } from './onnx-runtime';
import { bytesField, decodeMessage, encodeMessage, stringField, varintField, type Field } from './protobuf';

const ort = loadOnnxRuntime();
const shipped = (k: 'det' | 'rec' | 'cls'): Buffer => readFileSync(join(SOURCE_PADDLE_MODEL_DIR, PADDLE_MODEL_FILES[k]));

/** A smooth test pattern in [-0.9, 0.9] (not constant, not random: the same every run). */
const pattern = (dims: readonly number[], phase = 0.37): Float32Array =>
  Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * phase) * 0.9 * Math.cos(i * 0.011));

/** Two lines of dark strokes on white, as the detector sees a page (ImageNet-normalised, about −2 to 2). */
const lines = (dims: readonly number[]): Float32Array => {
  const [, c = 3, h = 1, w = 1] = dims;
  return Float32Array.from({ length: c * h * w }, (_, i) => {
    const y = Math.floor(i / w) % h;
    const x = i % w;
    const inLine = (y >= 30 && y < 44) || (y >= 60 && y < 72);
    return inLine && x >= 10 && x < w - 10 && x % 4 < 2 ? -2 : 2;
  });
};

async function outputOf(model: Uint8Array, dims: readonly number[], input = pattern(dims)): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model);
  const out = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, dims) });
  await session.release();
  return out[session.outputNames[0]!]!.data as Float32Array;
}

const maxDiff = (a: Float32Array, b: Float32Array): number => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
const spread = (a: Float32Array): number => a.reduce((m, v) => Math.max(m, v), -Infinity) - a.reduce((m, v) => Math.min(m, v), Infinity);

describe('ONNX models read and written', () => {
  it.each(['det', 'rec', 'cls'] as const)('%s: decoding and encoding again gives the same bytes', (k) => {
    const bytes = shipped(k);
    expect(Buffer.compare(Buffer.from(encodeMessage(decodeMessage(bytes))), bytes)).toBe(0);
    expect(Buffer.compare(Buffer.from(writeModel(readModel(bytes))), bytes)).toBe(0);
  });

  it('refuses a truncated file with an error, not a wrong model', () => {
    expect(() => readModel(shipped('cls').subarray(0, 5000))).toThrow(/protobuf/);
  });
});

describe('folding the PP-OCR models\' small steps', () => {
  it('finds every hard-swish and affine block of the shipped models', () => {
    expect(foldModel(shipped('rec')).counts).toEqual({ hardSwish: 28, affineAfterConv: 28, affineBeforeConv: 12 });
    expect(foldModel(shipped('det')).counts).toEqual({ hardSwish: 24, affineAfterConv: 28, affineBeforeConv: 10 });
    expect(foldModel(shipped('cls')).counts).toEqual({ hardSwish: 18, affineAfterConv: 0, affineBeforeConv: 0 });
  });

  it.each([['rec', [2, 3, 48, 200]], ['det', [1, 3, 96, 128]], ['cls', [2, 3, 48, 192]]] as const)(
    '%s: the folded model computes what the shipped one does', async (k, dims) => {
      const input = k === 'det' ? lines(dims) : pattern(dims);
      const before = await outputOf(shipped(k), dims, input);
      const after = await outputOf(foldModel(shipped(k)).bytes, dims, input);
      expect(after.length).toBe(before.length);
      expect(spread(before)).toBeGreaterThan(0.05);
      expect(maxDiff(before, after)).toBeLessThan(1e-4);
    });
});

describe('folding an affine block into a convolution: only where exact', () => {
  const X = [1, 2, 5, 5];
  const valueInfo = (name: string, dims: readonly number[]): Field[] => [stringField(1, name), bytesField(2, [
    bytesField(1, [varintField(1, 1), bytesField(2, dims.map((d) => bytesField(1, [varintField(1, d)])))]),
  ])];
  const ints = (name: string, v: readonly number[]): Field =>
    bytesField(5, [stringField(1, name), ...v.map((x) => varintField(8, x)), varintField(20, 7)]);

  /** x · 0.5 − 0.25 into a 2→3 convolution of kernel `k` padded by `pad`. */
  function model(k: number, pad: number): Uint8Array {
    const w = Float32Array.from({ length: 3 * 2 * k * k }, (_, i) => ((i * 7) % 11) / 10 - 0.5);
    const conv: OnnxNode = makeNode('Conv', ['s', 'w', 'b'], ['y']);
    const convFields = [...conv.fields, ints('kernel_shape', [k, k]), ints('pads', [pad, pad, pad, pad])];
    const nodes = [floatConstant('a', Float32Array.of(0.5), [1]), floatConstant('c', Float32Array.of(-0.25), [1]),
      makeNode('Mul', ['x', 'a'], ['m']), makeNode('Add', ['m', 'c'], ['s']),
      floatConstant('w', w, [3, 2, k, k]), floatConstant('b', Float32Array.of(0.1, -0.2, 0.3), [3]),
      { ...conv, fields: convFields }];
    const out = [1, 3, X[2]! - k + 1 + 2 * pad, X[3]! - k + 1 + 2 * pad];
    const graph = [...nodes.map((n) => bytesField(1, n.fields)), stringField(2, 'g'), bytesField(11, valueInfo('x', X)), bytesField(12, valueInfo('y', out))];
    return encodeMessage([varintField(1, 8), bytesField(7, graph), bytesField(8, [stringField(1, ''), varintField(2, 11)])]);
  }

  it('folds the block into an unpadded 1×1 convolution, and it computes the same', async () => {
    const folded = foldModel(model(1, 0));
    expect(folded.counts.affineBeforeConv).toBe(1);
    expect(readModel(folded.bytes).nodes.map((n) => n.opType)).not.toContain('Mul');
    expect(maxDiff(await outputOf(model(1, 0), X), await outputOf(folded.bytes, X))).toBeLessThan(1e-5);
  });

  it('…but leaves it before a padded 3×3 convolution, whose border the shift would change', async () => {
    const folded = foldModel(model(3, 1));
    expect(folded.counts.affineBeforeConv).toBe(0);
    expect(maxDiff(await outputOf(model(3, 1), X), await outputOf(folded.bytes, X))).toBe(0);
  });
});
