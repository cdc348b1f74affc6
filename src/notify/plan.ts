import { createHash } from 'node:crypto';
import type { NotifyChannel, NotifyEvent, NotifyType } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { isStatusChange, writeLogEvent, type LogEntry } from '../core/log.js';
import { PATHS } from '../site/html.js';
import { publicView } from '../site/public.js';
import { escapeDiscord, formatDiscord } from './discord.js';
import { formatEmail, formatPublicEmail, publicFirstLine, type MailContent, type PublicNotice } from './email.js';
import { changeNotice, firstLine, notificationEvent, reminderEvent, reminderNotice } from './notice.js';
import { escapeSlackMrkdwn, formatSlack } from './slack.js';
import { escapeTeams, formatTeams } from './teams.js';
import type { Message, Notice, NotifyInput, ReminderNotice } from './types.js';
import { DELIVERY_HEADER, EVENT_HEADER, formatWebhook } from './webhook.js';

/** Whether a channel carries customers' incidents (SPEC 4.14): then only their public updates. */
export function isCustomerChannel(channel: NotifyChannel): boolean {
  return channel.customers.length > 0;
}

/** Whether a channel takes messages about this incident at all: its severities, types and customers. */
export function channelTakes(channel: NotifyChannel, record: IncidentRecord): boolean {
  if (channel.severities.length && !channel.severities.includes(record.severity)) return false;
  if (isCustomerChannel(channel)) {
    const named = new Set((Array.isArray(record.customers) ? record.customers : []).map((c) => String(c).toLowerCase()));
    if (!channel.customers.some((c) => named.has(c.toLowerCase()))) return false;
  }
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

const FORMATTERS: Readonly<Record<Exclude<NotifyType, 'email'>, (notice: Notice) => Record<string, unknown>>> = {
  slack: formatSlack,
  teams: formatTeams,
  discord: formatDiscord,
  webhook: formatWebhook,
};

function mailMessage(mail: MailContent, channel: NotifyChannel, id: string, event: NotifyEvent, incident: string, summary: string): Message {
  return { deliveryId: id, channel, event, incident, summary, body: JSON.stringify(mail), headers: {}, mail };
}

/** Formats a notice for a channel: the exact body and its headers. Pure. */
export function formatMessage(notice: Notice, channel: NotifyChannel, id: string): Message {
  if (channel.type === 'email') {
    const mail = formatEmail(notice, { channel: channel.name, from: channel.from, deliveryId: id });
    return mailMessage(mail, channel, id, notice.event, notice.record.id, firstLine(notice));
  }
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
  const taking = input.channels.filter((c) => channelTakes(c, input.record));
  const channels = taking.filter((c) => !isCustomerChannel(c));
  const messages: Message[] = [];
  // A customer channel gets only what the status page shows, never a reminder or internal text.
  if (!input.reminder) for (const channel of taking.filter(isCustomerChannel)) messages.push(...planPublic(input, channel));
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

/**
 * A customer channel's message for a change: the public updates it adds to the status page's
 * projection of the incident (SPEC 4.14), made by `publicView` from the whole Log. Nothing when
 * the change adds none (an internal update, a note, a role) or when `publicSource` is missing.
 */
function planPublic(input: NotifyInput, channel: NotifyChannel): Message[] {
  const source = input.publicSource;
  if (!source) return [];
  const projected = publicView([{ record: input.record, log: source.log }], source.config, source.now)[0];
  if (!projected) return [];
  const reported = input.entries.filter((e) => e.kind === 'public' || isStatusChange(e));
  const times = new Set(reported.map((e) => e.at));
  const updates = projected.updates.filter((u) => times.has(u.at)).reverse();
  if (updates.length === 0) return [];
  const base = source.config.statusPage.url?.replace(/\/+$/, '');
  const notice: PublicNotice = {
    incident: projected,
    updates,
    pageUrl: base ? `${base}/${PATHS.incident(projected.id)}` : null,
    repository: input.repository,
    first: projected.updates.at(-1)?.at === updates[0]!.at,
  };
  const id = deliveryId(input.record.id, channel.name, reported);
  const summary = publicFirstLine(notice);
  if (channel.type === 'email') {
    return [mailMessage(formatPublicEmail(notice, { channel: channel.name, from: channel.from, deliveryId: id }), channel, id, 'public', projected.id, summary)];
  }
  return [{ deliveryId: id, channel, event: 'public', incident: projected.id, summary, body: JSON.stringify(formatPublicChat(notice, channel)), headers: publicHeaders(channel, id) }];
}

function publicHeaders(channel: NotifyChannel, id: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'sitrep' };
  if (channel.type === 'webhook') {
    headers[EVENT_HEADER] = 'public';
    headers[DELIVERY_HEADER] = id;
  }
  return headers;
}

/** The public text of a notice, one paragraph per update. */
function publicText(notice: PublicNotice): string {
  const updates = notice.updates.map((u) => u.message ?? `The incident is ${u.state}.`);
  return [publicFirstLine(notice), ...updates, ...(notice.pageUrl ? [notice.pageUrl] : [])].join('\n\n');
}

/** A customer's chat message (a Slack Connect channel's webhook, say): the public text, escaped for the target. */
function formatPublicChat(notice: PublicNotice, channel: NotifyChannel): Record<string, unknown> {
  const text = publicText(notice);
  switch (channel.type) {
    case 'slack':
      return { text: escapeSlackMrkdwn(text) };
    case 'discord':
      return { content: escapeDiscord(text).slice(0, 2000), allowed_mentions: { parse: [] } };
    case 'teams':
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body: [{ type: 'TextBlock', text: escapeTeams(text), wrap: true }] },
          },
        ],
      };
    default:
      return { event: 'public', incident: notice.incident, updates: notice.updates, url: notice.pageUrl, repository: notice.repository, summary: publicFirstLine(notice) };
  }
}
