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
import { seededRandom, stamp } from './lib/bundle.mjs';
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
await build({ ...common, entryPoints: ['src/core/incident-file.ts'], outfile: join(bundles, 'incident-file.js') });
await build({ ...common, entryPoints: ['src/core/validate.ts'], outfile: join(bundles, 'validate.js') });
const { createIncidentText } = await import(join(bundles, 'incident-file.js'));
const { checkRepositoryFileQuickly } = await import(join(bundles, 'validate.js'));

// --- A deterministic corpus -------------------------------------------------------------
const { random, pick } = seededRandom(42);

const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar'];
const SERVICES = ['checkout-api', 'payments-gateway', 'search-indexer', 'auth', 'status-page', 'cdn', 'orders-db', 'notifications'];
const CUSTOMERS = ['globex', 'initech', 'umbrella', 'hooli', 'stark'];
const TITLES = [
  'Checkout API returns 502 for EU customers',
  'Search results stale for up to 20 minutes',
  'Login fails for SSO users of one identity provider',
  'Order confirmation emails delayed by 2 hours',
  'Elevated latency on the orders database primary',
  'CDN serves expired TLS certificate in ap-southeast',
];
const UPDATES = [
  'Error rate steady at 4%; still looking at the connection pool.',
  'Rolled back deploy 1234; watching error rates.',
  'Root cause suspected in the retry policy of the shared client; testing a fix in staging.',
  'Customers informed through the status page and their account managers.',
  'Fix deployed to one region; rolling out to the rest over the next 30 minutes.',
  'Backlog drained; lag under 30 seconds.',
];
const SEVERITIES = [['P1', 0.15, 30], ['P2', 0.35, 120], ['P3', 0.5, 1440]];

function severityFor(r) {
  let acc = 0;
  for (const [name, share, cadence] of SEVERITIES) {
    acc += share;
    if (r < acc) return { name, cadence };
  }
  return { name: 'P3', cadence: 1440 };
}

/** One incident as sitrep would have written it after a realistic run of commands. */
function incident(n) {
  const severity = severityFor(random());
  const declared = Date.UTC(2025, 0, 1) + Math.floor(random() * 600 * 86_400_000);
  const reporter = pick(PEOPLE);
  const coordinator = pick(PEOPLE);
  const outcome = random();
  const final = outcome < 0.1 ? 'declined' : outcome < 0.2 ? 'fixing' : outcome < 0.55 ? 'resolved' : 'closed';
  // Typed Log events, written by sitrep's one Log writer.
  const log = [{ at: stamp(declared), actor: reporter, kind: 'declared', severity: severity.name, status: final === 'declined' ? 'triage' : 'investigating', ref: `https://github.com/acme/incidents/issues/${n}` }];
  let t = declared + 60_000 * (1 + Math.floor(random() * 10));
  const acknowledged = t;
  log.push({ at: stamp(t), actor: coordinator, kind: 'role', role: 'coordinator', login: coordinator, previous: null });
  const record = {
    id: `INC-${n}`, title: pick(TITLES), severity: severity.name, status: final, type: random() < 0.05 ? 'security' : 'incident', issue: n,
    source: pick(['alert', 'customer', 'email', 'other']), services: [pick(SERVICES)], customers: random() < 0.4 ? [pick(CUSTOMERS)] : [],
    declared_at: stamp(declared), started_at: random() < 0.7 ? stamp(declared - 60_000 * Math.floor(random() * 30)) : null,
    acknowledged_at: stamp(acknowledged), mitigated_at: null, resolved_at: null, closed_at: null, next_update_due: null,
    roles: { coordinator, operations: reporter, communications: random() < 0.5 ? pick(PEOPLE) : null }, postmortem: null,
  };
  if (final === 'declined') {
    t += 600_000;
    log.push({ at: stamp(t), actor: coordinator, kind: 'status', from: 'triage', to: 'declined', message: 'Not an incident: a synthetic check misfired.' });
  } else {
    const updates = 2 + Math.floor(random() * 20);
    let status = 'investigating';
    for (let i = 0; i < updates; i++) {
      t += 60_000 * Math.floor(severity.cadence * (0.3 + random() * 0.8));
      if (i === 1) {
        log.push({ at: stamp(t), actor: reporter, kind: 'status', from: status, to: 'fixing', message: pick(UPDATES) });
        status = 'fixing';
      } else {
        log.push({ at: stamp(t), actor: record.roles.communications ?? coordinator, kind: 'update', status, message: pick(UPDATES), nextDue: stamp(t + severity.cadence * 60_000) });
      }
      if (random() < 0.1) log.push({ at: stamp(t + 30_000), actor: coordinator, kind: 'note', text: pick(UPDATES) });
    }
    if (final === 'fixing') {
      record.next_update_due = stamp(t + severity.cadence * 60_000);
    } else {
      t += 600_000;
      log.push({ at: stamp(t), actor: reporter, kind: 'status', from: 'fixing', to: 'monitoring', message: 'Error rate at baseline.' });
      record.mitigated_at = stamp(t);
      t += 3_600_000;
      log.push({ at: stamp(t), actor: coordinator, kind: 'status', from: 'monitoring', to: 'resolved', message: 'Stable for an hour.' });
      record.resolved_at = stamp(t);
      if (final === 'closed') {
        t += 3 * 86_400_000;
        log.push({ at: stamp(t), actor: 'github-actions[bot]', kind: 'status', from: 'resolved', to: 'closed', message: 'Postmortem merged.' });
        record.closed_at = stamp(t);
        record.postmortem = `postmortems/INC-${n}.md`;
      }
    }
  }
  return createIncidentText({
    record,
    summary: `${record.title}. ${pick(UPDATES)}`,
    impact: `About ${1 + Math.floor(random() * 30)}% of requests to ${record.services[0]} failed for ${Math.ceil((t - declared) / 60_000)} minutes.`,
    log,
  });
}

