/**
 * sitrep on a real GitHub (issue 23): the platform rules no schema states, played by the sandbox,
 * and what sitrep does at each.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentFormBody } from '../support/builders.js';
import type { Sandbox } from '@sitrep/sandbox';
import { issueCommentEvent, issuesEvent, runAction, useSandbox, workflowDispatchEvent, type ActionRun } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

let server: Server;
let base = '';
const received: { path: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
notify:
  - { name: incidents, type: slack, url_env: SITREP_SLACK_URL }
`;

const cards = (sandbox: Sandbox, number: number) => sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));

describe('a form submission fires issues.opened and issues.labeled at once', () => {
  it('two runs started together end with one card and one notification set', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: incidentFormBody(), labels: ['incident'] });
    const env = { SITREP_SLACK_URL: `${base}/slack` };
    received.length = 0;
    const runs = await Promise.all([
      runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env }),
      runAction({ sandbox, ...issuesEvent(sandbox, 'labeled', { number: issue.number, label: 'incident', sender: 'bob' }), env }),
    ]);
    for (const run of runs) expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`)).toContain('severity: P1');
    expect(cards(sandbox, issue.number)).toHaveLength(1);
    expect(received.filter((r) => r.path === '/slack')).toHaveLength(1);
  });
});

const PLAIN = `escalation:
  coordinators: ["@acme/incident-coordinators"]
`;

async function declareP1(sandbox: Sandbox, config = PLAIN): Promise<number> {
  sandbox.repo().writeFile('.github/sitrep.yml', config, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: incidentFormBody(), labels: ['incident'] });
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return issue.number;
}

async function command(sandbox: Sandbox, number: number, body: string, options: { as?: string; token?: string } = {}): Promise<ActionRun> {
  const comment = sandbox.repo().comment(number, body, { as: options.as ?? 'alice' });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }), ...(options.token ? { inputs: { token: options.token } } : {}) });
}

describe('GitHub Actions may not create pull requests', () => {
  it('the postmortem branch is kept, the run fails, and one comment names the setting and links the branch', async () => {
    const { sandbox } = ctx;
    sandbox.repo().configure({ actionsCanCreatePullRequests: false });
    const number = await declareP1(sandbox);
    const resolved = await command(sandbox, number, '/inc resolve Stable for an hour');
    expect(resolved.exitCode).toBe(1);
    expect(resolved.stdout + resolved.stderr).toContain('Allow GitHub Actions to create and approve pull requests');
    const branch = `sitrep/postmortem/INC-${number}`;
    expect(sandbox.repo().readFile(`postmortems/INC-${number}.md`, { ref: branch })).toContain('INC-');
    const told = sandbox.repo().botComments(number).filter((c) => c.body.includes('Allow GitHub Actions to create and approve pull requests'));
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(`/tree/${branch}`);
    expect(told[0]?.body).toContain(`/compare/main...${branch}`);
    // A re-run (the setting still off) says it once.
    const id = `INC-${number}`;
    const again = await runAction({ sandbox, ...workflowDispatchEvent(sandbox, { inputs: { command: 'postmortem', incident: id } }), inputs: { command: 'postmortem', incident: id } });
    expect(again.exitCode).toBe(1);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.includes('Allow GitHub Actions to create and approve pull requests'))).toHaveLength(1);
  });
});

describe('two identities write to one incident', () => {
  it('a command run with an App token edits the card the workflow token posted: one card, no second reply', async () => {
    const { sandbox } = ctx;
    sandbox.addApp('sitrep-app', { permissions: { 'acme/incidents': 'write' } });
    const number = await declareP1(sandbox, `${PLAIN}bots: ["github-actions[bot]", "sitrep-app[bot]"]\n`);
    const token = sandbox.tokenFor('sitrep-app[bot]');
    const fixing = await command(sandbox, number, '/inc status fixing', { token });
    expect(fixing.exitCode, fixing.stdout + fixing.stderr).toBe(0);
    const all = sandbox.repo().comments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));
    expect(all).toHaveLength(1);
    expect(all[0]?.body).toContain('**fixing**');
    // Back with the workflow token: the App's card is sitrep's own too.
    const resolved = await command(sandbox, number, '/inc status monitoring');
    expect(resolved.exitCode, resolved.stdout + resolved.stderr).toBe(0);
    const after = sandbox.repo().comments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));
    expect(after).toHaveLength(1);
    expect(after[0]?.body).toContain('**monitoring**');
  });

  it('markers by anyone not listed stay inert', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, `${PLAIN}bots: ["github-actions[bot]", "sitrep-app[bot]"]\n`);
    sandbox.repo().comment(number, '<!-- sitrep:card -->\nforged', { as: 'bob' });
    const run = await command(sandbox, number, '/inc status fixing');
    expect(run.exitCode).toBe(0);
    expect(sandbox.repo().comments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->\nforged'))).toBeDefined();
    expect(sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'))[0]?.body).toContain('**fixing**');
  });

  it('a bots entry that is not a login is refused, naming the key', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', `${PLAIN}bots: ["not a login!"]\n`, { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: incidentFormBody(), labels: ['incident'] });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/bots/);
  });
});

