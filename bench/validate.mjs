// Benchmark: `sitrep validate` over a large incidents repository.
//
//   node bench/validate.mjs [--files 10000] [--runs 3] [--keep]
//
// Bundles the CLI and its validation worker from src/ (with scripts/build.mjs's buildCli), writes a
// repository of realistic incident files into a temporary folder (front matter and Log written by
// sitrep's own writer), then runs `node cli.js validate <repo>` as a child process and reports
// files per second and the process's peak resident memory: cold on one thread (`--jobs 1`), cold
// on every core, with the cache, a pull request that changes 3 files (`--changed`), and cold again
// with 10% of the files hand-edited out of the plain shape (read precisely, on every core).
import { build } from 'esbuild';
import { buildCli, generateSources } from '../scripts/build.mjs';
import { handEdit, HAND_EDITS, writeCorpus } from './lib/corpus.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const GOAL_FILES_PER_SECOND = 5000;

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const fileCount = Number(values.files);
const runs = Number(values.runs);

const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
// The bundle lives in the checkout so its external packages resolve from node_modules, as dist/cli.js's do.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const bundles = mkdtempSync(join(root, 'node_modules', '.cache', 'sitrep-bench-'));
// The CLI and its worker exactly as scripts/build.mjs builds them (split into chunks).
await generateSources();
await buildCli(bundles);
const cli = join(bundles, 'cli.js');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning', absWorkingDir: root, banner: { js: "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);" } };
await build({ ...common, entryPoints: ['src/core/validate.ts'], outfile: join(bundles, 'validate.js') });
const { checkRepositoryFileQuickly } = await import(join(bundles, 'validate.js'));

// --- A deterministic corpus (bench/lib/corpus.mjs, shared with site.mjs and report.mjs) -------
const repo = join(work, 'repo');
const generateStart = performance.now();
const { bytes } = await writeCorpus(repo, { files: fileCount });
let quick = 0;
for (let n = 1; n <= fileCount; n++) {
  const text = readFileSync(join(repo, 'incidents', `INC-${n}.md`), 'utf8');
  if (checkRepositoryFileQuickly({ path: `incidents/INC-${n}.md`, text, kind: 'incident' })) quick++;
}
const generateMs = performance.now() - generateStart;

