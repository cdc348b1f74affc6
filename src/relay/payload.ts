/**
 * One received alert group → the `client_payload` of one `sitrep-alert` dispatch
 * (`schemas/alert.schema.json`), fitted to GitHub's limits: at most 10 top-level keys and 65,535
 * characters serialized. A group too large keeps its counts and as many alerts as fit, firing first.
 */
import { createHash } from 'node:crypto';
import type { AlertPayload, PayloadAlert } from '../core/alert.js';
import type { ReceivedAlert, ReceivedGroup } from './formats.js';

/** GitHub's ceiling on a dispatch's serialized `client_payload`. */
export const MAX_PAYLOAD_CHARS = 65_535;
const MAX_KEY = 1024;
const MAX_FINGERPRINT = 256;
const MAX_TITLE = 1024;
const MAX_NAME = 128;
// Tried in turn until the group's common part leaves room for alerts.
const VALUE_LIMITS = [2048, 512, 128] as const;
const MAP_ENTRIES = 64;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value too long for an identifier is replaced by its digest, which stays stable across deliveries. */
function identifier(text: string, max: number): string {
  return text.length > max ? `sha256:${createHash('sha256').update(text).digest('hex')}` : text;
}

function clipMap(map: Record<string, string>, valueMax: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(map).slice(0, MAP_ENTRIES)) out[clip(name, MAX_NAME)] = clip(value, valueMax);
  return out;
}

/** An absolute http(s) URL, else undefined (the schema wants a URI; a relative link helps nobody). */
function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? clip(parsed.href, 2048) : undefined;
  } catch {
    return undefined;
  }
}

function fitAlert(alert: ReceivedAlert, valueMax: number): PayloadAlert {
  const url = absoluteUrl(alert.url);
  return {
    fingerprint: identifier(alert.fingerprint, MAX_FINGERPRINT),
    status: alert.status,
    labels: clipMap(alert.labels, valueMax),
    annotations: clipMap(alert.annotations, valueMax),
    starts_at: alert.startsAt,
    ...(alert.endsAt ? { ends_at: alert.endsAt } : {}),
    ...(url ? { url } : {}),
  };
}

/** The dispatch payload for a group, within GitHub's limits. */
export function alertPayload(group: ReceivedGroup): AlertPayload {
  // Firing alerts first, so a truncated group keeps what needs attention.
  const ordered = [...group.alerts.filter((a) => a.status === 'firing'), ...group.alerts.filter((a) => a.status !== 'firing')];
  const firing = group.alerts.filter((a) => a.status === 'firing').length;
  const total = group.alerts.length + group.senderTruncated;
  const externalUrl = absoluteUrl(group.externalUrl);
  let payload: AlertPayload | undefined;
  for (const valueMax of VALUE_LIMITS) {
    payload = {
      version: 1,
      source: group.source,
      key: identifier(group.key, MAX_KEY),
      status: group.status,
      ...(group.title ? { title: clip(group.title, MAX_TITLE) } : {}),
      common_labels: clipMap(group.commonLabels, valueMax),
      common_annotations: clipMap(group.commonAnnotations, valueMax),
      alerts: [],
      counts: { firing, resolved: group.alerts.length - firing, total, truncated: total },
      ...(externalUrl ? { external_url: externalUrl } : {}),
    };
    // Room for the counts' digits to grow is small and fixed; keep a margin for it.
    let size = JSON.stringify(payload).length + 16;
    if (size > MAX_PAYLOAD_CHARS) continue;
    for (const alert of ordered) {
      const fitted = fitAlert(alert, valueMax);
      const added = JSON.stringify(fitted).length + 1;
      if (size + added > MAX_PAYLOAD_CHARS) break;
      payload.alerts.push(fitted);
      size += added;
    }
    payload.counts!.truncated = total - payload.alerts.length;
    // Prefer a full group with shorter values over a long-valued partial one.
    if (payload.counts!.truncated === group.senderTruncated) break;
  }
  return payload!;
}
