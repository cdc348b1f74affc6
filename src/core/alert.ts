/**
 * Alerts (SPEC 4.6), the pure side: reading a `sitrep-alert` dispatch's `client_payload`, the
 * issue an alert group declares, and what changed when a group is delivered again. No I/O: the
 * action loads the incident and applies what these return.
 */
import type { ErrorObject } from 'ajv';
import type { Config } from './config.js';
import { defuseMentions, escapeHtml, isLogin } from './sanitize.js';
// `schemas/alert.schema.json`, compiled when sitrep is built (scripts/schema-validators.mjs).
import { alert as validateAlert } from './schema-validators.generated.js';

/** The `event_type` of the repository dispatch an alert group arrives as. */
export const ALERT_EVENT_TYPE = 'sitrep-alert';

export type AlertSource = 'alertmanager' | 'grafana' | 'generic';
export type AlertState = 'firing' | 'resolved';

/** One alert of a group, as `schemas/alert.schema.json` describes it. */
export interface PayloadAlert {
  fingerprint: string;
  status: AlertState;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  starts_at: string;
  ends_at?: string;
  url?: string;
}

/** How many alerts the group had, whatever was left out to fit GitHub's limits. */
export interface AlertCounts {
  firing: number;
  resolved: number;
  total: number;
  truncated: number;
}

/** A `sitrep-alert` dispatch's `client_payload` (`schemas/alert.schema.json`). */
export interface AlertPayload {
  version: 1;
  source: AlertSource;
  key: string;
  status: AlertState;
  title?: string;
  common_labels?: Record<string, string>;
  common_annotations?: Record<string, string>;
  alerts: PayloadAlert[];
  counts?: AlertCounts;
  external_url?: string;
}

/** One way a payload does not match the schema; `field` is a dotted path (`alerts.0.labels`). */
export interface AlertPayloadProblem {
  field: string;
  message: string;
}

/**
 * Reads a dispatch's `client_payload` against `schemas/alert.schema.json`. Every problem names
 * its field; nothing is guessed.
 */
export function readAlertPayload(value: unknown): { payload: AlertPayload } | { problems: AlertPayloadProblem[] } {
  if (validateAlert(value)) return { payload: value as AlertPayload };
  const problems: AlertPayloadProblem[] = [];
  for (const error of validateAlert.errors ?? []) {
    const problem = describeError(error);
    if (!problems.some((p) => p.field === problem.field && p.message === problem.message)) problems.push(problem);
  }
  return { problems };
}

function fieldOf(pointer: string, key?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) parts.push(key);
  return parts.length ? parts.join('.') : '(top level)';
}

