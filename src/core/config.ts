import { DurationError, parseDuration } from './duration.js';
import type { Diagnostic } from './diagnostics.js';
import type { Status } from './lifecycle.js';
import { checkSchema } from './schemas.js';
import { parseYamlSource } from './yaml-source.js';
import { resolveSlackConfig, type RawSlackConfig, type SlackConfig } from './slack-config.js';

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export type PostmortemPolicy = 'required' | 'optional' | 'none';

/** One severity level, durations in milliseconds. */
export interface Severity {
  name: string;
  description: string;
  updateEvery: number;
  escalateAfter: number;
  minResponders: number;
  postmortem: PostmortemPolicy;
}

/** The validated configuration with every default applied. Frozen. */
export interface Config {
  label: string;
  command: string;
  paths: { incidents: string; postmortems: string };
  minPermission: Permission;
  /** Most severe first. */
  severities: readonly Severity[];
  statusCadence: Partial<Record<Status, number>>;
  monitoringWindow: number;
  postmortemDueAfter: number;
  reviewersFromRoles: boolean;
  coordinators: readonly string[];
  /** The logins, besides the running token's, whose cards, markers and replies are sitrep's own (lower case). */
  bots: readonly string[];
  /** Customer name → contacts (logins, teams, email addresses, `@domain`), shown on declaration. */
  customers: Readonly<Record<string, readonly string[]>>;
  /** Customer name → the notify channels that carry its incidents (`escalation.customers.<name>.notify`). */
  customerChannels: Readonly<Record<string, readonly string[]>>;
  /** Email intake (SPEC 4.14). */
  email: { fromDomains: readonly string[] };
  followups: { defaultRepo: string | null; routes: Readonly<Record<string, string>>; labels: readonly string[] };
  alerts: AlertsConfig;
  notify: readonly NotifyChannel[];
  statusPage: StatusPageConfig;
  changes: { windowBefore: number; repos: Readonly<Record<string, string>> };
  /** The two-way Slack app (SPEC 4.12); null when not configured. */
  slack: SlackConfig | null;
  /** Pagers (SPEC 4.11). */
  paging: readonly Pager[];
  /** The service catalog (SPEC 4.13): `services`, joined by the catalog folder's entities once read. */
  services: Readonly<Record<string, Service>>;
  /** GitHub login → the same person elsewhere (SPEC 4.13). */
  people: Readonly<Record<string, Person>>;
  /** A folder of Backstage catalog-info.yaml files, or null. */
  catalog: string | null;
}

export type PagerType = 'pagerduty' | 'opsgenie' | 'grafana-oncall' | 'webhook';
export const PAGE_TRIGGERS = ['declared', 'raised', 'escalated', 'missed'] as const;
export type PageTrigger = (typeof PAGE_TRIGGERS)[number];
export type PagerSeverity = 'critical' | 'error' | 'warning' | 'info';

/** One pager (SPEC 4.11). Its secret is named by environment variable only. */
export interface Pager {
  name: string;
  type: PagerType;
  keyEnv: string;
  /** webhook only: the signing key's variable. */
  secretEnv: string | null;
  /** opsgenie only. */
  region: 'us' | 'eu';
  on: readonly PageTrigger[];
  /** [] = all. */
  severities: readonly string[];
  /** [] = all. */
  services: readonly string[];
  /** Severity name → the pager's severity; a name it lacks is `info`. */
  severityMap: Readonly<Record<string, PagerSeverity>>;
}

/** One service of the catalog (SPEC 4.13). */
export interface Service {
  description: string | null;
  owners: readonly string[];
  repo: string | null;
  component: string | null;
  pager: string | null;
  pagerKeyEnv: string | null;
  slackChannel: string | null;
  /** Where it was declared: `services` in the configuration, or a catalog file. */
  from: string;
}

/** One person (SPEC 4.13). */
export interface Person {
  slack: string | null;
  email: string | null;
  pager: string | null;
}

