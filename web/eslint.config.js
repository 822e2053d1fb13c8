import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig([
  // schema.d.ts is generated from the OpenAPI document; drawio/ holds scripts for the self-hosted diagrams.net
  // app (its globals, its browser support), not the SPA.
  globalIgnores(['dist', 'src/api/schema.d.ts', 'drawio']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Callbacks in props are properties, not methods: passing `onClose` on is then safe (no unbound `this`).
      '@typescript-eslint/method-signature-style': ['error', 'property'],
    },
  },
  {
    // The layers: app wires features together; a feature uses the shared layers only (src/entities/README.md).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature: move what both need to a shared layer (src/entities, src/components, src/lib).',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app shell: what they need from it lives in src/auth, src/components or src/lib.',
            },
            {
              target: ['./src/api', './src/auth', './src/components', './src/entities', './src/lib', './src/test'],
              from: ['./src/app', './src/features'],
              message: 'Shared layers import neither the app shell nor features.',
            },
            {
              target: ['./src/api', './src/auth', './src/components', './src/lib'],
              from: './src/entities',
              message: 'Entities build on the generic layers, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
]);
