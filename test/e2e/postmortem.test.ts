/**
 * The postmortem end to end (SPEC 4.4): the built action runs as a runner runs it, against the
 * sandbox, and the tests read what a user would see: the pull request, its file, its reviewers,
 * the incident file's `postmortem` field and the card.
 */
import type { Sandbox } from '@sitrep/sandbox';
import { logLine } from '../support/builders.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIncidentText, readIncident } from '../../src/core/incident-file.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import { findSection, parseMarkdown, plainText } from '../../src/core/markdown.js';
import { readPostmortemFrontMatter } from '../../src/core/postmortem/front-matter.js';
import { issueCommentEvent, issuesEvent, REPO_ROOT, runAction, useSandbox, workflowDispatchEvent, type ActionRun } from '../harness/index.js';
import { runCli } from '../support/cli.js';

const FORM = [
  '### Severity', '', 'P1', '',
  '### Summary', '', 'Checkout API returns 502 for EU customers.', '',
  '### Impact', '', 'EU customers cannot pay.', '',
  '### Affected services', '', 'checkout-api', '',
  '### Impact started at', '', '2026-11-21 09:50 UTC', '',
].join('\n');

function expectSuccess(run: ActionRun): ActionRun {
  expect(run.stderr, run.stdout).not.toMatch(/Error/);
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.outputs.errors).toBe('0');
  return run;
}

/** Posts a comment as `who` after `minutes`, and runs the action on it. */
async function command(sandbox: Sandbox, issue: number, who: string, body: string, minutes = 5): Promise<ActionRun> {
  sandbox.clock.advance(`${minutes}m`);
  const comment = sandbox.repo().comment(issue, body, { as: who });
  return expectSuccess(await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) }));
}

function tableRows(markdown: string, section: string): string[][] {
  const table = findSection(parseMarkdown(markdown), section)?.nodes.find((n) => n.type === 'table');
  return table?.type === 'table' ? table.children.map((row) => row.children.map((c) => plainText(c))) : [];
}

