import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's folder (frontend/), with a trailing slash. */
export const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '..')}/`;

/** Every .ts/.tsx file under src/ (tests included: harmless, they only name classes the app uses). */
export function sourceFiles(): string[] {
  const dir = `${root}src/`;
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => dir + file);
}
