import { createHmac, timingSafeEqual } from 'node:crypto';
import { incidentOfPageKey } from '../core/paging.js';

/**
 * The pagers' answers (SPEC 4.11, 5): PagerDuty's webhook signature, and decoders that turn a
 * PagerDuty webhooks v3, Opsgenie or Grafana OnCall webhook into the `sitrep-page` dispatch
 * payload (`schemas/page.schema.json`). Anything not about an incident sitrep paged for this
 * repository decodes to a reason to drop it.
 */

/** The repository dispatch event type of a pager's answer. */
export const PAGE_EVENT_TYPE = 'sitrep-page';

export type PageAnswerAction = 'acknowledge' | 'resolve' | 'escalate' | 'reassign';
export type PagerKind = 'pagerduty' | 'opsgenie' | 'grafana-oncall';

/** The `sitrep-page` dispatch payload. */
export interface PagePayload {
  /** `INC-<n>`. */
  incident: string;
  /** Which kind of pager answered (the action picks the `paging` entry of that type). */
  pager: PagerKind;
  action: PageAnswerAction;
  /** Who did it, as the pager names them; `id` is the pager's user id (`people[].pager`). */
  by: { name: string | null; email: string | null; id: string | null };
  /** When it happened at the pager, RFC 3339. */
  at: string;
  /** The key the pager knows the incident by: `<owner>/<repo>#INC-<n>`. */
  key: string;
}

/** A body that is not the route's format at all (answered 400, naming the field). */
export class PagerFormatError extends Error {
  override readonly name = 'PagerFormatError';
}

/** What a webhook decodes to: a payload to forward, or why it is answered 2xx and dropped. */
export type PageDecoded = { payload: PagePayload } | { dropped: string };

/**
 * PagerDuty webhooks v3: `X-PagerDuty-Signature` carries one or more comma-separated `v1=<hex>`
 * signatures (several while a secret is rotated), each an HMAC-SHA256 of the raw body. True when
 * any matches; each is compared in constant time.
 */
export function verifyPagerDutySignature(rawBody: string | Uint8Array, header: string | undefined | null, secret: string): boolean {
  if (!header || !secret) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  let valid = false;
  for (const part of header.split(',')) {
    const [version, hex = ''] = part.trim().split('=', 2);
    if (version !== 'v1' || !/^[0-9a-f]{64}$/i.test(hex)) continue;
    // Every signature is compared, so the time taken does not say which one matched.
    if (timingSafeEqual(Buffer.from(hex, 'hex'), expected)) valid = true;
  }
  return valid;
}

/** `v1=<hex>` for a body: how the sandbox's pager signs, as PagerDuty does. */
export function signPagerDutyBody(rawBody: string, secret: string): string {
  return `v1=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

const PAGERDUTY_ACTIONS: Readonly<Record<string, PageAnswerAction>> = {
  'incident.acknowledged': 'acknowledge',
  'incident.resolved': 'resolve',
  'incident.escalated': 'escalate',
  'incident.reassigned': 'reassign',
};

/** PagerDuty webhooks v3: `{ event: { event_type, occurred_at, agent, data: { incident_key, … } } }`. */
export function decodePagerDuty(body: unknown, repo: string, now: number): PageDecoded {
  const event = object(object(body, '(body)').event, 'event');
  const type = string(event.event_type, 'event.event_type');
  const action = PAGERDUTY_ACTIONS[type];
  if (!action) return { dropped: `event_type ${type} is not one sitrep acts on` };
  const data = isObject(event.data) ? event.data : {};
  const key = firstString(data.incident_key, data.dedup_key, isObject(data.alert) ? data.alert.dedup_key : undefined);
  const agent = isObject(event.agent) ? event.agent : {};
  return payloadFor('pagerduty', action, key, repo, {
    by: { name: cleanName(agent.summary), email: cleanEmail(agent.email), id: cleanId(agent.id) },
    at: timestamp(event.occurred_at, now),
  });
}

const OPSGENIE_ACTIONS: Readonly<Record<string, PageAnswerAction>> = {
  acknowledge: 'acknowledge',
  close: 'resolve',
  escalate: 'escalate',
  escalatenext: 'escalate',
  assignownership: 'reassign',
};

/** Opsgenie's outgoing webhook: `{ action, alert: { alias, username, userId, updatedAt }, … }`. */
export function decodeOpsgenie(body: unknown, repo: string, now: number): PageDecoded {
  const root = object(body, '(body)');
  const type = string(root.action, 'action');
  const action = OPSGENIE_ACTIONS[type.toLowerCase()];
  if (!action) return { dropped: `action ${type} is not one sitrep acts on` };
  const alert = object(root.alert, 'alert');
  const username = cleanName(alert.username);
  const updated = typeof alert.updatedAt === 'number' ? alert.updatedAt : undefined;
  // Opsgenie sends updatedAt in nanoseconds.
  const at = updated !== undefined ? new Date(updated > 1e15 ? updated / 1e6 : updated) : undefined;
  return payloadFor('opsgenie', action, firstString(alert.alias), repo, {
    by: { name: username, email: cleanEmail(alert.username), id: cleanId(alert.userId) },
    at: at && !Number.isNaN(at.getTime()) ? secondPrecision(at) : timestamp(undefined, now),
  });
}

const ONCALL_ACTIONS: Readonly<Record<string, PageAnswerAction>> = {
  acknowledge: 'acknowledge',
  resolve: 'resolve',
  escalation: 'escalate',
};

/** Grafana OnCall's outgoing webhook: `{ event: { type, time }, user, alert_group, alert_payload, … }`. */
export function decodeGrafanaOnCall(body: unknown, repo: string, now: number): PageDecoded {
  const root = object(body, '(body)');
  const event = object(root.event, 'event');
  const type = string(event.type, 'event.type');
  const action = ONCALL_ACTIONS[type.toLowerCase()];
  if (!action) return { dropped: `event.type ${type} is not one sitrep acts on` };
  const group = isObject(root.alert_group) ? root.alert_group : {};
  const payload = isObject(root.alert_payload) ? root.alert_payload : isObject(group.alert_payload) ? group.alert_payload : {};
  const key = firstString(payload.alert_uid, group.alert_uid, root.alert_uid);
  const user = isObject(root.user) ? root.user : {};
  return payloadFor('grafana-oncall', action, key, repo, {
    by: { name: cleanName(user.username ?? user.name), email: cleanEmail(user.email), id: cleanId(user.id) },
    at: timestamp(event.time, now),
  });
}

function payloadFor(pager: PagerKind, action: PageAnswerAction, key: string | undefined, repo: string, rest: Pick<PagePayload, 'by' | 'at'>): PageDecoded {
  if (!key) return { dropped: 'no incident key: not an alert sitrep paged' };
  const incident = incidentOfPageKey(key, repo);
  if (!incident) return { dropped: `key is not one sitrep sent for ${repo}` };
  return { payload: { incident, pager, action, ...rest, key } };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw new PagerFormatError(`${field}: expected an object`);
  return value;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value) throw new PagerFormatError(`${field}: expected a non-empty string`);
  return value;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0);
}

/** A person's name from a pager: printable, on one line, at most 100 characters. */
function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? Array.from(text).slice(0, 100).join('') : null;
}

function cleanEmail(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 254 && /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/.test(value) ? value : null;
}

function cleanId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(value) ? value : null;
}

function secondPrecision(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** A sender's time, at second precision in UTC; the relay's clock when it sent none or nonsense. */
function timestamp(value: unknown, now: number): string {
  const parsed = typeof value === 'string' ? new Date(value) : undefined;
  return secondPrecision(parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date(now));
}
