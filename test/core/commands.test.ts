import { describe, expect, it } from 'vitest';
import { findCommandLines, isCommandWord, parseCommand, USAGE, usageOf, usageText } from '../../src/core/commands.js';

const SEVERITIES = ['P1', 'P2', 'P3'];
const parse = (rest: string) => parseCommand(rest, '/inc', SEVERITIES);

describe('parseCommand', () => {
  it.each([
    ['update Rolled back deploy 1234', { name: 'update', message: 'Rolled back deploy 1234' }],
    ['update Rolled back. next: 45m', { name: 'update', message: 'Rolled back.', nextInMs: 45 * 60_000 }],
    ['update Still looking [next: 2h]', { name: 'update', message: 'Still looking', nextInMs: 7_200_000 }],
    ['status fixing found the bad config', { name: 'status', status: 'fixing', message: 'found the bad config' }],
    ['status MONITORING', { name: 'status', status: 'monitoring', message: '' }],
    ['resolve all green', { name: 'status', status: 'resolved', message: 'all green' }],
    ['decline false alarm', { name: 'status', status: 'declined', message: 'false alarm' }],
    ['severity p2 fewer customers', { name: 'severity', severity: 'P2', reason: 'fewer customers' }],
    ['role ic @alice', { name: 'role', role: 'coordinator', login: 'alice' }],
    ['role ops @bob', { name: 'role', role: 'operations', login: 'bob' }],
    ['handoff scribe @carol', { name: 'role', role: 'communications', login: 'carol' }],
    ['escalate @acme/db-team @dave database is on fire', { name: 'escalate', targets: ['@acme/db-team', '@dave'], reason: 'database is on fire' }],
    ['escalate', { name: 'escalate', targets: [], reason: '' }],
    ['note Deploy 1234 rolled out at 09:48', { name: 'note', text: 'Deploy 1234 rolled out at 09:48' }],
    [
      'followup Alert on 5xx ratio repo: acme/checkout owner: @carol due: 2026-12-05',
      { name: 'followup', title: 'Alert on 5xx ratio', repo: 'acme/checkout', owner: 'carol', due: '2026-12-05' },
    ],
    [
      'followup Fix the pool — owner: @bob, due: 2026-12-05',
      { name: 'followup', title: 'Fix the pool', owner: 'bob', due: '2026-12-05' },
    ],
    [
      'followup Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high',
      { name: 'followup', title: 'Alert on 5xx ratio', owner: 'carol', repo: 'acme/checkout', due: '2026-12-05', priority: 'high' },
    ],
    ['followup Fix the pool - owner: @bob due: 2026-12-05', { name: 'followup', title: 'Fix the pool', owner: 'bob', due: '2026-12-05' }],
    ['followup Fix the pool [owner: @bob] [due: 2028-02-29]', { name: 'followup', title: 'Fix the pool', owner: 'bob', due: '2028-02-29' }],
    ['followup Re-run the blue-green switch - twice', { name: 'followup', title: 'Re-run the blue-green switch - twice' }],
    ['postmortem', { name: 'postmortem' }],
    ['public We are investigating slow checkouts.', { name: 'public', message: 'We are investigating slow checkouts.' }],
    [
      'public We are investigating slow checkouts. title: Checkout is slow in Europe',
      { name: 'public', message: 'We are investigating slow checkouts.', title: 'Checkout is slow in Europe' },
    ],
    [
      'public A fix is rolling out [title: Slow checkout] next: 1h',
      { name: 'public', message: 'A fix is rolling out', title: 'Slow checkout', nextInMs: 3_600_000 },
    ],
    [
      'public Orders showed the wrong title: fixed. title: Order titles',
      { name: 'public', message: 'Orders showed the wrong title: fixed.', title: 'Order titles' },
    ],
    ['cause https://github.com/acme/checkout/pull/1234', { name: 'cause', url: 'https://github.com/acme/checkout/pull/1234' }],
    ['cause <https://ghe.example.com/acme/checkout/pull/7/>', { name: 'cause', url: 'https://ghe.example.com/acme/checkout/pull/7' }],
    ['help', { name: 'help' }],
    ['', { name: 'help' }],
  ])('%s', (rest, command) => {
    expect(parse(rest)).toEqual({ ok: true, command });
  });

  it.each([
    ['update', 'an update needs a message', '/inc update <message> [next: 45m]'],
    ['update ok next: soon', '"next: soon" is not a duration', '/inc update'],
    ['status fixed', '"fixed" is not a status; use one of triage, investigating, fixing, monitoring, resolved, closed, declined', '/inc status'],
    ['severity P7', '"P7" is not a severity; use one of P1, P2, P3', '/inc severity'],
    ['role boss @alice', '"boss" is not a role', '/inc role'],
    ['role ic alice', 'name the person with an @', '/inc role'],
    ['role ic @alice @bob', 'one person per role command', '/inc role'],
    ['escalate @not/a/team', 'is not a user or team', '/inc escalate'],
    ['note', 'a note needs its text', '/inc note'],
    ['followup due: tomorrow', 'a follow-up needs a title', '/inc followup'],
    ['followup Fix it due: 2026-13-45', 'due "2026-13-45" is not a date', '/inc followup'],
    ['followup Fix it due: 2026-02-30', 'due "2026-02-30" is not a date; write due: YYYY-MM-DD', '/inc followup'],
    ['followup Fix it — owner: @bob, due: 2027-02-29', 'due "2027-02-29" is not a date', '/inc followup'],
    ['followup Fix it owner: @not a login', 'owner "@not a login" is not a GitHub login', '/inc followup'],
    ['followup Fix it — owner: @bob, colour: red', 'unknown field "colour"', '/inc followup'],
    ['followup Fix it — issue: https://github.com/acme/x/issues/1', 'unknown field "issue"', '/inc followup'],
    ['public', 'a public update needs the message', '/inc public <message> [title: <public title>]'],
    ['public title: Slow checkout', 'a public update needs the message', '/inc public'],
    ['public We know. title:', '"title:" needs the title', '/inc public'],
    ['public We know. next: soon', '"next: soon" is not a duration', '/inc public'],
    ['cause', 'name the pull request', '/inc cause <pull request URL'],
    ['cause https://github.com/acme/checkout/issues/12', 'is not a pull request URL', '/inc cause'],
    ['cause https://github.com/acme/checkout/pull/12/files', 'is not a pull request URL', '/inc cause'],
    ['cause acme/checkout#12', 'is not a pull request URL; use https://<host>/<owner>/<repo>/pull/<number>', '/inc cause'],
    ['cause javascript:alert(1)', 'is not a pull request URL', '/inc cause'],
    ['cause https://github.com/acme/checkout/pull/12 https://github.com/acme/checkout/pull/13', 'one pull request URL per cause command', '/inc cause'],
    ['dance', '"dance" is not a command', '/inc update'],
  ])('refuses %s', (rest, error, usage) => {
    const parsed = parse(rest);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(error);
    expect(parsed.usage).toContain(usage);
  });
});

