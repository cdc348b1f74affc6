import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentFormBody } from '../support/builders.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandboxPager, type SandboxPager } from '../../src/sandbox/pager/server.js';
import { issueCommentEvent, issuesEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';

// Paging (SPEC 4.11) from the built action against the sandbox's pager: the applier pages after a
// committed change, records `paged` only after the pager accepted, and the next run pages what
// an earlier one could not.

const ROUTING_KEY = 'R0UT1NGKEY0000000000000000000042';
const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY }
`;

let pager: SandboxPager;
beforeAll(async () => {
  pager = await startSandboxPager({ keys: [ROUTING_KEY] });
});
afterAll(() => pager.close());

function env(): Record<string, string> {
  return { SITREP_PD_KEY: ROUTING_KEY, SITREP_PAGERDUTY_EVENTS_URL: pager.url };
}

function declare(sandbox: Sandbox): { number: number; opened: () => Promise<ActionRun> } {
  if (!sandbox.repo().readFile('.github/sitrep.yml')) sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: incidentFormBody(), labels: ['incident'] });
  return { number: issue.number, opened: () => runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env: env() }) };
}

async function comment(sandbox: Sandbox, number: number, body: string): Promise<ActionRun> {
  const posted = sandbox.repo().comment(number, body, { as: 'alice' });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: posted.id }), env: env() });
}

/** What the run printed, less the runner's masking commands (a runner never shows those lines). */
function printed(run: ActionRun): string {
  return (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
}

function logOf(sandbox: Sandbox, number: number): string[] {
  const text = sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '';
  return text.split('\n').filter((line) => / · @[^ ]+ · /.test(line));
}

function pagedLines(sandbox: Sandbox, number: number): string[] {
  return logOf(sandbox, number).filter((line) => line.includes(' · paged'));
}

function card(sandbox: Sandbox, number: number): string {
  return sandbox.repo().botComments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->'))?.body ?? '';
}

function alertOf(number: number) {
  return [...pager.alerts.values()].find((a) => a.key.endsWith(`#INC-${number}`));
}

describe('paging from the applier', () => {
  const ctx = useSandbox();

  it('pages a declared P1 once even when the 202 is lost, logs it, shows it on the card, pages nothing on a re-delivery, and resolves at the pager', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const { number, opened } = declare(sandbox);
    pager.faults.lostAnswer = 1;
    const declared = await opened();
    expect(declared.exitCode, declared.stdout + declared.stderr).toBe(0);
    // The answer was lost and the page sent again with the same dedup_key: one alert at the pager.
    expect(pager.requests.filter((r) => r.path === '/v2/enqueue')).toHaveLength(2);
    // PagerDuty folds the second trigger into the alert the first opened: one alert, one incident number.
    expect([...pager.alerts.values()]).toHaveLength(1);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 2, number: 1 });
    expect(pager.violations).toEqual([]);
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/ · @bob · paged · primary: declared P1$/)]);
    expect(card(sandbox, number)).toMatch(/\| Paged \| primary .*declared P1/);
    expect(printed(declared)).not.toContain(ROUTING_KEY);

    // The same event delivered again: nothing is owed, nothing is sent.
    const before = pager.requests.length;
    const again = await opened();
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(pager.requests.length).toBe(before);
    expect(pagedLines(sandbox, number)).toHaveLength(1);

    const resolved = await comment(sandbox, number, '/inc resolve Rolled back the deploy');
    expect(resolved.exitCode, resolved.stdout + resolved.stderr).toBe(0);
    expect(alertOf(number)).toMatchObject({ status: 'resolved' });
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/paged · primary: declared P1$/), expect.stringMatching(/ · @alice · paged \(resolve\) · primary: resolved$/)]);
  });

  it('declares while the pager is down, fails the run naming the pager, and the next run pages it', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const { number, opened } = declare(sandbox);
    pager.faults.down = 3;
    const declared = await opened();
    expect(declared.exitCode).toBe(1);
    expect(declared.stdout + declared.stderr).toContain('pager "primary" (pagerduty)');
    expect(printed(declared)).not.toContain(ROUTING_KEY);
    // Declared all the same: the file, the card, no page logged.
    expect(logOf(sandbox, number)[0]).toMatch(/ · declared · P1/);
    expect(card(sandbox, number)).not.toBe('');
    expect(pagedLines(sandbox, number)).toEqual([]);
    expect(pager.alerts.size).toBe(0);

    // The next run on the incident (a note) pages what is owed.
    const next = await comment(sandbox, number, '/inc note Looking at the load balancer');
    expect(next.exitCode, next.stdout + next.stderr).toBe(0);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 1 });
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/ · @alice · paged · primary: declared P1$/)]);
  });
});
