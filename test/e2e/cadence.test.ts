import { describe, expect, it } from 'vitest';
import { createIncidentText } from '../../src/core/incident-file.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { issueCommentEvent, issuesEvent, runAction, scheduleEvent, useSandbox } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

const CONFIG = 'escalation:\n  coordinators: ["@acme/incident-coordinators"]\n';
const P1_FORM = '### Severity\n\nP1 — Critical — a customer production system is impaired\n\n### Summary\n\nCheckout down';

async function declareP1(sandbox: Sandbox, commands?: string): Promise<number> {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: P1_FORM, labels: ['incident'] });
  await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  if (commands) await command(sandbox, issue.number, commands);
  return issue.number;
}

async function command(sandbox: Sandbox, number: number, body: string, as = 'alice') {
  const comment = sandbox.repo().comment(number, body, { as });
  const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
  expect(run.exitCode, run.stderr).toBe(0);
}

async function sweep(sandbox: Sandbox, inputs: Record<string, string> = {}) {
  const run = await runAction({ sandbox, ...scheduleEvent(sandbox), inputs });
  expect(run.exitCode, run.stderr).toBe(0);
  return run;
}

function reminders(sandbox: Sandbox, number: number, kind?: string) {
  return sandbox
    .repo()
    .botComments(number)
    .filter((c) => c.body.includes(`<!-- sitrep:reminder kind=${kind ?? ''}`));
}

/** An incident file and its issue, written directly (no card: the sweep falls back to the file). */
function seedIncident(sandbox: Sandbox, overrides: Partial<IncidentRecord>): number {
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Seeded', body: 'x', labels: ['incident'] });
  const record: IncidentRecord = {
    id: `INC-${issue.number}`, title: 'Seeded', severity: 'P1', status: 'investigating', type: 'incident', issue: issue.number,
    source: null, services: [], customers: [], declared_at: '2026-11-21T10:00:00Z', started_at: null, acknowledged_at: null,
    mitigated_at: null, resolved_at: null, closed_at: null, next_update_due: '2026-11-21T10:30:00Z',
    roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null, ...overrides,
  };
  const log = [{ at: record.declared_at, actor: 'bob', kind: 'declared', text: 'P1, investigating' }];
  sandbox.repo().writeFile(`incidents/INC-${issue.number}.md`, createIncidentText({ record, summary: 'x', impact: '', log }));
  return issue.number;
}

describe('the cadence sweep', () => {
  it('reminds the communications lead once, stays quiet a minute later, and again after the next miss', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    sandbox.clock.advance('36m');
    let run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('1');
    const [first, ...more] = reminders(sandbox, number, 'update');
    expect(more).toEqual([]);
    expect(first?.body).toContain('@carol');
    expect(first?.body).toContain('was due at 2026-11-21T10:30:00Z and is 6m late');

    sandbox.clock.advance('1m');
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(run.counters).toMatchObject({ restWrite: 0, graphqlQuery: 1 });

    await command(sandbox, number, '/inc update rolled back, watching', 'carol');
    sandbox.clock.advance('31m');
    await sweep(sandbox);
    expect(reminders(sandbox, number, 'update').map((c) => /due=(\S+)/.exec(c.body)?.[1])).toEqual(['2026-11-21T10:30:00Z', '2026-11-21T11:07:00Z']);
  });

  it('overdue past escalate_after pings the coordinators once, even when an hour of sweeps was skipped', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice');
    sandbox.clock.advance('2h');
    await sweep(sandbox);
    await sweep(sandbox);
    const posted = sandbox.repo().botComments(number).filter((c) => c.body.includes('sitrep:reminder'));
    expect(posted.map((c) => c.body.match(/kind=(\w+)/)?.[1])).toEqual(['escalation']);
    expect(posted[0]?.body).toContain('@acme/incident-coordinators');
  });

  it('a P1 without a distinct coordinator gets the staffing reminder', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc update looking next: 3h');
    sandbox.clock.advance('31m');
    const run = await sweep(sandbox);
    const [staffing] = reminders(sandbox, number, 'staffing');
    expect(staffing?.body).toContain('@acme/incident-coordinators');
    expect(staffing?.body).toContain('/inc role coordinator @user');
    expect(run.outputs.reminders).toBe('1');
  });

  it('monitoring past the window asks the coordinator to resolve; a resolved P1 without a postmortem is chased', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const monitoring = seedIncident(sandbox, { status: 'monitoring', mitigated_at: '2026-11-21T10:00:00Z', next_update_due: '2026-11-25T00:00:00Z' });
    const resolved = seedIncident(sandbox, { status: 'resolved', resolved_at: '2026-11-21T10:00:00Z', next_update_due: null });
    sandbox.clock.advance('3d');
    const run = await sweep(sandbox);
    expect(reminders(sandbox, monitoring, 'monitoring')[0]?.body).toContain('@alice');
    expect(reminders(sandbox, resolved, 'postmortem')[0]?.body).toContain('/inc postmortem');
    expect(run.outputs.reminders).toBe('2');
    expect(run.summary).toContain(`INC-${monitoring}`);
  });

  it('dry-run makes the same decisions and writes nothing', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const number = seedIncident(sandbox, {});
    sandbox.clock.advance('45m');
    const run = await sweep(sandbox, { 'dry-run': 'true' });
    expect(run.outputs.reminders).toBe('1');
    expect(run.counters.restWrite).toBe(0);
    expect(reminders(sandbox, number)).toEqual([]);
    expect(run.stdout).toContain('[dry-run] would comment');
  });

  it('a failure on one incident is counted and the sweep goes on', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const broken = sandbox.repo().createIssue({ as: 'bob', title: 'Broken', body: 'x', labels: ['incident'] });
    sandbox.repo().writeFile(`incidents/INC-${broken.number}.md`, '---\nid: [unclosed\n---\n');
    const fine = seedIncident(sandbox, {});
    sandbox.clock.advance('45m');
    const run = await runAction({ sandbox, ...scheduleEvent(sandbox) });
    expect(run.outputs.errors).toBe('1');
    expect(reminders(sandbox, fine, 'update')).toHaveLength(1);
    expect(run.summary).toContain(`INC-${broken.number}`);
  });

  it('markers only count in the bot\'s own comments', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const number = seedIncident(sandbox, {});
    sandbox.repo().comment(number, '<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->', { as: 'carol' });
    sandbox.clock.advance('45m');
    await sweep(sandbox);
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
  });
});