/** One ajv error as a problem naming its field and what is accepted. */
function describeError(error: ErrorObject): AlertPayloadProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = fieldOf(error.instancePath, String(params.missingProperty));
      return { field, message: `${field}: missing` };
    }
    case 'additionalProperties': {
      const field = fieldOf(error.instancePath, String(params.additionalProperty));
      return { field, message: `${field}: unknown key` };
    }
    case 'enum':
      return named(error, `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
    case 'const':
      return named(error, `must be ${JSON.stringify(params.allowedValue)}`);
    case 'format':
      return named(error, params.format === 'date-time' ? 'must be an RFC 3339 time' : `must be a ${String(params.format)}`);
    case 'maxProperties':
      return named(error, `has more than ${String(params.limit)} keys (GitHub allows at most 10 in a client_payload)`);
    default:
      return named(error, error.message ?? 'is not valid');
  }
}

function named(error: ErrorObject, message: string): AlertPayloadProblem {
  const field = fieldOf(error.instancePath);
  return { field, message: `${field}: ${message}` };
}

/** What an alert group declares (SPEC 4.6): the issue to open and the incident's fields. */
export interface AlertDeclaration {
  /** The issue title: one line, at most 256 characters (GitHub's limit). */
  title: string;
  /** The issue body (Markdown); every piece of alert text is neutralised. */
  body: string;
  severity: string;
  services: string[];
  status: Config['alerts']['status'];
  /** The incident's `alert` key (SPEC 2). */
  alert: { key: string; source: AlertSource; fingerprints: string[] };
}

const MAX_TITLE = 256;
const SOURCE_NAMES: Record<AlertSource, string> = { alertmanager: 'Alertmanager', grafana: 'Grafana', generic: 'a monitoring webhook' };

/**
 * The incident a firing group declares: title from the `summary` annotation, else the sender's
 * title, else `alertname` and the common labels; severity from `alerts.severity_label` through
 * `alerts.severities` (the most severe among the alerts), else `alerts.default_severity`, else the
 * most severe; services from `alerts.service_label` in order, else `job`.
 */
export function alertDeclaration(payload: AlertPayload, config: Config): AlertDeclaration {
  return {
    title: alertTitle(payload),
    body: alertIssueBody(payload),
    severity: alertSeverity(payload, config),
    services: alertServices(payload, config),
    status: config.alerts.status,
    alert: { key: payload.key, source: payload.source, fingerprints: firingFingerprints(payload) },
  };
}

/** The issue title for a group. */
export function alertTitle(payload: AlertPayload): string {
  const common = payload.common_labels ?? {};
  const summary = payload.common_annotations?.summary ?? sharedValue(payload.alerts.map((a) => a.annotations?.summary));
  let title = summary?.trim() || payload.title?.trim() || '';
  if (!title) {
    const name = common.alertname ?? sharedValue(payload.alerts.map((a) => a.labels.alertname)) ?? 'Alert';
    const rest = Object.entries(common)
      .filter(([label]) => label !== 'alertname')
      .map(([label, value]) => `${label}=${value}`);
    title = rest.length ? `${name} (${rest.join(', ')})` : name;
  }
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line;
}

/** A value every item has, else undefined. */
function sharedValue(values: Array<string | undefined>): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/** The severity: the most severe mapped label value among the group, else the configured fallback. */
export function alertSeverity(payload: AlertPayload, config: Config): string {
  const names = config.severities.map((s) => s.name);
  const label = config.alerts.severityLabel;
  const values = [payload.common_labels?.[label], ...payload.alerts.map((a) => a.labels[label])];
  let best: number | undefined;
  for (const value of values) {
    if (value === undefined) continue;
    const mapped = config.alerts.severities[value.trim().toLowerCase()];
    const rank = mapped === undefined ? -1 : names.indexOf(mapped);
    if (rank >= 0 && (best === undefined || rank < best)) best = rank;
  }
  if (best !== undefined) return names[best]!;
  return config.alerts.defaultSeverity ?? names[0] ?? 'P1';
}

/** Services named by the service labels (in their order), else by `job`; each once. */
export function alertServices(payload: AlertPayload, config: Config): string[] {
  const collect = (labels: readonly string[]) => {
    const found: string[] = [];
    for (const label of labels) {
      for (const value of [payload.common_labels?.[label], ...payload.alerts.map((a) => a.labels[label])]) {
        const service = value?.trim();
        if (service && !found.includes(service)) found.push(service);
      }
    }
    return found;
  };
  const services = collect(config.alerts.serviceLabels);
  return services.length ? services : collect(['job']);
}

function firingFingerprints(payload: AlertPayload): string[] {
  return [...new Set(payload.alerts.filter((a) => a.status === 'firing').map((a) => a.fingerprint))];
}

/**
 * Alert text made safe as inline Markdown inside a list item: one line, no mention that pings,
 * no HTML (so no forged `<!-- sitrep:` marker), and Markdown punctuation escaped so it cannot
 * open emphasis, links, code or tables.
 */
export function alertText(text: string): string {
  return escapeHtml(defuseMentions(text.replace(/[\r\n\u2028\u2029]+/g, ' ')))
    .replace(/[\\`*_[\]{}()#+!|~]/g, '\\$&')
    .trim();
}

/** A link only when it is http(s); parentheses encoded so it cannot end the link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return undefined;
  }
}

function labelList(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([name, value]) => `${alertText(name)}=${alertText(value)}`)
    .join(', ');
}

/** One alert as a list item with its labels, annotations, times and link. */
function alertItem(alert: PayloadAlert): string {
  const url = safeUrl(alert.url);
  const when = alert.status === 'resolved' && alert.ends_at ? `since ${alert.starts_at}, resolved ${alert.ends_at}` : `since ${alert.starts_at}`;
  const lines = [`- **${alert.status}** ${when}${url ? ` · [source](${url})` : ''}`];
  lines.push(`  - labels: ${labelList(alert.labels) || '(none)'}`);
  for (const [name, value] of Object.entries(alert.annotations ?? {})) {
    const link = /_url$/.test(name) ? safeUrl(value) : undefined;
    lines.push(`  - ${alertText(name)}: ${link ? `[${alertText(value)}](${link})` : alertText(value)}`);
  }
  lines.push(`  - fingerprint: ${alertText(alert.fingerprint)}`);
  return lines.join('\n');
}

