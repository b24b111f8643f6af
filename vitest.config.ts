import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/conformance/**', 'tests/artifact/slow/**', 'tests/browser/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // validator artifacts: findings with a compiled artifact equal live discovery, per conformance/real instance
          name: 'artifact',
          include: ['tests/artifact/slow/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // the browser bundle in Debian's chromium (headless), driven by playwright-core
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['tests/conformance/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
