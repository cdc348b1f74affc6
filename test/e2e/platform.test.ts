/**
 * sitrep on a real GitHub (issue 23): the platform rules no schema states, played by the sandbox,
 * and what sitrep does at each.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentFormBody } from '../support/builders.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { issuesEvent, runAction, useSandbox } from '../harness/index.js';

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
