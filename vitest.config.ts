import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Calibration runs 20 seeds of the baseline: give them room on a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
