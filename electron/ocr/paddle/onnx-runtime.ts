import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { foldModel } from './model-folding';
import type * as Ort from 'onnxruntime-node';

/**
 * Our own thin layer over onnxruntime-node: load the native runtime (which can fail on a machine
 * without the right binary: the caller falls back to tesseract) and run one float model.
 */

export type OnnxRuntime = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

/** Required at call time, not imported: a missing or broken native binary must be a catchable error. */
export const loadOnnxRuntime = (): OnnxRuntime => createRequire(import.meta.url)('onnxruntime-node') as OnnxRuntime;

export type Tensor = { readonly data: Float32Array; readonly dims: readonly number[] };

export type Model = {
  run(input: Tensor): Promise<Tensor>;
  release(): Promise<void>;
};

/**
 * One session per model per worker thread. `run()` occupies the calling thread until it returns
 * (toolchain.md), so parallelism comes from workers; `threads` is the intra-op pool of this one. The
 * model is read with its small steps folded (model-folding.ts): the same function, a fifth less work.
 */
export async function openModel(ort: OnnxRuntime, file: string, threads: number): Promise<Model> {
  const session = await ort.InferenceSession.create(foldModel(await readFile(file)).bytes, {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // idle intra-op threads spin by default: with 2 threads that nearly doubled the CPU per page
    // and halved throughput on a busy 2-core desk (bench/paddle-ocr.ts); parked, 1×2 ≈ 1×1
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const [inputName] = session.inputNames;
  const [outputName] = session.outputNames;
  if (inputName === undefined || outputName === undefined) throw new Error(`${file}: the model has no input or output`);
  return {
    async run(input) {
      const out = (await session.run({ [inputName]: new ort.Tensor('float32', input.data, input.dims) }))[outputName];
      if (!out || !(out.data instanceof Float32Array)) throw new Error(`${file}: unexpected output`);
      return { data: out.data, dims: out.dims };
    },
    release: () => session.release(),
  };
}
