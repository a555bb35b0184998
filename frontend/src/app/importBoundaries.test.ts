import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The import boundaries of conventions.md, as ESLint holds them (eslint.config.js): proven on code that breaks them.
// Vitest runs in frontend/, where eslint.config.js is.
const eslint = new ESLint();

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
});