/** Runs `sitrep validate` (the built CLI) on an incident and its postmortem; returns its exit code and output. */
async function validate(incident: string, postmortem: string, id: string): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-validate-'));
  try {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'incidents'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'incidents', `${id}.md`), incident);
    writeFileSync(join(dir, 'postmortems', `${id}.md`), postmortem);
    const run = await runCli(['validate', dir], { cwd: REPO_ROOT });
    return { code: run.status, output: run.status === 0 ? run.stdout : `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a P1 taken through its life', () => {
  const ctx = useSandbox();
  let issue = 0;
  let id = '';
  let resolved: ActionRun;

  it('produces the postmortem pull request when resolved', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const created = repo.createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: FORM, labels: ['incident'] });
    issue = created.number;
    id = `INC-${issue}`;
    expectSuccess(await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue }) }));

    // History for the suspect changes: impact started 09:50, so the window opens 2h before (07:50).
    repo.addMergedPull({ title: 'Bump the logging library', mergedAt: '2026-11-21T07:30:00Z' });
    repo.addMergedPull({ title: 'Shrink the connection pool', author: 'carol', mergedAt: '2026-11-21T09:45:00Z' });
    await command(sandbox, issue, 'alice', '/inc role coordinator @alice', 2);
    await command(sandbox, issue, 'alice', '/inc update Rolled back deploy 1234; errors persist', 10);
    await command(sandbox, issue, 'bob', '/inc note Connection pool exhausted on eu-west-1 | see @acme/dba <b>dashboard</b>', 5);
    // The fix, in a pull request that references the incident, merged.
    sandbox.clock.advance('3m');
    repo.createBranch('fix-pool', { as: 'bob' });
    repo.writeFile('pool.conf', 'size: 50\n', { as: 'bob', branch: 'fix-pool', message: 'Raise the pool size' });
    const fix = repo.openPull({ as: 'bob', title: 'Raise the connection pool size', head: 'fix-pool', body: `Fixes the pool for #${issue}` });
    sandbox.clock.advance('4m');
    repo.mergePull(fix.number, { as: 'alice' });
    await command(sandbox, issue, 'alice', '/inc status fixing Pool size raised', 1);
    await command(sandbox, issue, 'bob', '/inc status monitoring', 50);
    // Merged after the impact was mitigated: not a suspect.
    repo.addMergedPull({ title: 'Tidy the README', mergedAt: '2026-11-21T11:40:00Z' });
    await command(sandbox, issue, 'carol', '/inc followup Alert on 5xx ratio per region owner: @carol repo: acme/checkout due: 2026-12-05', 5);
    resolved = await command(sandbox, issue, 'alice', '/inc resolve Stable for an hour', 60);

    const pulls = repo.pulls({ state: 'all' }).filter((p) => p.head === `sitrep/postmortem/${id}`);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull.title).toBe(`Postmortem: ${id} Checkout API returns 502 for EU customers`);
    expect(pull.state).toBe('open');
    expect(pull.base).toBe('main');
    expect([...pull.requestedReviewers].sort()).toEqual(['alice', 'bob']);
    expect(resolved.outputs['postmortem-pr']).toBe(pull.url);
    // The suspect changes of every readable repository take one GraphQL request.
    expect(resolved.counters.byOperation['query SuspectChanges']).toBe(1);
  }, 90_000);

  it('lists the pull requests merged in the impact window, and only those', () => {
    const text = ctx.sandbox.repo().readFile(`postmortems/${id}.md`, { ref: `sitrep/postmortem/${id}` }) ?? '';
    const rows = tableRows(text, 'Changes in the impact window').slice(1);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['Raise the connection pool size', '@\u200bbob'],
      ['Shrink the connection pool', '@\u200bcarol'],
    ]);
    expect(rows[1]?.[1]).toMatch(/^acme\/incidents#\d+$/);
    expect(text).toContain('Pull requests merged from 2026-11-21 07:50 to');
  });

  it('writes the file on the branch: front matter, metrics, timeline, action items, responders', () => {
    const repo = ctx.sandbox.repo();
    const text = repo.readFile(`postmortems/${id}.md`, { ref: `sitrep/postmortem/${id}` }) ?? '';
    const pull = repo.pulls({ state: 'open' })[0]!;
    expect(readPostmortemFrontMatter(text)).toEqual({
      id, incident: id, title: 'Checkout API returns 502 for EU customers', severity: 'P1', status: 'draft',
      authors: ['alice', 'bob'], date: '2026-11-21', pull_request: pull.url,
    });
    const metrics = Object.fromEntries(tableRows(text, 'Key metrics').map((r) => [r[0], r[1]]));
    expect(metrics).toMatchObject({
      'Time to declare': '10m',
      'Time to acknowledge': '2m',
      'Time to mitigate': '1h 15m',
      'Time to resolve': '2h 20m',
      'Impact duration': '1h 25m',
      'Status updates': '4 of 4 due',
    });
    const events = tableRows(text, 'Timeline').slice(1).map((r) => r[1]);
    expect(events).toEqual([
      'Declared: P1, investigating',
      'Role assigned: coordinator: @\u200balice',
      'Update (investigating): Rolled back deploy 1234; errors persist',
      'Note: Connection pool exhausted on eu-west-1 | see @\u200bacme/dba <b>dashboard</b>',
      expect.stringMatching(/^Pull request linked: acme\/incidents#\d+ Raise the connection pool size$/),
      expect.stringMatching(/^Pull request merged: acme\/incidents#\d+ Raise the connection pool size$/),
      'Status: investigating → fixing. Pool size raised',
      'Status: fixing → monitoring',
      'Status: monitoring → resolved. Stable for an hour',
    ]);
    expect(text).toContain('- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05\n');
    expect(tableRows(text, 'Responders').map((r) => [r[0], r[1]])).toEqual([
      ['Responder', 'Role'],
      ['@\u200balice', 'coordinator'],
      ['@\u200bbob', 'operations'],
      ['@\u200bcarol', '—'],
    ]);
  });

  it('validates with sitrep validate', async () => {
    const repo = ctx.sandbox.repo();
    const postmortem = repo.readFile(`postmortems/${id}.md`, { ref: `sitrep/postmortem/${id}` }) ?? '';
    const result = await validate(repo.readFile(`incidents/${id}.md`) ?? '', postmortem, id);
    expect(result, result.output).toMatchObject({ code: 0 });
  });

  it('records the pull request in the incident file and on the card', () => {
    const repo = ctx.sandbox.repo();
    const pull = repo.pulls({ state: 'open' })[0]!;
    const incident = readIncident(repo.readFile(`incidents/${id}.md`) ?? '');
    expect(incident.record.postmortem).toBe(pull.url);
    expect(incident.log.at(-1)).toMatchObject({ kind: 'postmortem', ref: pull.url });
    const card = repo.botComments(issue).find((c) => c.body.startsWith('<!-- sitrep:card -->'));
    expect(card?.body).toContain(`| Postmortem | [pull request](${pull.url}) |`);
  });

  it('keeps a human edit on a rebuild and does not open a second pull request', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const branch = `sitrep/postmortem/${id}`;
    const path = `postmortems/${id}.md`;
    const before = repo.readFile(path, { ref: branch }) ?? '';
    const edited = before
      .replace('## Root cause\n\n', '## Root cause\n\nThe pool was sized for last year\'s traffic.\n\n')
      .replace('status: draft', 'status: in-review');
    repo.writeFile(path, edited, { as: 'alice', branch, message: 'Write the root cause' });
    await command(sandbox, issue, 'carol', '/inc note Customer comms sent', 30);
    const run = await command(sandbox, issue, 'alice', '/inc postmortem', 1);

    const pulls = repo.pulls({ state: 'all' }).filter((p) => p.head === branch);
    expect(pulls).toHaveLength(1);
    expect(run.outputs['postmortem-pr']).toBe(pulls[0]!.url);
    const after = repo.readFile(path, { ref: branch }) ?? '';
    expect(after).toContain("The pool was sized for last year's traffic.");
    expect(readPostmortemFrontMatter(after)?.status).toBe('in-review');
    expect(tableRows(after, 'Timeline').map((r) => r[1])).toContain('Note: Customer comms sent');
    // A rebuild with nothing new writes nothing.
    const commits = repo.commits({ ref: branch }).length;
    const again = await command(sandbox, issue, 'alice', '/inc postmortem', 1);
    // One write: the incident's Log records the request; the postmortem's branch gets none.
    expect(again.counters.byOperation['repos/create-or-update-file-contents'] ?? 0).toBeLessThanOrEqual(1);
    expect(repo.commits({ ref: branch }).length).toBe(commits);
  });
});

