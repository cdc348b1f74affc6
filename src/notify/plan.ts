import { createHash } from 'node:crypto';
import type { NotifyChannel, NotifyEvent, NotifyType } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { writeLogEvent, type LogEntry } from '../core/log.js';
import { formatDiscord } from './discord.js';
import { changeNotice, firstLine, notificationEvent, reminderEvent, reminderNotice } from './notice.js';
import { formatSlack } from './slack.js';
import { formatTeams } from './teams.js';
import type { Message, Notice, NotifyInput, ReminderNotice } from './types.js';
import { DELIVERY_HEADER, EVENT_HEADER, formatWebhook } from './webhook.js';

/** Whether a channel takes messages about this incident at all: its severities and types. */
export function channelTakes(channel: NotifyChannel, record: IncidentRecord): boolean {
  if (channel.severities.length && !channel.severities.includes(record.severity)) return false;
  // A security incident goes only to channels that list `security`; an incident to those that list `incident`.
  return channel.types.includes(record.type);
}

/**
 * The stable delivery id of a message: sha256 over the incident id, the channel name and what
 * it reports (each entry's time, actor, kind and text as the Log writes it, or the reminder's
 * kind, due time and item). The same change re-planned gives the same id, so a re-run sends
 * nothing twice; `X-Sitrep-Delivery` carries it.
 */
export function deliveryId(incident: string, channel: string, subject: readonly LogEntry[] | ReminderNotice): string {
  const parts = isEntries(subject)
    ? subject.map((e) => {
        const line = writeLogEvent(e);
        return [e.at, e.actor, line.label, line.text];
      })
    : [['reminder', subject.kind, subject.due, subject.item ?? '']];
  return createHash('sha256').update(JSON.stringify([incident, channel, parts]), 'utf8').digest('hex');
}

function isEntries(subject: readonly LogEntry[] | ReminderNotice): subject is readonly LogEntry[] {
  return Array.isArray(subject);
}

const FORMATTERS: Readonly<Record<NotifyType, (notice: Notice) => Record<string, unknown>>> = {
  slack: formatSlack,
  teams: formatTeams,
  discord: formatDiscord,
  webhook: formatWebhook,
};

/** Formats a notice for a channel: the exact body and its headers. Pure. */
export function formatMessage(notice: Notice, channel: NotifyChannel, id: string): Message {
  const body = JSON.stringify(FORMATTERS[channel.type](notice));
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'sitrep' };
  if (channel.type === 'webhook') {
    headers[EVENT_HEADER] = notice.event;
    headers[DELIVERY_HEADER] = id;
  }
  return { deliveryId: id, channel, event: notice.event, incident: notice.record.id, summary: firstLine(notice), body, headers };
}

/**
 * The messages one applied change (or one sweep reminder) sends, per channel, in channel order.
 * Pure: no environment, no network; the applier skips delivery ids it already sent.
 *
 * - A channel gets a message only for events it lists, severities it lists (`[]` = all) and the
 *   incident's type (`security` only where listed).
 * - `declaration`: one message per channel listing `declared`, whatever the declaration wrote.
 * - `comment`: one message per channel listing each change the comment made that the channel wants.
 * - `single`: one message per entry and channel.
 * - With `reminder`: one message per channel listing `reminder` (or `escalation` for an escalation).
 */
export function planNotifications(input: NotifyInput): Message[] {
  const parts = { record: input.record, issueUrl: input.issueUrl, repository: input.repository, ...(input.severities ? { severities: input.severities } : {}) };
  const channels = input.channels.filter((c) => channelTakes(c, input.record));
  const messages: Message[] = [];
  if (input.reminder) {
    const reminder = input.reminder;
    const event = reminderEvent(reminder);
    for (const channel of channels) {
      if (!channel.events.includes(event)) continue;
      messages.push(formatMessage(reminderNotice(parts, reminder), channel, deliveryId(input.record.id, channel.name, reminder)));
    }
    return messages;
  }
  const wanted = (channel: NotifyChannel, entry: LogEntry): boolean => {
    const event: NotifyEvent | null = notificationEvent(entry, input.record);
    return event !== null && channel.events.includes(event);
  };
  for (const channel of channels) {
    if (input.batch === 'declaration') {
      if (!channel.events.includes('declared')) continue;
      const notice = changeNotice(parts, input.entries, true);
      if (notice) messages.push(formatMessage(notice, channel, deliveryId(input.record.id, channel.name, input.entries)));
    } else if (input.batch === 'comment') {
      const entries = input.entries.filter((e) => wanted(channel, e));
      const notice = changeNotice(parts, entries, false);
      if (notice) messages.push(formatMessage(notice, channel, deliveryId(input.record.id, channel.name, entries)));
    } else {
      for (const entry of input.entries) {
        if (!wanted(channel, entry)) continue;
        const notice = changeNotice(parts, [entry], false);
        if (notice) messages.push(formatMessage(notice, channel, deliveryId(input.record.id, channel.name, [entry])));
      }
    }
  }
  return messages;
}
