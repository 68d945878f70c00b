import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Fast, but some start Pagefind or read files: a minute each, so a loaded machine never fails them.
        // One module graph for all files (no isolation): these tests share no state but the
        // files they read, and isolating each costs about twice the CPU.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false },
      },
      {
        // Each test here runs a real `astro build`: slow, so apart and one at a time, with
        // time for a 2-core machine at load 30.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
