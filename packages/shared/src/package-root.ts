import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The root of the installed sitrep package (where action.yml, dist/ and templates/ are), found by
 * walking up from this module: `packages/shared/src/` in development, `dist/` or `dist/chunks/`
 * once bundled.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'action.yml')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('the sitrep package root (with action.yml) was not found above this module');
}
