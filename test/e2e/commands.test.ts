/**
 * `/inc public`, `/inc cause` and `/inc followup` end to end: the built action runs on a comment
 * against the sandbox, and the tests read the incident file, the card and the replies.
 */
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '@sitrep/sandbox';
import { parseIncident } from '../../src/core/incident-file.js';
import { findSection, parseMarkdown, plainText } from '../../src/core/markdown.js';
import { issueCommentEvent, issuesEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';
import { asLine } from '../support/builders.js';
import { sameMinute } from '../support/time.js';

const ctx = useSandbox();

const FORM = [
  '### Severity', '', 'P1', '',
  '### Summary', '', 'Checkout API returns 502 for EU customers.', '',
  '### Impact', '', 'EU customers cannot pay.', '',
  '### Affected services', '', 'checkout-api', '',
].join('\n');

async function command(sandbox: Sandbox, number: number, body: string, as = 'alice'): Promise<ActionRun> {
  sandbox.clock.advance('5m');
  const comment = sandbox.repo().comment(number, body, { as });
  const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return run;
}

function incident(sandbox: Sandbox, number: number) {
  const parsed = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '');
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.document;
}

function card(sandbox: Sandbox, number: number): string {
  return sandbox.repo().botComments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->'))?.body ?? '';
}

describe('commands added to the grammar', () => {
  it('/inc cause with a bad URL is refused with usage; then /inc cause, /inc public and /inc followup apply', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: FORM, labels: ['incident'] });
    expect((await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) })).exitCode).toBe(0);
    const before = repo.readFile(`incidents/INC-${issue.number}.md`);

    await command(sandbox, issue.number, '/inc cause https://github.com/acme/checkout/issues/12');
    expect(repo.readFile(`incidents/INC-${issue.number}.md`)).toBe(before);
    const reply = repo.botComments(issue.number).at(-1)?.body ?? '';
    expect(reply).toContain('"https://github.com/acme/checkout/issues/12" is not a pull request URL; use https://&lt;host&gt;/&lt;owner&gt;/&lt;repo&gt;/pull/&lt;number&gt;');
    expect(reply).toContain('Usage: `/inc cause <pull request URL');

    const pr = 'https://github.com/acme/checkout/pull/1234';
    await command(sandbox, issue.number, `/inc cause ${pr}\n/inc public We are investigating failed checkouts. title: Checkout errors in Europe`);
    await command(sandbox, issue.number, '/inc followup Fix the pool — owner: @bob, due: 2026-12-05');
    const { record, log } = incident(sandbox, issue.number);
    expect(record.caused_by).toEqual([pr]);
    expect(record.public).toEqual({ title: 'Checkout errors in Europe' });
    expect(record.next_update_due).toEqual(sameMinute('2026-11-21T10:40:00Z'));
    expect(log.slice(-3).map((e) => asLine(e)?.kind)).toEqual(['cause', 'public', 'followup']);
    expect(asLine(log.at(-1))?.text).toBe('Fix the pool — owner: @bob, due: 2026-12-05');

    const shown = card(sandbox, issue.number);
    expect(shown).toContain('| Public | published on the status page as **Checkout errors in Europe** |');
    expect(shown).toContain(`| Caused by | [acme/checkout#1234](${pr}) |`);
    expect(shown).toContain('public): We are investigating failed checkouts.');
  });
});

describe('the changes in the impact window', () => {
  it('lists the pull requests merged in the services\' repositories inside the window, and names one sitrep cannot read', async () => {
    const { sandbox } = ctx;
    sandbox.addRepo('acme/checkout', { botAccess: 'read' });
    sandbox.addRepo('acme/vault');
    const repo = sandbox.repo();
    repo.writeFile('.github/sitrep.yml', 'changes:\n  window_before: 1h\n  repos:\n    checkout-api: acme/checkout\n    vault: acme/vault\n', { message: 'Adopt sitrep' });
    const body = FORM.replace('P1', 'P2').replace('checkout-api', 'checkout-api, vault').concat('\n### Impact started at\n\n2026-11-21 09:30 UTC\n');
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout is slow', body, labels: ['incident'] });
    expect((await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) })).exitCode).toBe(0);
    const checkout = sandbox.repo('acme/checkout');
    checkout.addMergedPull({ title: 'Before the window', mergedAt: '2026-11-21T08:20:00Z' });
    checkout.addMergedPull({ title: 'Inside the window', mergedAt: '2026-11-21T08:40:00Z' });
    await command(sandbox, issue.number, '/inc status monitoring Pool raised');
    checkout.addMergedPull({ title: 'After mitigation', mergedAt: '2026-11-21T10:30:00Z' });
    const resolved = await command(sandbox, issue.number, '/inc resolve Stable');

    const id = `INC-${issue.number}`;
    const text = repo.readFile(`postmortems/${id}.md`, { ref: `sitrep/postmortem/${id}` }) ?? '';
    const table = findSection(parseMarkdown(text), 'Changes in the impact window')?.nodes.find((n) => n.type === 'table');
    const titles = table?.type === 'table' ? table.children.slice(1).map((row) => plainText(row.children[2]!)) : [];
    expect(titles).toEqual(['Inside the window']);
    expect(text).toContain("Not listed: acme/vault, which sitrep's token cannot read.");
    // One unreadable repository costs two more requests: which ones resolve, then their search.
    const graphql = Object.entries(resolved.counters.byOperation).filter(([name]) => name.startsWith('query SuspectChange'));
    expect(Object.fromEntries(graphql)).toEqual({ 'query SuspectChanges': 2, 'query SuspectChangeRepositories': 1 });
  }, 90_000);
});