describe('findCommandLines', () => {
  it('finds command lines in paragraphs, in order, with their line numbers', () => {
    const body = 'Taking this.\n/inc role ic @alice\n\n/inc update Rolled back next: 30m';
    const lines = findCommandLines(body, '/inc', SEVERITIES);
    expect(lines.map((l) => [l.lineNumber, l.line])).toEqual([
      [2, '/inc role ic @alice'],
      [4, '/inc update Rolled back next: 30m'],
    ]);
  });

  it('does not run commands quoted or in code', () => {
    const body = '> /inc resolve\n\n```\n/inc resolve\n```\n\n    /inc resolve\n\nSay `/inc resolve` when done.';
    expect(findCommandLines(body, '/inc', SEVERITIES)).toEqual([]);
  });

  it('needs the prefix as a whole word', () => {
    expect(findCommandLines('/incident resolve', '/inc', SEVERITIES)).toEqual([]);
  });

  it('honours a configured prefix', () => {
    expect(findCommandLines('/sev update all fine', '/sev', SEVERITIES)[0]?.parsed).toEqual({
      ok: true,
      command: { name: 'update', message: 'all fine' },
    });
  });

  it('lists every command in the usage text', () => {
    const usage = usageText('/inc');
    for (const name of ['update', 'status', 'severity', 'role', 'handoff', 'escalate', 'note', 'followup', 'resolve', 'decline', 'postmortem', 'public', 'cause', 'help']) {
      expect(usage).toContain(`/inc ${name}`);
    }
  });
});

describe('USAGE', () => {
  it('has a usage line for every command word, and an unknown word gets every usage', () => {
    // A command word without its usage line does not compile: USAGE is a record over every word.
    // @ts-expect-error 'status', 'role', … are missing
    const partial: typeof USAGE = { update: '{p} update <message>' };
    expect(Object.keys(partial)).toEqual(['update']);
    for (const word of Object.keys(USAGE)) {
      expect(isCommandWord(word)).toBe(true);
      expect(usageOf(word, '/inc')).toMatch(new RegExp(`^/inc ${word}\\b`));
    }
    expect(isCommandWord('constructor')).toBe(false);
    expect(usageOf('constructor', '/inc')).toBe(usageText('/inc'));
  });
});
