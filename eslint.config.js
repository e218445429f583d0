import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries of docs/architecture: what each layer may depend on. */
const outside = (groups, allowTypeImports = false) => ({
  patterns: [{ group: groups, allowTypeImports, message: 'Layer boundary: see docs/architecture.md.' }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'e2e/.artifacts/**', 'db/migrations/**', '.desk-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  // The domain is pure: nothing outside electron/domain, no Node built-ins, no packages.
  {
    files: ['electron/domain/*.ts'],
    ignores: ['electron/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['../*', '!./*', 'node:*', 'electron', 'react', 'zod', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'])] },
  },
  {
    files: ['electron/domain/*/**/*.ts'],
    ignores: ['electron/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['../../*', 'node:*', 'electron', 'react', 'zod', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'])] },
  },
  // Only services (and the db layer itself) touch the database.
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['electron/services/**', 'electron/domain/**', 'electron/web-host/**', 'electron/testing/**', 'electron/**/*.test.ts', 'e2e/**'],
    rules: { 'no-restricted-imports': ['error', outside(['**/db/client', '**/db/queries/*', '**/db/schema', '**/db/schema/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], true)] },
  },
  // The web host composes, but does not query.
  {
    files: ['electron/web-host/**/*.ts'],
    ignores: ['electron/web-host/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/db/client', '**/db/queries/*', '**/db/schema', '**/db/schema/*', 'drizzle-orm', 'drizzle-orm/*'], true)] },
  },
  // The renderer knows the backend only through the contract's types.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/*', '!**/electron/contract'], message: 'The renderer imports only types from electron/contract.' },
          { group: ['**/electron/contract'], allowTypeImports: true, message: 'The renderer imports only types from electron/contract.' },
          { group: ['**/db/*', 'node:*', 'better-sqlite3', 'drizzle-orm'], message: 'No backend code in the renderer.' },
        ],
      }],
    },
  },
  // The preload may take the contract's method list and nothing else of the backend.
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/services/*', '**/db/*', '**/rpc/*', 'node:*'])] },
  },
);