describe('after the postmortem is merged', () => {
  const ctx = useSandbox();

  it('a rebuild with nothing new proposes nothing', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const created = repo.createIssue({ as: 'bob', title: 'Login fails', body: FORM.replace('P1', 'P2'), labels: ['incident'] });
    expectSuccess(await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: created.number }) }));
    await command(sandbox, created.number, 'alice', '/inc resolve Fixed', 30);
    const pull = repo.pulls({ state: 'open' }).find((p) => p.head === `sitrep/postmortem/INC-${created.number}`);
    expect(pull).toBeDefined();
    repo.mergePull(pull!.number, { as: 'alice' });
    expect(repo.readFile(`postmortems/INC-${created.number}.md`)).toContain(`id: INC-${created.number}`);

    const run = await command(sandbox, created.number, 'alice', '/inc postmortem', 10);
    expect(repo.pulls({ state: 'all' }).filter((p) => p.head === `sitrep/postmortem/INC-${created.number}`)).toHaveLength(1);
    expect(run.summary).toContain('is up to date; no pull request needed');
  });
});

describe('a long incident', () => {
  const ctx = useSandbox({ fresh: true });

  /** An incident seeded directly: its issue, its file on main, and `comments` comments on the issue. */
  function seedIncident(sandbox: Sandbox, comments: number): { issue: number; id: string } {
    const repo = sandbox.repo();
    const created = repo.createIssue({ as: 'bob', title: 'Payments slow', labels: ['incident'] });
    const id = `INC-${created.number}`;
    const record: IncidentRecord = {
      id, title: created.title, severity: 'P2', status: 'resolved', type: 'incident', issue: created.number, source: 'alert',
      services: [], customers: [], declared_at: '2026-11-21T10:00:00Z', started_at: null, acknowledged_at: '2026-11-21T10:05:00Z',
      mitigated_at: null, resolved_at: '2026-11-22T10:00:00Z', closed_at: null, next_update_due: null,
      roles: { coordinator: 'alice', operations: 'bob', communications: null }, postmortem: null,
    };
    repo.writeFile(`incidents/${id}.md`, createIncidentText({
      record, summary: 'Payments were slow.', impact: 'Slow checkouts.',
      log: [
        logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P2, investigating'),
        logLine('2026-11-22T10:00:00Z', 'alice', 'status', 'investigating → resolved'),
      ],
    }), { message: `${id}: declared (P2)` });
    const people = ['alice', 'bob', 'carol', 'dave'];
    for (let i = 0; i < comments; i++) repo.comment(created.number, `Looking at shard ${i}`, { as: people[i % people.length]! });
    return { issue: created.number, id };
  }

  it('reads a timeline of 1,500 items in full, a page per hundred', async () => {
    const { sandbox } = ctx;
    const { issue, id } = seedIncident(sandbox, 1_500);
    const items = sandbox.repo().timeline(issue).filter((e) => e.event !== 'merged' && !e.event.startsWith('review_'));
    expect(items.length).toBeGreaterThanOrEqual(1_500);
    const run = expectSuccess(await runAction({
      sandbox,
      ...workflowDispatchEvent(sandbox, { inputs: { command: 'postmortem', incident: id } }),
      inputs: { command: 'postmortem', incident: id },
    }));
    expect(run.counters.byOperation['query IssueTimeline']).toBe(Math.ceil(items.length / 100));
    const text = sandbox.repo().readFile(`postmortems/${id}.md`, { ref: `sitrep/postmortem/${id}` }) ?? '';
    // Every comment was read: each author's actions count all 375 of theirs.
    const actions = Object.fromEntries(tableRows(text, 'Responders').slice(1).map((r) => [r[0], r[3]]));
    expect(actions).toMatchObject({ '@\u200bcarol': '375', '@\u200bdave': '375' });
    expect(run.outputs['postmortem-pr']).toMatch(/\/pull\/\d+$/);
  });

  it('plans and writes nothing in dry-run', async () => {
    const { sandbox } = ctx;
    const { id } = seedIncident(sandbox, 3);
    const run = expectSuccess(await runAction({
      sandbox,
      ...workflowDispatchEvent(sandbox, { inputs: { command: 'postmortem', incident: id } }),
      inputs: { command: 'postmortem', incident: id, 'dry-run': 'true' },
    }));
    expect(run.counters.restWrite + run.counters.graphqlMutation).toBe(0);
    expect(sandbox.repo().branches()).not.toContain(`sitrep/postmortem/${id}`);
    expect(run.stdout).toContain(`would commit postmortems/${id}.md on sitrep/postmortem/${id}`);
  });

  it('reports a reviewer GitHub refuses and still opens the pull request', async () => {
    const { sandbox } = ctx;
    const { id } = seedIncident(sandbox, 1);
    // mallory holds a role but is no collaborator: GitHub answers 422 to a review request.
    const path = `incidents/${id}.md`;
    const repo = sandbox.repo();
    repo.writeFile(path, (repo.readFile(path) ?? '').replace('communications: null', 'communications: mallory'), { message: 'mallory comms' });
    const run = await runAction({
      sandbox,
      ...workflowDispatchEvent(sandbox, { inputs: { command: 'postmortem', incident: id } }),
      inputs: { command: 'postmortem', incident: id },
    });
    const pull = repo.pulls({ state: 'open' }).find((p) => p.head === `sitrep/postmortem/${id}`);
    expect([...(pull?.requestedReviewers ?? [])].sort()).toEqual(['alice', 'bob']);
    expect(run.summary).toContain('could not request review from @mallory');
  });
});

