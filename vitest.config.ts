import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // A ceiling, not a wait: the property and corpus tests do seconds of work, and CI is a busy 2-core
    // machine where the default 5 s cut them off now and then.
    testTimeout: 30_000,
  },
});
