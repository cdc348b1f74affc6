/**
 * The webhook formats the relay accepts, decoded into one alert group each. Decoding is the only
 * place that knows Alertmanager's, Grafana's and the generic shape; a body that does not match
 * fails with the first offending field named (`alerts[0].labels: expected an object`).
 */
import { createHash } from 'node:crypto';
import type { AlertSource, AlertState } from '../core/alert.js';

/** A body that is not the route's format; the message names the field. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** One alert as received, before it is fitted into a dispatch. */
export interface ReceivedAlert {
  fingerprint: string;
  status: AlertState;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  url?: string;
}

/** One alert group as received. */
export interface ReceivedGroup {
  source: AlertSource;
  key: string;
  status: AlertState;
  title?: string;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  alerts: ReceivedAlert[];
  /** Alerts the sender itself left out (Alertmanager's and Grafana's `truncatedAlerts`). */
  senderTruncated: number;
  externalUrl?: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw new FormatError(`${field}: expected an object, got ${describe(value)}`);
  return value;
}

function string(value: unknown, field: string, options: { nonEmpty?: boolean } = {}): string {
  if (typeof value !== 'string') throw new FormatError(`${field}: expected a string, got ${describe(value)}`);
  if (options.nonEmpty && value.trim() === '') throw new FormatError(`${field}: expected a non-empty string`);
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : string(value, field);
}

function state(value: unknown, field: string): AlertState {
  if (value !== 'firing' && value !== 'resolved') {
    throw new FormatError(`${field}: expected "firing" or "resolved", got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return value;
}

/** A map of string values (labels, annotations); absent reads as empty. */
function strings(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  const map = object(value, field);
  const out: Record<string, string> = {};
  for (const [name, item] of Object.entries(map)) out[name] = string(item, `${field}.${name}`);
  return out;
}

// Alertmanager and Grafana write Go's zero time for "not set".
const ZERO_TIME = /^0001-01-01T00:00:00/;

/** An RFC 3339 time normalised to UTC, second precision; undefined for Go's zero time. */
function time(value: unknown, field: string): string | undefined {
  const text = string(value, field);
  if (ZERO_TIME.test(text)) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(text) ? Date.parse(text.replace(/(\.\d{3})\d+/, '$1')) : NaN;
  if (Number.isNaN(ms)) throw new FormatError(`${field}: expected an RFC 3339 time, got ${JSON.stringify(text.slice(0, 40))}`);
  return secondsIso(ms);
}

function secondsIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function optionalTime(value: unknown, field: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : time(value, field);
}

function count(value: unknown, field: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new FormatError(`${field}: expected a whole number, got ${JSON.stringify(value)}`);
  return value;
}

/** A stable fingerprint from the labels, for senders that send none. */
export function labelsFingerprint(labels: Record<string, string>): string {
  const canonical = JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The alerts of an Alertmanager or Grafana body (the same shape: Grafana's notifier is Alertmanager's). */
function alertsOf(body: Json, now: number): ReceivedAlert[] {
  if (!Array.isArray(body.alerts)) throw new FormatError(`alerts: expected an array, got ${describe(body.alerts)}`);
  return body.alerts.map((raw: unknown, i) => {
    const at = `alerts[${i}]`;
    const alert = object(raw, at);
    const labels = strings(alert.labels ?? undefined, `${at}.labels`);
    if (alert.labels === undefined) throw new FormatError(`${at}.labels: expected an object, got nothing`);
    const status = state(alert.status, `${at}.status`);
    const startsAt = time(alert.startsAt, `${at}.startsAt`) ?? secondsIso(now);
    const endsAt = optionalTime(alert.endsAt, `${at}.endsAt`);
    const fingerprint = optionalString(alert.fingerprint, `${at}.fingerprint`) ?? labelsFingerprint(labels);
    const url = optionalString(alert.generatorURL, `${at}.generatorURL`);
    return {
      fingerprint,
      status,
      labels,
      annotations: strings(alert.annotations, `${at}.annotations`),
      startsAt,
      ...(status === 'resolved' && endsAt ? { endsAt } : {}),
      ...(url ? { url } : {}),
    };
  });
}

function groupOf(source: 'alertmanager' | 'grafana', body: Json, now: number): ReceivedGroup {
  const key = string(body.groupKey, 'groupKey', { nonEmpty: true });
  const status = state(body.status, 'status');
  const alerts = alertsOf(body, now);
  const externalUrl = optionalString(body.externalURL, 'externalURL');
  return {
    source,
    key,
    status,
    commonLabels: strings(body.commonLabels, 'commonLabels'),
    commonAnnotations: strings(body.commonAnnotations, 'commonAnnotations'),
    alerts,
    senderTruncated: count(body.truncatedAlerts, 'truncatedAlerts'),
    ...(externalUrl ? { externalUrl } : {}),
  };
}

/** Alertmanager's webhook body, version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). */
export function decodeAlertmanager(value: unknown, now: number): ReceivedGroup {
  const body = object(value, 'body');
  if (body.version !== '4') throw new FormatError(`version: expected "4" (Alertmanager's webhook version), got ${JSON.stringify(body.version) ?? 'nothing'}`);
  return groupOf('alertmanager', body, now);
}

/** Grafana Alerting's webhook contact point body (Alertmanager's shape plus orgId, title, state, message). */
export function decodeGrafana(value: unknown, now: number): ReceivedGroup {
  const body = object(value, 'body');
  if (body.orgId !== undefined && (typeof body.orgId !== 'number' || !Number.isInteger(body.orgId))) {
    throw new FormatError(`orgId: expected a whole number, got ${JSON.stringify(body.orgId)}`);
  }
  return groupOf('grafana', body, now);
}

const GENERIC_KEYS = ['key', 'title', 'status', 'severity', 'service', 'summary', 'url'] as const;

/**
 * The generic body `{ key, title, status, severity?, service?, summary?, url? }`: one alert whose
 * fingerprint is its key. `now` stamps the start, as the sender gives none.
 */
export function decodeGeneric(value: unknown, now: number): ReceivedGroup {
  const body = object(value, 'body');
  for (const name of Object.keys(body)) {
    if (!(GENERIC_KEYS as readonly string[]).includes(name)) {
      throw new FormatError(`${name}: unknown key; accepted keys: ${GENERIC_KEYS.join(', ')}`);
    }
  }
  const key = string(body.key, 'key', { nonEmpty: true });
  const title = string(body.title, 'title', { nonEmpty: true });
  const status = state(body.status, 'status');
  const severity = optionalString(body.severity, 'severity');
  const service = optionalString(body.service, 'service');
  const summary = optionalString(body.summary, 'summary');
  const url = optionalString(body.url, 'url');
  if (url !== undefined && !/^https?:\/\//i.test(url)) throw new FormatError(`url: expected an http(s) URL, got ${JSON.stringify(url.slice(0, 40))}`);
  const labels: Record<string, string> = { alertname: title, ...(severity ? { severity } : {}), ...(service ? { service } : {}) };
  const annotations: Record<string, string> = summary ? { summary } : {};
  const at = secondsIso(now);
  return {
    source: 'generic',
    key,
    status,
    title,
    commonLabels: labels,
    commonAnnotations: annotations,
    alerts: [{ fingerprint: key, status, labels, annotations, startsAt: at, ...(status === 'resolved' ? { endsAt: at } : {}), ...(url ? { url } : {}) }],
    senderTruncated: 0,
  };
}
