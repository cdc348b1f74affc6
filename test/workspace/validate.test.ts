/**
 * Validating a repository on worker threads gives what one thread gives, in the same order.
 * The workers run the bundled dist/validate-worker.js (built by the global setup).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RepositoryFileKind } from '../../src/core/validate.js';
import { listRepositoryFiles, repositoryRootAt } from '../../src/workspace/repository.js';
import { validateRepository } from '../../src/workspace/validate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const worker = pathToFileURL(join(root, 'dist/validate-worker.js'));
const example = readFileSync(join(root, 'examples/incidents/INC-31.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

// 900 incidents: every 97th with a problem of its own, every 3rd with an HTML comment (both read
// precisely, on the worker threads), every 211th with a severity the configuration does not define
// (valid on its own: read the cheap way, located all the same).
write('.github/sitrep.yml', 'label: incident\nseverities:\n  P1: { update_every: 30m }\n  P2: { update_every: 2h }\n');
for (let n = 1; n <= 900; n++) {
  let text = example.replace(/^id: INC-31$/m, `id: INC-${n}`).replace(/^issue: 31$/m, `issue: ${n}`);
  if (n % 97 === 0) text = text.replace(/^status: resolved$/m, 'status: sleeping');
  // Valid, but not in the plain shape the cheap reading is sure about: read precisely.
  if (n % 3 === 0) text += '\n<!-- reviewed -->\n';
  if (n % 211 === 0) text = text.replace(/^severity: P2$/m, 'severity: P9');
  write(`incidents/INC-${n}.md`, text);
}
write('postmortems/INC-1000.md', '---\nid: INC-1000\nincident: INC-1000\ntitle: x\nseverity: P1\nstatus: draft\nauthors: [alice]\n---\n');

async function validate(jobs: number, filesPerThread?: number, workerScript: URL = worker) {
  const repo = repositoryRootAt(dir, join(dir, '.github/sitrep.yml'));
  const files = new Map<string, RepositoryFileKind>();
  for (const kind of ['incident', 'postmortem'] as const) for (const path of listRepositoryFiles(repo, kind)) files.set(path, kind);
  return validateRepository({ root: repo, files, config: true, show: (path) => relative(dir, path), jobs, worker: workerScript, ...(filesPerThread ? { filesPerThread } : {}) });
}

// The real worker, with a listener beside it that writes down the files each thread is given: what
// the worker threads read shows which path the validation took.
const observerDir = mkdtempSync(join(tmpdir(), 'sitrep-workers-seen-'));
afterAll(() => rmSync(observerDir, { recursive: true, force: true }));
const seenLog = join(observerDir, 'seen.jsonl');
writeFileSync(
  join(observerDir, 'observer.mjs'),
  `import { appendFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import ${JSON.stringify(worker.href)};
parentPort.on('message', (message) => appendFileSync(${JSON.stringify(seenLog)}, JSON.stringify(message.files.map((f) => f.shown)) + '\\n'));
`,
);
const observer = pathToFileURL(join(observerDir, 'observer.mjs'));

async function observed<T>(run: () => Promise<T>): Promise<{ result: T; seenByWorkers: string[] }> {
  writeFileSync(seenLog, '');
  const result = await run();
  const seenByWorkers = readFileSync(seenLog, 'utf8').split('\n').filter(Boolean).flatMap((line) => JSON.parse(line) as string[]);
  return { result, seenByWorkers };
}

/** The files the cheap reading cannot prove valid: an HTML comment (every 3rd) or a problem of their own (every 97th), and the postmortem. */
function needsPreciseReading(path: string): boolean {
  const n = Number(/INC-(\d+)\.md$/.exec(path)?.[1]);
  return path.startsWith('postmortems/') || n % 3 === 0 || n % 97 === 0;
}

describe('validateRepository on worker threads', () => {
  it('finds the same problems, in the same order, as one thread', async () => {
    const one = await validate(1);
    const observedThree = await observed(() => validate(3, undefined, observer));
    const three = observedThree.result;
    // With this few files, the worker threads are given only the files left for the precise reading.
    expect(observedThree.seenByWorkers.length).toBeGreaterThan(0);
    expect(observedThree.seenByWorkers.filter((path) => !needsPreciseReading(path))).toEqual([]);
    expect(one.threads).toBe(1);
    expect(three.threads).toBe(3);
    expect(three.problems).toEqual(one.problems);
    expect(one.problems.map((p) => `${p.path}:${p.line}`)).toEqual([
      'incidents/INC-97.md:5',
      'incidents/INC-194.md:5',
      'incidents/INC-211.md:4',
      'incidents/INC-291.md:5',
      'incidents/INC-388.md:5',
      'incidents/INC-422.md:4',
      'incidents/INC-485.md:5',
      'incidents/INC-582.md:5',
      'incidents/INC-633.md:4',
      'incidents/INC-679.md:5',
      'incidents/INC-776.md:5',
      'incidents/INC-844.md:4',
      'incidents/INC-873.md:5',
      'postmortems/INC-1000.md:3',
    ]);
    expect({ checked: three.checked, quick: three.quick, precise: three.precise }).toEqual({ checked: 902, quick: 594, precise: 307 });
    expect({ checked: one.checked, quick: one.quick, precise: one.precise }).toEqual({ checked: 902, quick: 594, precise: 307 });
  });

  it('spreads every file over the threads when there are many, and still finds the same, in the same order', async () => {
    const one = await validate(1);
    // 300 files a thread: the 901 files to check make three threads' worth.
    const three = await observed(() => validate(3, 300, observer));
    expect(three.result.threads).toBe(3);
    expect(three.result.problems).toEqual(one.problems);
    expect({ checked: three.result.checked, quick: three.result.quick, precise: three.result.precise }).toEqual({ checked: 902, quick: 594, precise: 307 });
    // Which path ran, by its effect: the worker threads were given plain files too (each read the
    // cheap way there), not only the files left for the precise reading.
    expect(three.seenByWorkers.some((path) => !needsPreciseReading(path))).toBe(true);
  });

});