// Peak RSS as the kernel counts it and CPU time used, printed by the child itself when it exits.
const probe = join(work, 'peak-rss.mjs');
writeFileSync(
  probe,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`PEAK_RSS_KB=${u.maxRSS} CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
);

// --- Runs --------------------------------------------------------------------------------
console.log(`corpus: ${fileCount} incident files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, average ${Math.round(bytes / fileCount)} bytes (generated in ${(generateMs / 1000).toFixed(1)} s)`);
console.log(`node ${process.version}, ${availableParallelism()} cores`);
console.log(`fast path: ${quick} of ${fileCount} files (${((100 * quick) / fileCount).toFixed(1)}%) are proven valid by the cheap reading; the rest are read precisely`);

/** Runs `sitrep validate` once; returns its wall time and peak RSS, or exits on a failure. */
function validateOnce(label, extra) {
  const start = performance.now();
  // Run in the repository, as a CI job or a person in their checkout does.
  const child = spawnSync(process.execPath, ['--import', probe, cli, 'validate', ...extra, '.'], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const summary = child.stdout.trim().split('\n').at(-1);
  const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  const cpuSeconds = Number(/CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1e6;
  if (child.status !== 0) {
    console.error(`validate exited ${child.status}:\n${child.stdout.split('\n').slice(0, 10).join('\n')}\n${child.stderr}`);
    rmSync(bundles, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`${label}: ${summary} in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU), peak RSS ${(peakKb / 1024).toFixed(0)} MiB`);
  return { seconds, cpuSeconds, peakKb };
}

function summarise(name, results, goal = true) {
  const best = results.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  const perSecond = fileCount / best.seconds;
  const verdict = perSecond >= GOAL_FILES_PER_SECOND ? 'meets' : 'below';
  console.log(`${name} files per second: ${Math.round(perSecond)} (best of ${results.length}, process start included${goal ? `; ${verdict} the goal of ${GOAL_FILES_PER_SECOND}` : ''})`);
  const perCpuSecond = fileCount / Math.min(...results.map((r) => r.cpuSeconds));
  console.log(`${name} files per CPU second: ${Math.round(perCpuSecond)} (best of ${results.length}; user + system CPU time of the process, less sensitive to other load on the machine)`);
  console.log(`${name} peak memory (RSS): ${(Math.max(...results.map((r) => r.peakKb)) / 1024).toFixed(0)} MiB`);
}

const single = [];
for (let run = 1; run <= runs; run++) single.push(validateOnce(`cold run ${run}, one thread`, ['--jobs', '1']));
const cold = [];
for (let run = 1; run <= runs; run++) cold.push(validateOnce(`cold run ${run}, every core`, []));
const cacheFile = join(work, 'validate-cache.json');
validateOnce('filling the cache', ['--cache-location', cacheFile]);
const warm = [];
for (let run = 1; run <= runs; run++) warm.push(validateOnce(`cached run ${run}`, ['--cache-location', cacheFile]));

// A pull request changing 3 files: the repository in git, a branch with 3 edited incidents.
const git = (...args) => {
  const run = spawnSync('git', ['-c', 'gc.auto=0', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
};
git('init', '-q', '-b', 'main');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'add', '-A');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'incidents');
git('checkout', '-q', '-b', 'change');
for (const n of [7, 4242, 9001].filter((n) => n <= fileCount)) {
  const path = join(repo, 'incidents', `INC-${n}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (edited)'));
}
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-am', 'edit 3 incidents');
const pull = [];
for (let run = 1; run <= runs; run++) pull.push(validateOnce(`pull request run ${run}`, ['--changed', 'main']));

// Hand-edited files: every 10th gets one of the hand edits people make (HAND_EDITS, in turn).
let stillQuick = 0;
for (let n = 10; n <= fileCount; n += 10) {
  const path = join(repo, 'incidents', `INC-${n}.md`);
  const text = handEdit(readFileSync(path, 'utf8'), n / 10);
  if (checkRepositoryFileQuickly({ path: `incidents/INC-${n}.md`, text, kind: 'incident' })) stillQuick++;
  writeFileSync(path, text);
}
console.log(`hand edits (${HAND_EDITS.map(([name]) => name).join(', ')}): ${stillQuick} of ${Math.floor(fileCount / 10)} hand-edited files still proven valid by the cheap reading`);
const mixedSingle = [];
for (let run = 1; run <= runs; run++) mixedSingle.push(validateOnce(`10% hand-edited, run ${run}, one thread`, ['--jobs', '1']));
const mixed = [];
for (let run = 1; run <= runs; run++) mixed.push(validateOnce(`10% hand-edited, run ${run}, every core`, []));

console.log('');
summarise('cold, one thread (--jobs 1):', single);
summarise(`cold, every core (${availableParallelism()} threads):`, cold);
summarise('cached (no file changed):', warm, false);
summarise('cold, 10% hand-edited, one thread:', mixedSingle, false);
summarise(`cold, 10% hand-edited, every core (${availableParallelism()} threads):`, mixed, false);
const bestPull = Math.min(...pull.map((r) => r.seconds));
console.log(`pull request changing 3 files (--changed): ${bestPull.toFixed(2)} s (best of ${runs}, process start included; ${bestPull < 1 ? 'meets' : 'misses'} the goal of 1 s), peak RSS ${(Math.max(...pull.map((r) => r.peakKb)) / 1024).toFixed(0)} MiB`);

rmSync(bundles, { recursive: true, force: true });
if (values.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
