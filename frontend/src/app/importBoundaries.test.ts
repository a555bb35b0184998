import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The import boundaries of conventions.md, as ESLint holds them (eslint.config.js): proven on code that breaks them.
// ESLint works from frontend/, where eslint.config.js is, wherever the test runner was started.
// (Plain string work: the test's DOM environment brings its own URL class, which does not resolve file: URLs.)
const FRONTEND_DIR = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/\/src\/app\/[^/]+$/, ''));
const eslint = new ESLint({ cwd: FRONTEND_DIR });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps the shared kit free of features and the app shell', async () => {
    expect(await restrictedImports("import { FEATURES } from '../app/features';\nexport const x = FEATURES;\n", 'src/shared/example.ts')).toHaveLength(1);
    expect(await restrictedImports("import { x } from '../features/knowledge/api';\nexport const y = x;\n", 'src/api/example.ts')).toHaveLength(1);
  });

  it('keeps a feature out of other features and the app shell', async () => {
    expect(await restrictedImports("import { x } from '../../themes/ThemesPage';\nexport const y = x;\n", 'src/features/knowledge/pages/Example.ts')).toHaveLength(1);
    expect(await restrictedImports("import { x } from '../home/HomePage';\nexport const y = x;\n", 'src/features/knowledge/example.ts')).toHaveLength(1);
    expect(await restrictedImports("import { routes } from '../../app/routes';\nexport const y = routes;\n", 'src/features/themes/example.ts')).toHaveLength(1);
  });

  it('lets features use the shared kit and their own files', async () => {
    expect(await restrictedImports("import { Link } from '../../../shared/links';\nimport { useItem } from '../api';\nexport const y = [Link, useItem];\n",
      'src/features/knowledge/pages/Example.tsx')).toHaveLength(0);
  });

  it('lets the lower layers use each other', async () => {
    expect(await restrictedImports("import { ApiError } from '../api/ApiError';\nimport { useAuth } from '../auth/AuthContext';\nexport const y = [ApiError, useAuth];\n",
      'src/shared/example.ts')).toHaveLength(0);
  });
});
