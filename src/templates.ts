import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { packageRoot } from '@sitrep/shared/package-root';

/**
 * The folder of sitrep's bundled templates: `templates/` at the package root, found by walking up
 * from this module (which is `src/templates.ts` in development and `dist/*.js` once bundled).
 */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'incident.yml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('sitrep templates not found next to the installed package');
}

/** A bundled template's text, e.g. `incident.yml`, `workflows/sitrep.yml`. */
export function readTemplate(name: string): string {
  return readFileSync(join(templatesDir(), name), 'utf8');
}
