import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The root of the installed sitrep package (where action.yml, dist/ and templates/ are), found by
 * walking up from this module: `src/` in development, `dist/` once bundled.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'action.yml')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('the sitrep package root (with action.yml) was not found above this module');
}

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
