import type { Sandbox } from '@sitrep/sandbox';
import { logLine } from '../support/builders.js';
import { describe, expect, it } from 'vitest';
import { actionItemKey } from '../../src/core/action-items.js';
import { blobOid, renderCard } from '../../src/core/card.js';
import { loadConfig } from '../../src/core/config.js';
import { followupMarker } from '../../src/core/followup-issue.js';
import { createIncidentText, parseIncident } from '../../src/core/incident-file.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import { gate, until } from '../support/interleave.js';
import { issueCommentEvent, issuesEvent, runAction, scheduleEvent, useSandbox } from '../harness/index.js';
import { sameMinute } from '../support/time.js';

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
  const run = await runAction({ sandbox, ...scheduleEvent(sandbox, { cron: '*/10 * * * *' }), inputs });
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
  const log = [logLine(record.declared_at, 'bob', 'declared', 'P1, investigating')];
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
    // The open issues, then their files: two requests.
    expect(run.counters).toMatchObject({ restWrite: 0, graphqlQuery: 2 });

    await command(sandbox, number, '/inc update rolled back, watching', 'carol');
    sandbox.clock.advance('31m');
    await sweep(sandbox);
    // The first due time is the record's; the second, sitrep's "now" plus the interval (to the minute).
    expect(reminders(sandbox, number, 'update').map((c) => /due=(\S+)/.exec(c.body)?.[1])).toEqual(['2026-11-21T10:30:00Z', sameMinute('2026-11-21T11:07:00Z')]);
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
    expect(run.exitCode).toBe(1);
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