/** The declaring issue's body: the group, its common labels and each alert. */
export function alertIssueBody(payload: AlertPayload): string {
  const counts = payload.counts ?? countsOf(payload);
  const external = safeUrl(payload.external_url);
  const from = external ? `[${SOURCE_NAMES[payload.source]}](${external})` : SOURCE_NAMES[payload.source];
  const parts = [
    `Declared from an alert sent by ${from}: ${counts.firing} firing, ${counts.resolved} resolved.`,
    '',
    `- group: ${alertText(payload.key)}`,
    `- common labels: ${labelList(payload.common_labels ?? {}) || '(none)'}`,
  ];
  for (const [name, value] of Object.entries(payload.common_annotations ?? {})) {
    const link = /_url$/.test(name) ? safeUrl(value) : undefined;
    parts.push(`- ${alertText(name)}: ${link ? `[${alertText(value)}](${link})` : alertText(value)}`);
  }
  parts.push('', '**Alerts**', '', ...payload.alerts.map(alertItem));
  if (counts.truncated > 0) parts.push('', `${counts.truncated} more alert${counts.truncated === 1 ? '' : 's'} of this group not shown (${counts.total} in all).`);
  return `${parts.join('\n')}\n`;
}

function countsOf(payload: AlertPayload): AlertCounts {
  const firing = payload.alerts.filter((a) => a.status === 'firing').length;
  return { firing, resolved: payload.alerts.length - firing, total: payload.alerts.length, truncated: 0 };
}

/** What a later delivery of a group changed on its incident (SPEC 4.6). */
export interface AlertChange {
  state: AlertState;
  /** Firing now and not before. */
  joined: string[];
  /** Firing before and not now (resolved, or gone from a group sent whole). */
  left: string[];
  /** The firing fingerprints to store in the incident's `alert.fingerprints`. */
  fingerprints: string[];
  /** The Log entry: `{ kind: 'alert', state, summary }`. */
  log: { kind: 'alert'; state: AlertState; summary: string };
  /** A comment listing newly firing alerts (neutralised); null when none joined. */
  comment: string | null;
}

/**
 * Compares a delivery with the firing fingerprints the incident knew. Null when nothing changed:
 * the same alerts still fire (a re-delivery or a repeat notification). A resolved group always
 * changes something the first time; once its fingerprints are empty, a repeat is null too. When
 * the group was truncated, an alert missing from the list is not taken as gone.
 */
export function alertChange(previousFingerprints: readonly string[], payload: AlertPayload): AlertChange | null {
  const before = new Set(previousFingerprints);
  const firing = payload.alerts.filter((a) => a.status === 'firing');
  const now = new Set(firing.map((a) => a.fingerprint));
  const truncated = (payload.counts?.truncated ?? 0) > 0;
  const resolvedNow = new Set(payload.alerts.filter((a) => a.status === 'resolved').map((a) => a.fingerprint));
  const joined = [...now].filter((f) => !before.has(f));
  const left = [...before].filter((f) => !now.has(f) && (!truncated || resolvedNow.has(f) || payload.status === 'resolved'));
  const fingerprints = payload.status === 'resolved' ? [] : [...new Set([...[...before].filter((f) => !left.includes(f)), ...now])];
  if (joined.length === 0 && left.length === 0) return null;
  const counts = payload.counts ?? countsOf(payload);
  const state = payload.status;
  const summary =
    state === 'resolved'
      ? `all ${plural(counts.total, 'alert')} resolved`
      : [joined.length ? `${joined.length} firing` : '', left.length ? `${left.length} resolved` : '']
          .filter(Boolean)
          .join(', ') + ` (${counts.firing} of ${plural(counts.total, 'alert')} firing)`;
  const joinedAlerts = firing.filter((a, i) => joined.includes(a.fingerprint) && firing.findIndex((b) => b.fingerprint === a.fingerprint) === i);
  const comment = joinedAlerts.length
    ? `${plural(joinedAlerts.length, 'alert')} started firing in this incident's group:\n\n${joinedAlerts.map(alertItem).join('\n')}\n`
    : null;
  return { state, joined, left, fingerprints, log: { kind: 'alert', state, summary }, comment };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The one comment a resolved group gets (SPEC 4.6): asks the coordinator (else operations) to
 * resolve if the impact is over. sitrep never changes the status on its own. `responder` is a
 * login without the @, or null when nobody holds either role; anything else is not mentioned.
 */
export function alertResolvedComment(payload: AlertPayload, responder: string | null, config: Config): string {
  const counts = payload.counts ?? countsOf(payload);
  const who = responder && isLogin(responder) ? `@${responder}` : 'Coordinator';
  return `All ${plural(counts.total, 'alert')} of this incident's group resolved. ${who}: if the impact is over too, resolve the incident with \`${config.command} status resolved\`.\n`;
}