/** How alerts declare incidents (SPEC 4.6). */
export interface AlertsConfig {
  status: 'triage' | 'investigating';
  severityLabel: string;
  /** Alert label value (lower case) → severity name. */
  severities: Readonly<Record<string, string>>;
  /** null = the most severe. */
  defaultSeverity: string | null;
  serviceLabels: readonly string[];
  reopenWithin: number;
}

/**
 * The channel types and the events a channel can ask for. schemas/config.schema.json lists the
 * same in its enums; test/core/notify-events.test.ts fails when the two differ.
 */
export const NOTIFY_TYPES = ['slack', 'teams', 'discord', 'webhook', 'email'] as const;
export type NotifyType = (typeof NOTIFY_TYPES)[number];
export const NOTIFY_EVENTS = [
  'declared', 'status', 'update', 'severity', 'role', 'escalation', 'resolved', 'closed',
  'note', 'reminder', 'alert', 'public', 'followup', 'cause', 'postmortem', 'email',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

/** One chat or webhook channel (SPEC 4.7). URLs and secrets are named by environment variable only. */
export interface NotifyChannel {
  name: string;
  type: NotifyType;
  urlEnv: string;
  secretEnv: string | null;
  events: readonly NotifyEvent[];
  /** [] = all. */
  severities: readonly string[];
  types: readonly ('incident' | 'security')[];
  /** email only: the sender; null for other types. */
  from: string | null;
  /** email only: the recipients; [] for other types. */
  to: readonly string[];
  /**
   * The customers whose incidents it carries: its own `customers` and every customer whose
   * `escalation.customers.<name>.notify` names it. [] = a team channel (every incident, internal
   * events); otherwise a customer channel (only those customers' incidents, public updates only).
   */
  customers: readonly string[];
}

/** The public status page (SPEC 4.9). */
export interface StatusPageConfig {
  title: string;
  url: string | null;
  /** [] = every service of a published incident. */
  components: readonly string[];
  history: number;
}

/** The configuration file's default location. */
export const CONFIG_PATH = '.github/sitrep.yml';

interface RawSeverity {
  description?: string;
  update_every?: string;
  escalate_after?: string;
  min_responders?: number;
  postmortem?: PostmortemPolicy;
}

interface RawConfig {
  label?: string;
  command?: string;
  paths?: { incidents?: string; postmortems?: string };
  commands?: { min_permission?: Permission };
  severities?: Record<string, RawSeverity>;
  status_cadence?: Partial<Record<Status, string>>;
  monitoring?: { window?: string };
  postmortem?: { due_after?: string; reviewers_from_roles?: boolean };
  bots?: string[];
  escalation?: { coordinators?: string[]; customers?: Record<string, string[] | { contacts?: string[]; notify?: string[] }> };
  email?: { from_domains?: string[] };
  followups?: { default_repo?: string | null; routes?: Record<string, string>; labels?: string[] };
  alerts?: {
    status?: 'triage' | 'investigating';
    severity_label?: string;
    severities?: Record<string, string>;
    default_severity?: string | null;
    service_label?: string | string[];
    reopen_within?: string;
  };
  notify?: {
    name: string;
    type: NotifyType;
    url_env: string;
    secret_env?: string | null;
    events?: NotifyEvent[];
    severities?: string[];
    types?: ('incident' | 'security')[];
    from?: string;
    to?: string[];
    customers?: string[];
  }[];
  status_page?: { title?: string; url?: string | null; components?: string[]; history?: string };
  changes?: { window_before?: string; repos?: Record<string, string> };
  slack?: RawSlackConfig | null;
  paging?: {
    name: string;
    type: PagerType;
    key_env: string;
    secret_env?: string | null;
    region?: 'us' | 'eu';
    on?: PageTrigger[];
    severities?: string[];
    services?: string[];
    severity_map?: Record<string, PagerSeverity>;
  }[];
  services?: Record<string, RawService>;
  people?: Record<string, { slack?: string; email?: string; pager?: string }>;
  catalog?: string | null;
}

/** A service as written under `services`. */
export interface RawService {
  description?: string;
  owners?: string[];
  repo?: string;
  component?: string;
  pager?: string;
  pager_key_env?: string | null;
  slack_channel?: string | null;
}

/** The pager severities of SPEC 4.11. */
export const DEFAULT_PAGER_SEVERITIES: Readonly<Record<string, PagerSeverity>> = { P1: 'critical', P2: 'error', P3: 'warning' };

const DEFAULT_ALERT_SEVERITIES: Readonly<Record<string, string>> = { critical: 'P1', error: 'P1', warning: 'P2', info: 'P3' };
/** The events of a channel that does not list its own (the schema's description says which). */
export const DEFAULT_NOTIFY_EVENTS: readonly NotifyEvent[] = ['declared', 'status', 'update', 'severity', 'role', 'escalation', 'resolved', 'closed'];

/** SPEC section 3's defaults, as a user would write them. */
export const DEFAULT_SEVERITIES: Readonly<Record<string, Required<RawSeverity>>> = {
  P1: { description: 'Critical — a customer production system is impaired', update_every: '30m', escalate_after: '60m', min_responders: 2, postmortem: 'required' },
  P2: { description: 'Major — a major feature is degraded, no data lost', update_every: '2h', escalate_after: '4h', min_responders: 1, postmortem: 'required' },
  P3: { description: 'Minor — degraded but usable', update_every: '1d', escalate_after: '2d', min_responders: 1, postmortem: 'optional' },
};

const DEFAULT_STATUS_CADENCE: Partial<Record<Status, string>> = { triage: '15m', monitoring: '1d' };

/** Thrown when the configuration cannot be used; carries every located problem. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly Diagnostic[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** A configured folder without its trailing slashes (`incidents/` → `incidents`). */
function folderPath(folder: string): string {
  return folder.replace(/\/+$/, '') || folder;
}

/**
 * Reads `.github/sitrep.yml` text (null when the file does not exist) into a Config.
 * Returns every problem found, each naming the key and what is accepted.
 */
export function checkConfig(text: string | null, path = CONFIG_PATH): { config?: Config; problems: Diagnostic[] } {
  if (text === null || text.trim() === '') return { config: resolveConfig({}), problems: [] };
  const source = parseYamlSource(text);
  if (source.errors.length) {
    return {
      problems: source.errors.map((e) => ({ path, ...e.position, message: `YAML syntax: ${e.message}` })),
    };
  }
  const raw = source.value ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ path, line: 1, column: 1, message: 'the configuration must be a mapping of keys (label, command, paths, severities, ...)' }] };
  }
  const problems = checkSchema('config', raw).map((p) => ({
    path,
    ...source.locate(p.pointer, p.key),
    message: p.message,
  }));
  if (problems.length) return { problems };
  const crossProblems = crossCheck(raw as RawConfig).map((p) => ({ path, ...source.locate(p.pointer), message: p.message }));
  if (crossProblems.length) return { problems: crossProblems };
  try {
    return { config: resolveConfig(raw as RawConfig), problems: [] };
  } catch (error) {
    // The schema cannot bound a duration's size (parseDuration refuses over 100 years): point at the value.
    if (!(error instanceof DurationError)) throw error;
    const pointer = pointerOf(raw, error.text) ?? '';
    const field = pointer.split('/').slice(1).join('.');
    return { problems: [{ path, ...source.locate(pointer), message: `${field}: ${error.message}` }] };
  }
}

