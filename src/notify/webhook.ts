import { createHmac, timingSafeEqual } from 'node:crypto';
import { writeLogEvent, type LogEntry } from '../core/log.js';
import { firstLine } from './notice.js';
import type { Notice } from './types.js';

/** Header names a webhook receiver reads. */
export const EVENT_HEADER = 'X-Sitrep-Event';
export const DELIVERY_HEADER = 'X-Sitrep-Delivery';
export const SIGNATURE_HEADER = 'X-Sitrep-Signature-256';

/** A Log entry as data: its typed fields plus the line's label and text as the file writes them. */
function entryData(entry: LogEntry): Record<string, unknown> {
  const line = writeLogEvent(entry);
  return { ...entry, label: line.label, text: line.text };
}

/**
 * The generic webhook body (SPEC 4.7): `{ event, incident, entry, url }`, plus `entries` (every
 * entry a batch reports; `entry` is its most significant one), `summary` (the first line a chat
 * message would show), `repository` and, for a sweep's message, `reminder`. Raw data: user text
 * is not escaped; the receiver decides how to show it.
 */
export function formatWebhook(notice: Notice): Record<string, unknown> {
  const entries = notice.entries.map(entryData);
  const entry = notice.reminder
    ? { kind: 'reminder', at: notice.reminder.at, actor: null, reminder: notice.reminder.kind, due: notice.reminder.due, mentions: notice.reminder.mentions, message: notice.reminder.message }
    : notice.lead ? entryData(notice.lead) : null;
  return {
    event: notice.event,
    incident: notice.record,
    entry,
    entries,
    url: notice.issueUrl,
    repository: notice.repository,
    summary: firstLine(notice),
    ...(notice.reminder ? { reminder: notice.reminder } : {}),
  };
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the channel's secret, as GitHub signs its webhooks. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Checks a received signature in constant time; for receivers and tests. */
export function verifySignature(body: string, secret: string, signature: string): boolean {
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