describe('sitrep postmortem INC-<n> [dir] (offline)', () => {
  const cli = async (args: string[], cwd: string) => {
    const run = await runCli(args, { cwd });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  /** A repository folder with a configuration moving the folders, and one incident. */
  function repository(): string {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/sitrep.yml'), 'paths: { incidents: ops/incidents, postmortems: ops/reviews }\n');
    mkdirSync(join(dir, 'ops/incidents'), { recursive: true });
    const record: IncidentRecord = {
      // Resolved, so that what is rendered does not depend on the clock.
      id: 'INC-7', title: 'Search down', severity: 'P2', status: 'resolved', type: 'incident', issue: 7, source: 'customer',
      services: ['search'], customers: [], declared_at: '2026-11-21T10:00:00Z', started_at: null, acknowledged_at: '2026-11-21T10:03:00Z',
      mitigated_at: null, resolved_at: '2026-11-21T11:30:00Z', closed_at: null, next_update_due: null,
      roles: { coordinator: 'alice', operations: 'bob', communications: null }, postmortem: null,
    };
    writeFileSync(join(dir, 'ops/incidents/INC-7.md'), createIncidentText({
      record, summary: 'Search returns nothing.', impact: 'Nobody can search.',
      log: [
        logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P2, investigating'),
        logLine('2026-11-21T10:20:00Z', 'alice', 'status', 'investigating → fixing. Index rebuilt'),
        logLine('2026-11-21T10:21:00Z', 'alice', 'followup', 'Alert on empty results — owner: @alice'),
        logLine('2026-11-21T11:30:00Z', 'alice', 'status', 'fixing → resolved'),
      ],
    }));
    return dir;
  }

  it('writes the postmortem where the configuration says, from the file alone, and it validates', async () => {
    const dir = repository();
    try {
      expect(await cli(['postmortem', 'INC-7', dir], tmpdir())).toMatchObject({ code: 0 });
      const text = readFileSync(join(dir, 'ops/reviews/INC-7.md'), 'utf8');
      expect(readPostmortemFrontMatter(text)).toMatchObject({ id: 'INC-7', severity: 'P2', status: 'draft', pull_request: null });
      expect(tableRows(text, 'Timeline').slice(1).map((r) => r[1])).toEqual(['Declared: P2, investigating', 'Status: investigating → fixing. Index rebuilt', 'Status: fixing → resolved']);
      expect(text).toContain('- [ ] Alert on empty results — owner: @alice');
      expect(text).toContain('[INC-7](../incidents/INC-7.md)');
      expect(await cli(['validate', dir], dir)).toMatchObject({ code: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps human edits when run again, and prints with --stdout', async () => {
    const dir = repository();
    try {
      await cli(['postmortem', 'INC-7'], dir);
      const path = join(dir, 'ops/reviews/INC-7.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('## What went well\n\n', '## What went well\n\nThe on-call knew the index.\n\n'));
      writeFileSync(join(dir, 'ops/incidents/INC-7.md'), `${readFileSync(join(dir, 'ops/incidents/INC-7.md'), 'utf8')}- 2026-11-21T11:40:00Z · @alice · note · Reindex done\n`);
      const run = await cli(['postmortem', 'INC-7', '.'], dir);
      expect(run.stdout).toContain('your edits are kept');
      const text = readFileSync(path, 'utf8');
      expect(text).toContain('The on-call knew the index.');
      expect(tableRows(text, 'Timeline').map((r) => r[1])).toContain('Note: Reindex done');
      expect((await cli(['postmortem', 'INC-7', '--stdout'], dir)).stdout).toBe(text);
      expect((await cli(['postmortem', 'INC-7'], dir)).stdout).toContain('is up to date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what is missing', async () => {
    const dir = repository();
    try {
      expect(await cli(['postmortem', 'INC-8', dir], tmpdir())).toMatchObject({ code: 1, stderr: expect.stringContaining('INC-8 has no incident file') });
      expect(await cli(['postmortem', 'incident-8'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('"incident-8" is not an incident id') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