/** What the schema cannot say: values that must name a configured severity, keys that fit only one channel type. */
function crossCheck(raw: RawConfig): { pointer: string; message: string }[] {
  const names = Object.keys(raw.severities ?? DEFAULT_SEVERITIES);
  const known = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  const problems: { pointer: string; message: string }[] = [];
  const accepted = `accepted: ${names.join(', ')} (the keys of severities)`;
  for (const [label, severity] of Object.entries(raw.alerts?.severities ?? {})) {
    if (!known(severity)) problems.push({ pointer: `/alerts/severities/${label}`, message: `alerts.severities.${label}: "${severity}" is not a severity; ${accepted}` });
  }
  const fallback = raw.alerts?.default_severity;
  if (fallback && !known(fallback)) problems.push({ pointer: '/alerts/default_severity', message: `alerts.default_severity: "${fallback}" is not a severity; ${accepted}` });
  (raw.notify ?? []).forEach((channel, index) => {
    if (channel.secret_env && channel.type !== 'webhook') {
      problems.push({ pointer: `/notify/${index}/secret_env`, message: `notify[${index}].secret_env: only a webhook channel signs its messages; remove it from the ${channel.type} channel "${channel.name}"` });
    }
    const others = (raw.notify ?? []).findIndex((c) => c.name === channel.name);
    if (others !== index) problems.push({ pointer: `/notify/${index}/name`, message: `notify[${index}].name: "${channel.name}" is already the name of notify[${others}]; each channel needs its own name` });
    if (channel.type === 'email') {
      for (const key of ['from', 'to'] as const) {
        if (channel[key] === undefined) problems.push({ pointer: `/notify/${index}`, message: `notify[${index}].${key}: an email channel needs ${key === 'from' ? 'a sender address' : 'a list of recipient addresses'} ("${channel.name}")` });
      }
    } else {
      for (const key of ['from', 'to'] as const) {
        if (channel[key] !== undefined) problems.push({ pointer: `/notify/${index}/${key}`, message: `notify[${index}].${key}: only an email channel has a ${key}; remove it from the ${channel.type} channel "${channel.name}"` });
      }
    }
  });
  const channelNames = (raw.notify ?? []).map((c) => c.name);
  for (const [customer, entry] of Object.entries(raw.escalation?.customers ?? {})) {
    if (Array.isArray(entry)) continue;
    (entry.notify ?? []).forEach((name, index) => {
      if (!channelNames.includes(name)) {
        problems.push({
          pointer: `/escalation/customers/${customer.replace(/~/g, '~0').replace(/\//g, '~1')}/notify/${index}`,
          message: `escalation.customers.${customer}.notify: "${name}" is not a notify channel; accepted: ${channelNames.length ? channelNames.join(', ') : 'none (notify lists no channel)'}`,
        });
      }
    });
  }
  problems.push(...crossCheckPaging(raw, known, accepted));
  return problems;
}