describe('follow-ups past their due date', () => {
  /** A postmortem on the default branch, as its merged pull request leaves it. */
  function postmortemText(id: string, items: string[]): string {
    return ['---', `id: ${id}`, `incident: ${id}`, 'severity: P1', 'status: final', 'authors: [alice]', '---', '', '## Root cause', '', 'A pool limit.', '', '## Action items', '', ...items, '', '## Responders', '', '- @alice (coordinator)', ''].join('\n');
  }

  /** A follow-up issue in acme/web as sitrep files it: labels, marker, owner assigned. */
  function followupIssue(sandbox: Sandbox, id: string, title: string, owner: string) {
    return sandbox.repo('acme/web').createIssue({
      as: sandbox.botLogin,
      title,
      body: `${followupMarker(id, actionItemKey(title))}\nFollow-up from the postmortem of **${id}**`,
      labels: ['incident-followup', id],
      assignees: [owner],
    });
  }

  /**
   * An incident with its status card (coordinator alice), resolved, its postmortem merged and its
   * follow-ups filed in acme/web: one still open, one closed; `closed` closes the incident too.
   */
  function seedFollowups(sandbox: Sandbox, options: { closed: boolean; folder?: string }) {
    const repo = sandbox.repo();
    const folder = options.folder ?? 'postmortems';
    repo.writeFile('.github/sitrep.yml', options.folder ? `${CONFIG}paths: { postmortems: ${folder} }\n` : CONFIG);
    sandbox.addRepo('acme/web', { botAccess: 'write' });
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', body: 'x', labels: ['incident'] });
    const id = `INC-${issue.number}`;
    const record: IncidentRecord = {
      id, title: issue.title, severity: 'P1', status: options.closed ? 'closed' : 'resolved', type: 'incident', issue: issue.number,
      source: null, services: [], customers: [], declared_at: '2026-11-21T09:00:00Z', started_at: null, acknowledged_at: '2026-11-21T09:05:00Z',
      mitigated_at: '2026-11-21T09:30:00Z', resolved_at: '2026-11-21T09:40:00Z', closed_at: options.closed ? '2026-11-21T09:55:00Z' : null, next_update_due: null,
      roles: { coordinator: 'alice', operations: 'bob', communications: null }, postmortem: `${sandbox.serverUrl}/acme/incidents/pull/99`,
    };
    const log = [logLine(record.declared_at, 'bob', 'declared', 'P1, investigating')];
    repo.writeFile(`incidents/${id}.md`, createIncidentText({ record, summary: 'x', impact: '', log }));
    const fileUrl = `${sandbox.serverUrl}/acme/incidents/blob/main/incidents/${id}.md`;
    repo.comment(issue.number, renderCard(record, { config: loadConfig(CONFIG, '.github/sitrep.yml'), fileUrl, statusSince: record.resolved_at as string }), { as: sandbox.botLogin });
    const open = followupIssue(sandbox, id, 'Alert on 5xx ratio per region', 'carol');
    const done = followupIssue(sandbox, id, 'Add a circuit breaker', 'bob');
    sandbox.repo('acme/web').closeIssue(done.number, { as: 'bob' });
    repo.writeFile(
      `${folder}/${id}.md`,
      postmortemText(id, [
        `- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/web, due: 2026-11-25, issue: ${open.url}`,
        `- [ ] Add a circuit breaker — owner: @bob, repo: acme/web, due: 2026-11-25, issue: ${done.url}`,
        '- [x] Roll back deploy 1234 — owner: @bob, due: 2026-11-22',
        '- [ ] Load-test the EU region — owner: @dave, due: 2026-12-31',
      ]),
      { message: `${id}: postmortem` },
    );
    if (options.closed) repo.closeIssue(issue.number, { as: sandbox.botLogin });
    return { number: issue.number, id, open };
  }

  function followupReminders(sandbox: Sandbox, number: number) {
    return reminders(sandbox, number, 'followup');
  }

  it('reminds a closed incident once of an item whose follow-up issue is still open, naming its owner', async () => {
    const { sandbox } = ctx;
    const { number, id, open } = seedFollowups(sandbox, { closed: true });

    // Nothing due yet: the postmortems come with the open-incident read, no other request.
    let run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(run.counters).toMatchObject({ graphqlQuery: 1, restRead: 0, restWrite: 0, graphqlMutation: 0 });

    sandbox.clock.advance('10d');
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('1');
    const [reminder, ...more] = followupReminders(sandbox, number);
    expect(more).toEqual([]);
    expect(reminder?.body).toMatch(new RegExp(`^<!-- sitrep:reminder kind=followup due=2026-11-25 item=${actionItemKey('Alert on 5xx ratio per region')} -->\n📌 @carol: `));
    expect(reminder?.body).toContain(`the ${id} follow-up "Alert on 5xx ratio per region" was due on 2026-11-25 and is 6 days late; its issue ${open.url} is still open.`);
    // Open-incident read (with the postmortems), the search for open follow-ups, the incident's markers; one comment,
    // then one read of the bot's comments since, in case another run posted the same reminder first.
    expect(run.counters).toMatchObject({ graphqlQuery: 3, restRead: 1, restWrite: 1, graphqlMutation: 0 });
    expect(run.summary).toContain(id);
    expect(sandbox.repo().issue(number).state).toBe('closed');

    // The next sweeps find the marker and post nothing; the closed, checked and not-yet-due items never get one.
    sandbox.clock.advance('1h');
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(run.counters).toMatchObject({ graphqlQuery: 3, restWrite: 0 });
    expect(followupReminders(sandbox, number)).toHaveLength(1);
    const all = sandbox.repo().botComments(number).map((c) => c.body).join('\n');
    for (const title of ['Add a circuit breaker', 'Roll back deploy 1234', 'Load-test the EU region']) expect(all).not.toContain(title);
  });

  it('an open incident is reminded from the open read, and an item with no issue pings the coordinator', async () => {
    const { sandbox } = ctx;
    const { number, id } = seedFollowups(sandbox, { closed: false });
    sandbox.repo().writeFile(
      `postmortems/${id}.md`,
      `${sandbox.repo().readFile(`postmortems/${id}.md`)}`.replace('\n\n## Responders', '\n- [ ] Write the runbook — due: 2026-11-26\n\n## Responders'),
    );
    sandbox.clock.advance('10d');
    const run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('2');
    const posted = followupReminders(sandbox, number);
    expect(posted.map((c) => c.body.split('\n')[0])).toEqual([
      `<!-- sitrep:reminder kind=followup due=2026-11-25 item=${actionItemKey('Alert on 5xx ratio per region')} -->`,
      `<!-- sitrep:reminder kind=followup due=2026-11-26 item=${actionItemKey('Write the runbook')} -->`,
    ]);
    expect(posted[1]?.body).toContain('📌 @alice: ');
    expect(posted[1]?.body).toContain(`it has no follow-up issue. Check it off in \`postmortems/${id}.md\``);
    // No markers query: the open read (issues, then files) already brought this incident's comments.
    expect(run.counters).toMatchObject({ graphqlQuery: 3, restWrite: 2 });
  });

  it('reads a configured postmortems folder with the incident files, and skips a postmortem whose issue does not exist', async () => {
    const { sandbox } = ctx;
    const { number } = seedFollowups(sandbox, { closed: true, folder: 'docs/postmortems' });
    sandbox.repo().writeFile('docs/postmortems/INC-999.md', postmortemText('INC-999', ['- [ ] Orphan — owner: @erin, due: 2026-11-25']));
    let run = await sweep(sandbox);
    expect(run.counters).toMatchObject({ graphqlQuery: 2, restRead: 0, restWrite: 0 });
    expect(run.counters.byOperation).toEqual({ 'query OpenIncidents': 2 });

    sandbox.clock.advance('10d');
    run = await sweep(sandbox);
    expect(run.outputs).toMatchObject({ reminders: '1', errors: '0' });
    expect(followupReminders(sandbox, number)).toHaveLength(1);
    expect(run.counters.byOperation).toEqual({ 'query OpenIncidents': 2, 'query OpenFollowups': 1, 'query IncidentMarkers': 1, 'issues/create-comment': 1, 'issues/list-comments': 1 });
    expect(run.stdout).toContain('docs/postmortems/INC-999.md: issue #999 was not found');
  });

  it('a follow-up reminder on a closed incident followed by 105 comments is not posted again', async () => {
    const { sandbox } = ctx;
    const { number } = seedFollowups(sandbox, { closed: true });
    for (let i = 0; i < 12; i++) sandbox.repo().comment(number, `retro note ${i}`, { as: 'carol' });
    sandbox.clock.advance('10d');
    await sweep(sandbox);
    expect(followupReminders(sandbox, number)).toHaveLength(1);
    for (let i = 0; i < 105; i++) sandbox.repo().comment(number, `follow-up chatter ${i}`, { as: 'carol' });
    sandbox.clock.advance('1h');
    const run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(followupReminders(sandbox, number)).toHaveLength(1);
    expect(run.counters.byOperation['query ReminderMarkers']).toBe(1);
  });

  it('dry-run decides the same and writes nothing', async () => {
    const { sandbox } = ctx;
    const { number } = seedFollowups(sandbox, { closed: true });
    sandbox.clock.advance('10d');
    const run = await sweep(sandbox, { 'dry-run': 'true' });
    expect(run.outputs.reminders).toBe('1');
    expect(run.counters.restWrite).toBe(0);
    expect(followupReminders(sandbox, number)).toEqual([]);
    expect(run.stdout).toContain('[dry-run] would comment');
  });
});

