import { defineConfig } from 'vitest/config'

// One project per test layer, named by file suffix (see README "Tests").
// `int`, `build` and `e2e` need the stack that scripts/test.ts brings up.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,cms,sites,scripts}/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.{int,build,e2e}.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['{packages,cms,sites,scripts,tests}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['{packages,cms,sites,scripts,tests}/**/*.build.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['{packages,cms,sites,scripts,tests}/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
