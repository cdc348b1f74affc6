// Runs sitrep commands beside `sitrep validate --jobs 1` on the same generated corpus (10,000
// incident files by default, every second one published, every 10th hand-edited) and prints
// each one's wall time, CPU time, peak RSS and its ratio to validate's wall time.
import { buildCli, generateSources } from '../../scripts/build.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { root } from './bundle.mjs';
import { writeCorpus, writeProbe } from './corpus.mjs';

/**
 * `runs`: [label, arguments of the CLI (the repository is the working folder), goal] where goal
 * is { ratio, rssMiB }: at most `ratio` times validate's wall time and under `rssMiB` of peak RSS.
 */
export async function runBeside(runs) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
  const files = Number(values.files);
  const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const bundles = mkdtempSync(join(root, 'node_modules', '.cache', 'sitrep-bench-'));
  await generateSources();
  await buildCli(bundles);
  const cli = join(bundles, 'cli.js');
  const repo = join(work, 'repo');
  const started = performance.now();
  const { bytes } = await writeCorpus(repo, { files, published: true, handEdited: true });
  const probe = writeProbe(work);
  console.log(`corpus: ${files} incident files (every second published, every 10th hand-edited), ${(bytes / 1024 / 1024).toFixed(1)} MiB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

  const once = (label, args) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', probe, cli, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = (performance.now() - start) / 1000;
    const peakMiB = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1024;
    const cpuSeconds = Number(/CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1e6;
    if (child.status !== 0) {
      console.error(`${args.join(' ')} exited ${child.status}:\n${child.stdout.split('\n').slice(0, 10).join('\n')}\n${child.stderr.slice(0, 2000)}`);
      process.exitCode = 1;
    }
    const left = child.stderr.split('\n').filter((line) => line.includes('left out')).length;
    console.log(`${label}: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU), peak RSS ${peakMiB.toFixed(0)} MiB${left ? `, ${left} file(s) left out` : ''}`);
    return { seconds, cpuSeconds, peakMiB };
  };

  const validate = once('sitrep validate --jobs 1', ['validate', '--jobs', '1', '.']);
  console.log(`  ${Math.round(files / validate.seconds)} files per second`);
  for (const [label, args, goal] of runs) {
    const run = once(`sitrep ${label}`, args.map((a) => a.replace('{work}', work)));
    const ratio = run.seconds / validate.seconds;
    const meets = ratio <= goal.ratio && run.peakMiB < goal.rssMiB;
    console.log(`  ${ratio.toFixed(2)}× validate's wall time (${(run.cpuSeconds / validate.cpuSeconds).toFixed(2)}× its CPU); goal ≤ ${goal.ratio}× and < ${goal.rssMiB} MiB: ${meets ? 'met' : 'missed'}`);
  }
  rmSync(bundles, { recursive: true, force: true });
  if (values.keep) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
