/**
 * The action's `validate` on a pull request: the changed files come from GitHub's list of the
 * pull request's files (here the sandbox's), the workspace is the checked-out merge.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyResult } from '../../src/action/result.js';
import { validateWorkspace } from '../../src/action/validate.js';
import { createClient } from '../../src/github/client.js';
import { PullRequests } from '../../src/github/pulls.js';
import { useSandbox } from '../harness/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const example = readFileSync(join(root, 'examples/incidents/INC-31.md'), 'utf8');
const CONFIG = 'label: incident\nseverities:\n  P1: { update_every: 30m }\n  P2: { update_every: 2h }\n';

/** The example incident renumbered to `n`, with front matter lines replaced. */
function incident(n: number, fields: Record<string, string> = {}): string {
  let text = example.replace(/^id: INC-31$/m, `id: INC-${n}`).replace(/^issue: 31$/m, `issue: ${n}`);
  for (const [key, value] of Object.entries(fields)) text = text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
  return text;
}

const ctx = useSandbox({ fresh: true });
const saved = { workspace: process.env.GITHUB_WORKSPACE, api: process.env.GITHUB_API_URL };
let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'sitrep-workspace-'));
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.GITHUB_API_URL = ctx.sandbox.url;
});

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
  process.env.GITHUB_WORKSPACE = saved.workspace;
  process.env.GITHUB_API_URL = saved.api;
  // core.setFailed marks the process as failed; the failure is asserted on the result instead.
  process.exitCode = 0;
});

/** Commits `base` on the default branch and `change` on a branch, opens the pull request, and checks out the merge. */
function pullRequest(base: Record<string, string>, change: Record<string, string>): number {
  const repo = ctx.sandbox.repo();
  repo.writeFiles(base, { message: 'incidents' });
  repo.createBranch('edit');
  repo.writeFiles(change, { branch: 'edit', message: 'edit incidents' });
  const pull = repo.openPull({ title: 'Edit incidents', head: 'edit' });
  mkdirSync(join(workspace, '.git'));
  for (const [path, text] of Object.entries({ ...base, ...change })) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  return pull.number;
}

async function validate(number: number) {
  const result = emptyResult();
  const pulls = new PullRequests(createClient(ctx.sandbox.botToken, { apiUrl: ctx.sandbox.url }), ctx.sandbox.defaultRepo, false);
  await validateWorkspace(result, '.github/sitrep.yml', process.env.GITHUB_WORKSPACE as string, { pulls, number });
  return result;
}

describe('validate on a pull request', () => {
  it('checks the changed files fully and reads only the ids of the others', async () => {
    const number = pullRequest(
      {
        '.github/sitrep.yml': CONFIG,
        'incidents/INC-1.md': incident(1),
        // A problem the pull request did not make: not this pull request's to fix.
        'incidents/INC-2.md': incident(2, { resolved_at: 'null' }),
      },
      { 'incidents/INC-3.md': incident(3, { severity: 'P7' }), 'postmortems/INC-9.md': '---\nid: INC-9\nincident: INC-9\ntitle: x\nseverity: P1\nstatus: draft\nauthors: [alice]\n---\n' },
    );
    const result = await validate(number);
    expect(result.notes).toEqual([`validated 2 file(s) changed by pull request #${number} fully and .github/sitrep.yml, and the ids of 2 other file(s): 2 problem(s)`]);
    expect(result.table).toEqual([
      ['File', 'Line', 'Problem'],
      ['incidents/INC-3.md', '4', 'severity "P7" is not defined in the configuration; defined: P1, P2'],
      ['postmortems/INC-9.md', '3', 'incident INC-9 does not exist: there is no incidents/INC-9.md'],
    ]);
    expect(result.errors).toBe(2);
  });

  it('uses the unchanged files for the checks across files: a duplicate id is found', async () => {
    const number = pullRequest({ 'incidents/INC-1.md': incident(1) }, { 'incidents/INC-5.md': incident(1) });
    const result = await validate(number);
    expect(result.table?.slice(1)).toEqual([
      ['incidents/INC-5.md', '2', 'id "INC-1" does not match the file name INC-5.md; the id must be INC-5'],
      ['incidents/INC-5.md', '2', 'id INC-1 is also used by incidents/INC-1.md; every incident needs its own id (INC-<issue number>)'],
    ]);
  });

  it('checks every file when the pull request\'s files cannot be listed', async () => {
    const number = pullRequest({ 'incidents/INC-1.md': incident(1) }, { 'incidents/INC-2.md': incident(2) });
    ctx.sandbox.faults.inject({ operation: 'pulls/list-files', status: 403, count: 1 });
    const result = await validate(number);
    expect(result.notes).toEqual([
      `could not list the files of pull request #${number} (the job needs pull-requests: read); every file is checked fully`,
      'validated 2 file(s) fully: 0 problem(s)',
    ]);
  });

  it('reads every page of the pull request\'s files', async () => {
    const change: Record<string, string> = {};
    for (let n = 1; n <= 120; n++) change[`incidents/INC-${n}.md`] = incident(n);
    const number = pullRequest({ 'incidents/INC-500.md': incident(500) }, change);
    const result = await validate(number);
    expect(result.notes).toEqual([`validated 120 file(s) changed by pull request #${number} fully, and the ids of 1 other file(s): 0 problem(s)`]);
  });
});