/** Pager names unique, severities known, keys that fit one pager type only, services naming a pager that exists. */
function crossCheckPaging(raw: RawConfig, known: (name: string) => boolean, accepted: string): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  const pagers = raw.paging ?? [];
  pagers.forEach((pager, index) => {
    const at = `paging[${index}]`;
    const first = pagers.findIndex((p) => p.name === pager.name);
    if (first !== index) problems.push({ pointer: `/paging/${index}/name`, message: `${at}.name: "${pager.name}" is already the name of paging[${first}]; each pager needs its own name` });
    if (pager.region && pager.type !== 'opsgenie') problems.push({ pointer: `/paging/${index}/region`, message: `${at}.region: only an opsgenie pager has a region; remove it from the ${pager.type} pager "${pager.name}"` });
    if (pager.secret_env && pager.type !== 'webhook') problems.push({ pointer: `/paging/${index}/secret_env`, message: `${at}.secret_env: only a webhook pager signs its events; remove it from the ${pager.type} pager "${pager.name}"` });
    (pager.severities ?? []).forEach((severity, i) => {
      if (!known(severity)) problems.push({ pointer: `/paging/${index}/severities/${i}`, message: `${at}.severities: "${severity}" is not a severity; ${accepted}` });
    });
    for (const severity of Object.keys(pager.severity_map ?? {})) {
      if (!known(severity)) problems.push({ pointer: `/paging/${index}/severity_map/${severity}`, message: `${at}.severity_map.${severity}: "${severity}" is not a severity; ${accepted}` });
    }
  });
  const names = pagers.map((p) => p.name);
  for (const [service, entry] of Object.entries(raw.services ?? {})) {
    if (entry.pager && !names.includes(entry.pager)) {
      problems.push({
        pointer: `/services/${service}/pager`,
        message: `services.${service}.pager: "${entry.pager}" is not a pager; accepted: ${names.length ? names.join(', ') : '(none: add it under paging)'} (the names under paging)`,
      });
    }
  }
  return problems;
}

