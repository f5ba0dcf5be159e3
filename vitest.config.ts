import { defineConfig } from 'vitest/config';
import { HANG_GUARD_MS } from './test/hang-guard.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard only (test/hang-guard.ts): under load a test may take many times its quiet time.
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
  },
});
