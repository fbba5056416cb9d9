// ESLint 9 flat config: the recommended JavaScript and typescript-eslint rule sets.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['node_modules/', 'target/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Unused arguments named _x are deliberate (callbacks whose signature is fixed).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
]);
