// Runs every benchmark in this folder in turn (`npm run bench`); arguments are passed to each.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here).filter((name) => name.endsWith('.mjs') && name !== 'run.mjs').sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(process.execPath, [join(here, name), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
