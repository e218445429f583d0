import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // two files at a time even on 2 cores (vitest would run one): much of the suite waits on SQLite, child
    // processes and OCR workers, so the pair shares the cores instead of leaving one idle
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
