import fc from 'fast-check';
import type { NotifyChannel, NotifyEvent } from '../../src/core/config.js';
import type { LogEntry, LogEntryOf } from '../../src/core/log.js';
import { planNotifications } from '../../src/notify/plan.js';
import type { Message, NotifyInput } from '../../src/notify/types.js';
import { anIncident } from '../support/builders.js';

export const ISSUE_URL = 'https://github.com/acme/incidents/issues/42';
export const COMMENT = 'https://github.com/acme/incidents/issues/42#issuecomment-7';

const ALL: readonly NotifyEvent[] = [
  'declared', 'status', 'update', 'severity', 'role', 'escalation', 'resolved', 'closed',
  'note', 'reminder', 'alert', 'public', 'followup', 'cause', 'postmortem',
];

/** A channel as the config loader makes it, listening to every event by default. */
export function aChannel(overrides: Partial<NotifyChannel> = {}): NotifyChannel {
  return {
    name: 'incidents',
    type: 'slack',
    urlEnv: 'SITREP_SLACK_URL',
    secretEnv: null,
    events: ALL,
    severities: [],
    types: ['incident'],
    from: null,
    to: [],
    customers: [],
    ...overrides,
  };
}

export const declaration: LogEntry[] = [
  { at: '2026-11-21T10:00:00Z', actor: 'bob', kind: 'declared', severity: 'P1', status: 'investigating' },
  { at: '2026-11-21T10:00:00Z', actor: 'bob', kind: 'role', role: 'operations', login: 'bob', previous: null },
  { at: '2026-11-21T10:00:00Z', actor: 'bob', kind: 'escalated', targets: ['@acme/incident-coordinators'], reason: 'P1 needs a coordinator' },
];

export const update: LogEntryOf<'update'> = {
  at: '2026-11-21T10:15:00Z', actor: 'alice', kind: 'update', status: 'fixing', message: 'Rolled back deploy 1234.', nextDue: '2026-11-21T10:45:00Z', ref: COMMENT,
};

export const resolve: LogEntry = { at: '2026-11-21T11:00:00Z', actor: 'alice', kind: 'status', from: 'monitoring', to: 'resolved', message: 'Error rate back to normal' };

/** One message planned for one channel from one entry: what a formatter test looks at. */
export function messageFor(type: NotifyChannel['type'], entries: readonly LogEntry[], input: Partial<NotifyInput> = {}): Message {
  const messages = planNotifications({
    channels: [aChannel({ type, name: type, urlEnv: `SITREP_${type.toUpperCase()}_URL` })],
    record: anIncident({ status: 'fixing', next_update_due: '2026-11-21T10:45:00Z' }),
    entries,
    issueUrl: ISSUE_URL,
    repository: 'acme/incidents',
    batch: 'single',
    ...input,
  });
  if (messages.length !== 1) throw new Error(`expected one message, planned ${messages.length}`);
  return messages[0] as Message;
}

/** A note whose text is the given user string. */
export function aNote(text: string): LogEntry {
  return { at: '2026-11-21T10:20:00Z', actor: 'carol', kind: 'note', text };
}

/** Every string anywhere in a JSON value, with the key it sits under. */
export function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const TRICKS = [
  '<!channel>', '<!here>', '<!everyone>', '<@U024BE7LH>', '<#C123|general>', '<!subteam^S1>', '<https://evil.example|click>',
  '@everyone', '@here', '@channel', '@alice', '<@123456>', '<@!123456>', '<@&987>', '<#555>', '<t:1700000000:R>',
  '[x](https://evil.example)', '[x]', '(y)', '**b**', '*', '_', '~', '`', '```', '|', '||spoiler||', '# ', '-# ', '> ', '- ', '1. ',
  '&', '&amp;', '&lt;', '<at>Bob</at>', '</at>', '{{DATE(2017-02-14T06:08:00Z, SHORT)}}', '{{', '\\', '\n', '\r\n', ' ', 'a', 'Z', '9',
  ':fire:', 'https://x.example/a?b=1&c=2', '<b>html</b>', '<!-- sitrep:card -->', '\u200b', 'é', '🔥',
];

/** User text biased towards the syntax each chat service treats specially. */
export const userText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(fc.constantFrom(...TRICKS), { maxLength: 25 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...TRICKS), fc.string({ maxLength: 4 })), { maxLength: 25 }).map((parts) => parts.join('')),
);

/** What describeLogEntry makes of a note. */
export function noteLine(text: string): string {
  return text ? `Note: ${text}` : 'Note';
}