const repo = join(work, 'repo');
mkdirSync(join(repo, '.github'), { recursive: true });
mkdirSync(join(repo, 'incidents'));
writeFileSync(join(repo, '.github', 'sitrep.yml'), readFileSync(join(root, 'examples', '.github', 'sitrep.yml')));
let bytes = 0;
let quick = 0;
const generateStart = performance.now();
// sitrep's writer renders through remark too, so the corpus reuses VARIANTS rendered incidents,
// each file taking its own number in the id, the issue and the issue links.
const VARIANTS = 400;
const variants = [];
for (let v = 1; v <= Math.min(VARIANTS, fileCount); v++) variants.push(incident(v));
for (let n = 1; n <= fileCount; n++) {
  const v = (n - 1) % variants.length;
  const text = variants[v]
    .replace(/^id: INC-\d+$/m, `id: INC-${n}`)
    .replace(/^issue: \d+$/m, `issue: ${n}`)
    .replaceAll(`/issues/${v + 1})`, `/issues/${n})`)
    .replaceAll(`/issues/${v + 1}#`, `/issues/${n}#`);
  bytes += Buffer.byteLength(text);
  if (checkRepositoryFileQuickly({ path: `incidents/INC-${n}.md`, text, kind: 'incident' })) quick++;
  writeFileSync(join(repo, 'incidents', `INC-${n}.md`), text);
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

// Hand-edited files: every 10th gets an HTML comment, which the cheap reading leaves to the precise one.
for (let n = 10; n <= fileCount; n += 10) {
  const path = join(repo, 'incidents', `INC-${n}.md`);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n<!-- reviewed in the weekly meeting -->\n`);
}
const mixedSingle = [];
for (let run = 1; run <= runs; run++) mixedSingle.push(validateOnce(`10% hand-edited, run ${run}, one thread`, ['--jobs', '1']));
const mixed = [];
for (let run = 1; run <= runs; run++) mixed.push(validateOnce(`10% hand-edited, run ${run}, every core`, []));

console.log('');
summarise('cold, one thread (--jobs 1):', single);
summarise(`cold, every core (${availableParallelism()} threads):`, cold);
summarise('cached (no file changed):', warm, false);
summarise('cold, 10% hand-edited (read precisely), one thread:', mixedSingle, false);
summarise(`cold, 10% hand-edited (read precisely), every core (${availableParallelism()} threads):`, mixed, false);
const bestPull = Math.min(...pull.map((r) => r.seconds));
console.log(`pull request changing 3 files (--changed): ${bestPull.toFixed(2)} s (best of ${runs}, process start included; ${bestPull < 1 ? 'meets' : 'misses'} the goal of 1 s), peak RSS ${(Math.max(...pull.map((r) => r.peakKb)) / 1024).toFixed(0)} MiB`);

rmSync(bundles, { recursive: true, force: true });
if (values.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