describe('the sweep reads the record', () => {
  /** A card as sitrep writes it, caching the record read from `text` (keyed by its blob id). */
  function card(sandbox: Sandbox, record: IncidentRecord, text: string | undefined) {
    const fileUrl = `${sandbox.serverUrl}/acme/incidents/blob/main/incidents/${record.id}.md`;
    return renderCard(record, { config: loadConfig(CONFIG, '.github/sitrep.yml'), fileUrl, statusSince: record.declared_at, ...(text ? { blobOid: blobOid(text) } : {}) });
  }

  it('a hand edit merged on main is what the next sweep acts on, whatever the card still holds', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = seedIncident(sandbox, {});
    const path = `incidents/INC-${number}.md`;
    const before = repo.readFile(path) as string;
    const record = { ...(parseIncident(before).document?.record as IncidentRecord) };
    repo.writeFile('.github/sitrep.yml', CONFIG);
    repo.comment(number, card(sandbox, record, before), { as: sandbox.botLogin });

    // Unchanged file: the card's cache serves, and nothing is due yet.
    sandbox.clock.advance('10m');
    let run = await sweep(sandbox);
    expect(run.summary).toContain('1 record(s) taken from the status card (file unchanged), 0 parsed');

    // A pull request hands communications to dave and moves the next update to 11:00.
    repo.writeFile(path, before.replace('communications: carol', 'communications: dave').replace('next_update_due: 2026-11-21T10:30:00Z', 'next_update_due: 2026-11-21T11:00:00Z'), { message: 'INC: new comms lead' });
    sandbox.clock.advance('25m'); // 10:35: the card's due time has passed, the file's has not
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(run.summary).toContain('0 record(s) taken from the status card (file unchanged), 1 parsed');

    sandbox.clock.advance('30m'); // 11:05
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('1');
    const posted = reminders(sandbox, number, 'update');
    expect(posted.map((c) => c.body.split('\n')[0])).toEqual(['<!-- sitrep:reminder kind=update due=2026-11-21T11:00:00Z -->']);
    expect(posted[0]?.body).toContain('@dave');
    expect(posted[0]?.body).not.toContain('@carol');
  });

  /**
   * `count` open incidents written by hand, as a team migrating from another tool writes them:
   * only the required keys, a coordinator and an operations engineer, P2s due in an hour except
   * the `overdue` first ones, due half an hour ago. Each issue carries a card-like comment that a
   * person wrote, claiming the incident is fine.
   */
  function seedByHand(sandbox: Sandbox, count: number, overdue: number): number[] {
    const repo = sandbox.repo();
    repo.writeFile('.github/sitrep.yml', CONFIG);
    const files: Record<string, string> = {};
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      const issue = repo.createIssue({ as: 'bob', title: `Migrated ${i}`, body: 'from the old tool', labels: ['incident'] });
      numbers.push(issue.number);
      const due = i < overdue ? '2026-11-21T09:30:00Z' : '2026-11-21T11:00:00Z';
      files[`incidents/INC-${issue.number}.md`] = [
        '---', `id: INC-${issue.number}`, `title: Migrated ${i}`, 'severity: P2', 'status: investigating', 'type: incident', `issue: ${issue.number}`,
        'declared_at: 2026-11-21T08:00:00Z', `next_update_due: ${due}`, 'roles:', '  coordinator: alice', '  operations: bob', '---', '', '## Summary', '', 'Migrated.', '',
      ].join('\n');
      const forged = Buffer.from(JSON.stringify({ id: `INC-${issue.number}`, severity: 'P2', status: 'investigating', next_update_due: '2030-01-01T00:00:00Z' })).toString('base64url');
      repo.comment(issue.number, `<!-- sitrep:card -->\nall fine\n<!-- sitrep:state ${forged} -->`, { as: 'carol' });
    }
    repo.writeFiles(files, { message: 'Migrate incidents' });
    return numbers;
  }

  it('250 hand-written incidents with two roles and no sitrep card: exactly the 5 overdue are reminded, within the read budget', async () => {
    const { sandbox } = ctx;
    const numbers = seedByHand(sandbox, 250, 5);
    const run = await sweep(sandbox);
    expect(run.outputs).toMatchObject({ reminders: '5', errors: '0' });
    const reminded = numbers.filter((n) => reminders(sandbox, n).length);
    expect(reminded).toEqual(numbers.slice(0, 5));
    // No communications lead: the coordinator is reminded.
    expect(reminders(sandbox, numbers[0] as number, 'update')[0]?.body).toContain('@alice');
    // ceil(250 / 100) + 2 = 5 at most: three pages of issues, then the last page's files.
    expect(run.counters.graphqlQuery).toBeLessThanOrEqual(Math.ceil(250 / 100) + 2);
    // Each reminder posted, then one read of its issue's bot comments since, to keep one copy if another run raced it.
    expect(run.counters.byOperation).toEqual({ 'query OpenIncidents': 4, 'issues/create-comment': 5, 'issues/list-comments': 5 });
    expect(run.counters).toMatchObject({ restRead: 5, restWrite: 5 });
  });

  it('an unreadable or missing file is an error named in the summary; the others are still reminded and the run exits 1', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const numbers = seedByHand(sandbox, 250, 5);
    const broken = numbers[3] as number;
    const path = `incidents/INC-${broken}.md`;
    repo.writeFile(path, (repo.readFile(path) as string).replace('status: investigating', 'status: on fire'), { message: 'a bad hand edit' });
    const orphan = repo.createIssue({ as: 'bob', title: 'Never declared', body: 'x', labels: ['incident'] });
    sandbox.clock.advance('20m'); // past the grace for a declaration still being written
    const run = await runAction({ sandbox, ...scheduleEvent(sandbox) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ reminders: '4', errors: '2' });
    expect(numbers.filter((n) => reminders(sandbox, n).length)).toEqual(numbers.slice(0, 5).filter((n) => n !== broken));
    expect(run.summary).toContain(`${path}:5`);
    expect(run.summary).toContain(`incidents/INC-${orphan.number}.md:1`);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('on fire'), expect.stringContaining(`incidents/INC-${orphan.number}.md does not exist`)]),
    );
    expect(run.stdout).toMatch(new RegExp(`^::error file=${path},line=5`, 'm'));
    expect(run.counters.graphqlQuery).toBeLessThanOrEqual(Math.ceil(251 / 100) + 2);
  });

  it('an escalation after the update reminder does not repeat the update marker', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const number = seedIncident(sandbox, {});
    sandbox.clock.advance('36m');
    await sweep(sandbox);
    sandbox.clock.advance('60m');
    const run = await sweep(sandbox);
    expect(run.outputs.escalations).toBe('1');
    const all = sandbox.repo().botComments(number).map((c) => c.body).join('\n');
    expect(all.match(/kind=update due=2026-11-21T10:30:00Z/g)).toHaveLength(1);
    expect(reminders(sandbox, number, 'escalation')[0]?.body.split('\n')[1]).not.toContain('sitrep:reminder');
  });

  it('a reminder followed by 105 comments is not posted again', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const number = seedIncident(sandbox, { severity: 'P2' });
    // Enough talk before it that the reminder is not among the issue's first comments either.
    for (let i = 0; i < 12; i++) sandbox.repo().comment(number, `looking ${i}`, { as: 'carol' });
    sandbox.clock.advance('36m');
    await sweep(sandbox);
    for (let i = 0; i < 105; i++) sandbox.repo().comment(number, `still looking ${i}`, { as: 'carol' });
    sandbox.clock.advance('10m');
    const run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    // The 100 comments before the last 100 come with the file, and they hold the marker: no lookup.
    expect(run.counters.byOperation).toEqual({ 'query OpenIncidents': 2 });
  });

  it('with a configured label, a reminder followed by 150 comments is not posted again, within ceil(open/100) + 2 requests', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', `${CONFIG}label: sev\n`);
    const number = seedIncident(sandbox, { severity: 'P2' });
    sandbox.repo().addLabels(number, ['sev'], { as: 'bob' });
    for (let i = 0; i < 12; i++) sandbox.repo().comment(number, `looking ${i}`, { as: 'carol' });
    sandbox.clock.advance('36m');
    let run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('1');
    for (let i = 0; i < 150; i++) sandbox.repo().comment(number, `still looking ${i}`, { as: 'carol' });
    sandbox.clock.advance('10m');
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    // The configuration with a guess at the label, the issues of the configured label, their files
    // with the comments before the last 100.
    expect(run.counters.byOperation).toEqual({ 'query OpenIncidents': 3 });
    expect(run.counters.graphqlQuery).toBeLessThanOrEqual(Math.ceil(1 / 100) + 2);

    // Past 200 comments since the reminder, the markers are looked up from its due time on. The
    // label took the spare GraphQL request, so the lookup lists that issue's comments over REST.
    for (let i = 0; i < 60; i++) sandbox.repo().comment(number, `and still ${i}`, { as: 'carol' });
    run = await sweep(sandbox);
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    expect(run.counters.byOperation).toMatchObject({ 'query OpenIncidents': 3, 'issues/list-comments': 3 });
    expect(run.counters.graphqlQuery).toBe(3);
  });

  it('says when the previous sweep ran and warns when a reminder waited over three schedules', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    seedIncident(sandbox, { severity: 'P2' });
    const other = seedIncident(sandbox, { severity: 'P2', next_update_due: '2026-11-21T12:00:00Z' });
    sandbox.clock.advance('35m');
    let run = await sweep(sandbox);
    expect(run.summary).toContain('previous sweep: no reminder posted by an earlier sweep was found');
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);

    // Scheduled runs stop for two hours: the next reminder is posted 1h past its due time.
    sandbox.clock.advance('2h'); // 12:35 (due 12:00)
    run = await sweep(sandbox);
    expect(reminders(sandbox, other, 'update')).toHaveLength(1);
    expect(run.summary).toMatch(/previous sweep: at least as recent as 2026-11-21T10:35:\d\dZ \(2h/);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringContaining(`scheduled sweeps look late: INC-${other}'s update reminder fell due at 2026-11-21T12:00:00Z`)]);
  });
});