/** The JSON pointer of the first value equal to `text` in `value`. */
function pointerOf(value: unknown, text: string, pointer = ''): string | undefined {
  if (value === text) return pointer;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = pointerOf(child, text, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Like checkConfig, but throws a ConfigurationError listing the problems. */
export function loadConfig(text: string | null, path = CONFIG_PATH): Config {
  const { config, problems } = checkConfig(text, path);
  if (!config) throw new ConfigurationError(problems);
  return config;
}

/** The default configuration. */
export function defaultConfig(): Config {
  return resolveConfig({});
}

function resolveConfig(raw: RawConfig): Config {
  const leastSevere = DEFAULT_SEVERITIES.P3 as Required<RawSeverity>;
  const severities = Object.entries(raw.severities ?? DEFAULT_SEVERITIES).map(([name, given]): Severity => {
    const base = DEFAULT_SEVERITIES[name] ?? { ...leastSevere, description: name };
    const merged = { ...base, ...given };
    return {
      name,
      description: merged.description,
      updateEvery: parseDuration(merged.update_every),
      escalateAfter: parseDuration(merged.escalate_after),
      minResponders: merged.min_responders,
      postmortem: merged.postmortem,
    };
  });
  const cadence = { ...DEFAULT_STATUS_CADENCE, ...raw.status_cadence };
  const statusCadence: Partial<Record<Status, number>> = {};
  for (const [status, text] of Object.entries(cadence)) {
    if (text) statusCadence[status as Status] = parseDuration(text);
  }
  // A customer is a list of contacts, or { contacts, notify }.
  const customerEntries = Object.fromEntries(
    Object.entries(raw.escalation?.customers ?? {}).map(([name, entry]) => [
      name,
      Array.isArray(entry) ? { contacts: entry, notify: [] as string[] } : { contacts: entry.contacts ?? [], notify: entry.notify ?? [] },
    ]),
  );
  const config: Config = {
    label: raw.label ?? 'incident',
    command: raw.command ?? '/inc',
    // Folder paths are normalised once, here: no trailing slash, so every reader joins them the same way.
    paths: { incidents: folderPath(raw.paths?.incidents ?? 'incidents'), postmortems: folderPath(raw.paths?.postmortems ?? 'postmortems') },
    minPermission: raw.commands?.min_permission ?? 'triage',
    severities,
    statusCadence,
    monitoringWindow: parseDuration(raw.monitoring?.window ?? '48h'),
    postmortemDueAfter: parseDuration(raw.postmortem?.due_after ?? '3d'),
    reviewersFromRoles: raw.postmortem?.reviewers_from_roles ?? true,
    bots: (raw.bots ?? []).map((login) => login.toLowerCase()),
    coordinators: (raw.escalation?.coordinators ?? []).map((m) => (m.startsWith('@') ? m : `@${m}`)),
    customers: Object.fromEntries(Object.entries(customerEntries).map(([name, entry]) => [name, entry.contacts])),
    customerChannels: Object.fromEntries(Object.entries(customerEntries).map(([name, entry]) => [name, entry.notify])),
    email: { fromDomains: (raw.email?.from_domains ?? []).map((d) => d.toLowerCase()) },
    followups: {
      defaultRepo: raw.followups?.default_repo ?? null,
      routes: raw.followups?.routes ?? {},
      labels: raw.followups?.labels ?? ['incident-followup'],
    },
    alerts: {
      status: raw.alerts?.status ?? 'triage',
      severityLabel: raw.alerts?.severity_label ?? 'severity',
      severities: Object.fromEntries(Object.entries(raw.alerts?.severities ?? DEFAULT_ALERT_SEVERITIES).map(([k, v]) => [k.toLowerCase(), v])),
      defaultSeverity: raw.alerts?.default_severity ?? null,
      serviceLabels: [raw.alerts?.service_label ?? 'service'].flat(),
      reopenWithin: parseDuration(raw.alerts?.reopen_within ?? '1h'),
    },
    notify: (raw.notify ?? []).map((c) => ({
      name: c.name,
      type: c.type,
      urlEnv: c.url_env,
      secretEnv: c.secret_env ?? null,
      events: c.events ?? DEFAULT_NOTIFY_EVENTS,
      severities: c.severities ?? [],
      types: c.types ?? ['incident'],
      from: c.from ?? null,
      to: c.to ?? [],
      customers: [
        ...new Set([
          ...(c.customers ?? []),
          ...Object.entries(customerEntries)
            .filter(([, entry]) => entry.notify.includes(c.name))
            .map(([name]) => name),
        ]),
      ],
    })),
    statusPage: {
      title: raw.status_page?.title ?? 'Status',
      url: raw.status_page?.url ?? null,
      components: raw.status_page?.components ?? [],
      history: parseDuration(raw.status_page?.history ?? '90d'),
    },
    changes: {
      windowBefore: parseDuration(raw.changes?.window_before ?? '2h'),
      repos: raw.changes?.repos ?? {},
    },
    slack: resolveSlackConfig(raw.slack),
    paging: (raw.paging ?? []).map((p) => ({
      name: p.name,
      type: p.type,
      keyEnv: p.key_env,
      secretEnv: p.secret_env ?? null,
      region: p.region ?? 'us',
      on: p.on ?? PAGE_TRIGGERS,
      severities: p.severities ?? [],
      services: p.services ?? [],
      severityMap: { ...DEFAULT_PAGER_SEVERITIES, ...p.severity_map },
    })),
    services: Object.fromEntries(Object.entries(raw.services ?? {}).map(([name, s]) => [name, resolveService(s, 'services')])),
    people: Object.fromEntries(
      Object.entries(raw.people ?? {}).map(([login, p]) => [login, { slack: p.slack ?? null, email: p.email ?? null, pager: p.pager ?? null }]),
    ),
    catalog: raw.catalog ?? null,
  };
  return deepFreeze(config);
}

/** A service entry with its defaults; `from` says where it was declared. */
export function resolveService(raw: RawService, from: string): Service {
  return {
    description: raw.description ?? null,
    owners: (raw.owners ?? []).map((m) => (m.startsWith('@') ? m : `@${m}`)),
    repo: raw.repo ?? null,
    component: raw.component ?? null,
    pager: raw.pager ?? null,
    pagerKeyEnv: raw.pager_key_env ?? null,
    slackChannel: raw.slack_channel ?? null,
    from,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The severity named `name`, or undefined. */
export function findSeverity(config: Config, name: string): Severity | undefined {
  return config.severities.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** A permission as read from GitHub: `unknown` when GitHub could not be asked (deny, but say why). */
export type HeldPermission = Permission | 'none' | 'unknown';

const PERMISSION_RANK: Record<HeldPermission, number> = { unknown: -1, none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** Whether a repository permission meets the configured minimum; an unknown one never does. */
export function permits(held: HeldPermission, needed: Permission): boolean {
  return PERMISSION_RANK[held] >= PERMISSION_RANK[needed];
}

/** Why a commenter's commands are refused for their permission, worded for what was (or was not) learned. */
export function permissionRefusal(held: HeldPermission, needed: Permission): string {
  return held === 'unknown'
    ? `commands need ${needed} permission on this repository, and GitHub could not tell sitrep yours just now (the permission check failed); nothing changed, please try again`
    : `commands need ${needed} permission on this repository; you have ${held}`;
}
