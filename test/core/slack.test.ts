import { describe, expect, it } from 'vitest';
import { formatLogLine, parseLogLine } from '../../src/core/incident-file.js';
import { describeLogEntry } from '../../src/core/log.js';
import {
  channelName,
  channelTopic,
  hasTimelineNote,
  loginForSlackUser,
  parseSlashCommand,
  readPeople,
  slackTextForGitHub,
  slackToPlain,
  slackUserForLogin,
  suffixedChannelName,
  textForSlack,
  timelineNote,
} from '../../src/core/slack.js';

const people = readPeople({ alice: { slack: 'U0ALICE', email: 'alice@acme.example' }, bob: { slack: 'U0BOB' }, 'not a login': { slack: 'U0X' }, carol: { slack: 'nope' } });
const NOW = Date.parse('2026-11-21T10:00:00Z');

describe('the incident channel', () => {
  it.each([
    ['inc', 42, 'Checkout API returns 502', 'inc-42-checkout-api-returns-502'],
    ['inc', 7, 'Zahlungen schlagen fehl: Ümlaut & Co.', 'inc-7-zahlungen-schlagen-fehl-umlaut-co'],
    ['INC', 7, '!!!', 'inc-7'],
    ['sec', 3, '日本語のみ', 'sec-3'],
    ['inc', 1, 'a'.repeat(30) + ' ' + 'b'.repeat(60), `inc-1-${'a'.repeat(30)}`],
  ])('is named from prefix %s, issue %d and title "%s"', (prefix, issue, title, expected) => {
    const name = channelName(prefix, issue, title);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it('gets a suffix when its name is taken, staying within 80 characters', () => {
    expect(suffixedChannelName('inc-42-checkout', 1)).toBe('inc-42-checkout');
    expect(suffixedChannelName('inc-42-checkout', 2)).toBe('inc-42-checkout-2');
    const long = channelName('inc', 42, 'x'.repeat(200));
    expect(suffixedChannelName(long, 12)).toHaveLength(80);
    expect(suffixedChannelName(long, 12).endsWith('-12')).toBe(true);
  });

  it('has the topic "INC-42 · P1 · investigating · next update 10:30 UTC"', () => {
    const record = { id: 'INC-42', severity: 'P1', status: 'investigating' as const, next_update_due: '2026-11-21T10:30:00Z' };
    expect(channelTopic(record, NOW)).toBe('INC-42 · P1 · investigating · next update 10:30 UTC');
    expect(channelTopic({ ...record, next_update_due: '2026-11-22T09:00:00Z' }, NOW)).toBe('INC-42 · P1 · investigating · next update 2026-11-22 09:00 UTC');
    expect(channelTopic({ ...record, status: 'resolved' }, NOW)).toBe('INC-42 · P1 · resolved');
    expect(channelTopic({ ...record, next_update_due: null }, NOW)).toBe('INC-42 · P1 · investigating');
  });
});

describe('people', () => {
  it('maps Slack users to GitHub logins and back, ignoring entries that are not a login and a Slack id', () => {
    expect(people).toEqual({ alice: { slack: 'U0ALICE' }, bob: { slack: 'U0BOB' } });
    expect(loginForSlackUser(people, 'U0BOB')).toBe('bob');
    expect(loginForSlackUser(people, 'U0NOBODY')).toBeUndefined();
    expect(slackUserForLogin(people, '@Alice')).toBe('U0ALICE');
    expect(readPeople(null)).toEqual({});
  });
});

describe('text between Slack and GitHub', () => {
  it('reads Slack markup as plain words', () => {
    expect(slackToPlain('<@U0BOB> and <@U0ZED|zed> in <#C01|ops> <!here> <!subteam^S1|@dba> see <https://x.example/a?b=1&amp;c|the graph> &lt;b&gt;', people)).toBe(
      '@bob and @zed in #ops @here @dba see the graph (https://x.example/a?b=1&c) <b>',
    );
  });

  it('never pings, links or forms a marker on GitHub', () => {
    const out = slackTextForGitHub('<@U0ALICE> <!channel> &lt;!-- sitrep:card --&gt; [x](https://evil.example) **b**\nline 2', people);
    expect(out).toBe('@\u200balice @\u200bchannel &lt;!-- sitrep:card --&gt; \\[x\\]\\(https://evil.example\\) \\*\\*b\\*\\* line 2');
  });

  it('never pings or links in Slack', () => {
    const out = textForSlack('<!channel> <@U0ALICE> <!subteam^S1> <https://evil.example|click> @here *bold*');
    expect(out).not.toMatch(/[<>]/);
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('&lt;!channel&gt;');
  });
});

describe('/inc in Slack', () => {
  const options = { prefix: '/inc', severities: ['P1', 'P2', 'P3'], people };

  it('reads a command with the comment grammar, mentions standing for the mapped logins', () => {
    expect(parseSlashCommand('role ic <@U0BOB|bob>', options)).toEqual({
      kind: 'command',
      line: '/inc role ic @bob',
      parsed: { ok: true, command: { name: 'role', role: 'coordinator', login: 'bob' } },
    });
    expect(parseSlashCommand('update Rolled back deploy 1234 next: 45m', options)).toMatchObject({
      kind: 'command',
      parsed: { ok: true, command: { name: 'update', message: 'Rolled back deploy 1234', nextInMs: 45 * 60_000 } },
    });
    expect(parseSlashCommand('frobnicate', options)).toMatchObject({ kind: 'command', parsed: { ok: false, error: '"frobnicate" is not a command' } });
  });

  it('refuses a mention nobody maps, saying how to map it', () => {
    const result = parseSlashCommand('role ops <@U0ZED|zed>', options);
    expect(result).toMatchObject({ kind: 'refused', usage: '/inc role <coordinator|operations|communications> @user' });
    expect(result.kind === 'refused' && result.error).toContain('people: { <github-login>: { slack: U0ZED } }');
  });

  it('declares, with or without a severity', () => {
    expect(parseSlashCommand('declare P2 Checkout <https://x.example|slow>', options)).toEqual({ kind: 'declare', severity: 'P2', title: 'Checkout slow (https://x.example)' });
    expect(parseSlashCommand('declare Search is down', options)).toEqual({ kind: 'declare', severity: null, title: 'Search is down' });
    expect(parseSlashCommand('declare p1', options)).toMatchObject({ kind: 'refused', error: 'a declaration needs a title' });
  });
});

describe('a pinned message in the timeline', () => {
  const message = { channel: 'C0INC42', ts: '1763719092.000100', user: 'U0BOB', userName: 'Bob B', text: 'Error rate spikes <!here> at 09:58', permalink: 'https://acme.slack.com/archives/C0INC42/p1763719092000100' };

  it('is a note at the message\'s own time, by its author, with its permalink and key', () => {
    const entry = timelineNote(message, people, 'github-actions[bot]');
    expect(entry).toEqual({
      at: '2025-11-21T09:58:12Z',
      actor: 'bob',
      kind: 'note',
      text: 'Error rate spikes @\u200bhere at 09:58',
      slack: { key: 'C0INC42:1763719092.000100', author: 'Bob B' },
      ref: message.permalink,
    });
    const line = formatLogLine(entry);
    expect(line).toBe('2025-11-21T09:58:12Z · @bob · note (slack) · C0INC42:1763719092.000100 · Bob B · Error rate spikes @\u200bhere at 09:58');
    const { ref: _ref, ...withoutRef } = entry;
    expect(parseLogLine(line)).toEqual(withoutRef);
    expect(describeLogEntry(entry)).toBe('Note from Slack (Bob B): Error rate spikes @\u200bhere at 09:58');
  });

  it('is by the one running sitrep when the author is not mapped, keeping the Slack name', () => {
    const entry = timelineNote({ ...message, user: 'U0ZED', userName: 'Zed · <@U0ALICE>' }, people, 'github-actions[bot]');
    expect(entry.actor).toBe('github-actions[bot]');
    expect(entry.kind === 'note' && entry.slack?.author).toBe('Zed - <@\u200bU0ALICE>');
    expect(parseLogLine(formatLogLine(entry))).toMatchObject({ kind: 'note', slack: { author: 'Zed - <@\u200bU0ALICE>' } });
  });

  it('counts once per message', () => {
    const log = [timelineNote(message, people, 'x')];
    expect(hasTimelineNote(log, 'C0INC42', '1763719092.000100')).toBe(true);
    expect(hasTimelineNote(log, 'C0INC42', '1763719092.000200')).toBe(false);
  });

  it('reads a plain note whose text looks like a Slack key as a plain note, and a malformed Slack note as other', () => {
    expect(parseLogLine('2026-11-21T10:00:00Z · @bob · note · C0INC42:1763719092.000100 · x · y')).toMatchObject({ kind: 'note', text: 'C0INC42:1763719092.000100 · x · y' });
    expect(parseLogLine('2026-11-21T10:00:00Z · @bob · note (slack) · not-a-key · x · y')).toMatchObject({ kind: 'other', label: 'note (slack)' });
  });
});