describe('an event run posts the reminders due on its incident', () => {
  async function note(sandbox: Sandbox, number: number, body: string, as = 'alice') {
    const comment = sandbox.repo().comment(number, body, { as });
    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode, run.stderr).toBe(0);
    return run;
  }

  it('a note on an incident whose update is late posts the update reminder once; the next sweep posts none', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    sandbox.clock.advance('10m');
    const quiet = await note(sandbox, number, '/inc note canary rolled back');
    expect(quiet.outputs.reminders).toBe('0');

    sandbox.clock.advance('26m'); // 10:36, the update was due at 10:30
    const run = await note(sandbox, number, '/inc note error rate back to 0.1%');
    expect(run.outputs.reminders).toBe('1');
    const [posted, ...more] = reminders(sandbox, number, 'update');
    expect(more).toEqual([]);
    expect(posted?.body).toContain('@carol');
    expect(posted?.body).toContain('<!-- sitrep:reminder-by event -->');
    // What the reminder costs the event run: its comment, and one read for a copy another run posted first.
    const extra = { ...run.counters.byOperation };
    for (const [operation, n] of Object.entries(quiet.counters.byOperation)) extra[operation] = (extra[operation] ?? 0) - n;
    expect(Object.fromEntries(Object.entries(extra).filter(([, n]) => n !== 0))).toEqual({ 'issues/create-comment': 1, 'issues/list-comments': 1 });
    // Nothing due: no read at all beyond the change itself.
    expect(quiet.counters.byOperation['issues/list-comments']).toBeUndefined();

    sandbox.clock.advance('1m');
    const swept = await sweep(sandbox);
    expect(swept.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    // A reminder an event run posted is no trace of a sweep.
    expect(swept.summary).toContain('previous sweep: no reminder posted by an earlier sweep was found');
  });

  it('an update that moves the due time posts no reminder for the time it replaced, and one for the new time', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    sandbox.clock.advance('40m');
    let run = await note(sandbox, number, '/inc update rolled back, watching next: 20m', 'carol');
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number)).toEqual([]);
    expect(run.counters.byOperation['issues/list-comments']).toBeUndefined();
    // The new due time (11:00) passes: the next event run posts its reminder.
    sandbox.clock.advance('21m');
    run = await note(sandbox, number, '/inc note still watching');
    expect(run.outputs.reminders).toBe('1');
    expect(reminders(sandbox, number, 'update').map((c) => c.body)).toEqual([expect.stringContaining('due=2026-11-21T11:00:00Z')]);
  });

  it('a plain comment posts what is due, once', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    sandbox.clock.advance('36m');
    let run = await note(sandbox, number, 'still looking at the load balancer', 'dave');
    expect(run.outputs.reminders).toBe('1');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    run = await note(sandbox, number, 'anything new?', 'dave');
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
  });

  it('an event run on a long thread looks the markers up from the due time and posts nothing twice', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    for (let i = 0; i < 60; i++) sandbox.repo().comment(number, `looking ${i}`, { as: 'carol' });
    sandbox.clock.advance('36m');
    await sweep(sandbox);
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    for (let i = 0; i < 60; i++) sandbox.repo().comment(number, `still looking ${i}`, { as: 'carol' });
    const run = await note(sandbox, number, '/inc note failover started');
    expect(run.outputs.reminders).toBe('0');
    expect(reminders(sandbox, number, 'update')).toHaveLength(1);
    expect(run.counters.byOperation['query ReminderMarkers']).toBe(1);
  });

  it('a sweep and an event run that both post the same reminder leave one comment: the earlier', async () => {
    const { sandbox } = ctx;
    const number = await declareP1(sandbox, '/inc role ic @alice\n/inc role comms @carol');
    sandbox.clock.advance('36m');
    // The sweep decides the reminder, but its comment is held until the event run has posted and checked its own.
    const held = gate();
    const hold = sandbox.faults.inject({ operation: 'issues/create-comment', hold: held.hold });
    const sweeping = runAction({ sandbox, ...scheduleEvent(sandbox, { cron: '*/10 * * * *' }) });
    await until(() => hold.remaining === 0);
    const comment = sandbox.repo().comment(number, '/inc note paging the database team', { as: 'alice' });
    const event = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(event.exitCode, event.stderr).toBe(0);
    expect(event.outputs.reminders).toBe('1');
    held.release();
    const swept = await sweeping;
    expect(swept.exitCode, swept.stderr).toBe(0);
    // The sweep's copy came second: it removed it and counts nothing.
    expect(swept.outputs.reminders).toBe('0');
    expect(swept.requests.filter((r) => r.operation === 'issues/delete-comment')).toHaveLength(1);
    const [kept, ...more] = reminders(sandbox, number, 'update');
    expect(more).toEqual([]);
    expect(kept?.body).toContain('<!-- sitrep:reminder-by event -->');
  });
});
