import { describe, expect, it } from 'vitest';
import { findCommandLines, parseCommand, usageText } from '../../src/core/commands.js';

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
    ['postmortem', { name: 'postmortem' }],
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
    ['followup Fix it due: 2026-13-45', 'due: "2026-13-45" is not a date', '/inc followup'],
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
    for (const name of ['update', 'status', 'severity', 'role', 'handoff', 'escalate', 'note', 'followup', 'resolve', 'decline', 'postmortem', 'help']) {
      expect(usage).toContain(`/inc ${name}`);
    }
  });
});
