import { serviceOwners } from './catalog.js';
import type { Config, Pager, PageTrigger } from './config.js';
import type { IncidentRecord } from './incident.js';
import { isActive } from './lifecycle.js';
import type { LogEntry, PageAction } from './log.js';
import { page as validatePage } from './schema-validators.generated.js';
import type { Timestamp } from './time.js';

/**
 * When sitrep pages (SPEC 4.11), decided from the record alone. The Log is the memory: a page is
 * owed when the newest reason to page a pager (a declaration, a raise, an escalation, a reopen,
 * the end of the incident) comes after that pager's newest `paged` entry. So a pager that was
 * down, or a run that died between the page and its Log entry, is paged by the next run, and a
 * re-delivered event, which adds no Log entry, pages nobody twice.
 */

/** One event a pager is owed. */
export interface PageEvent {
  /** The `paging` entry's name. */
  pager: string;
  action: PageAction;
  /** Why, as the `paged` entry will say it: `declared P1`, `raised P3 → P1`, `resolved`. */
  why: string;
  /** The dedup key, alias or alert uid: `<owner>/<repo>#INC-<n>`. */
  key: string;
  /** The environment variable holding the secret to use: a service's own routing key wins over the pager's. */
  keyEnv: string;
}

export interface PagePlanInput {
  /** `owner/name` of the incident repository. */
  repo: string;
  /** The record after the change. */
  record: IncidentRecord;
  /** The whole Log after the change (its `paged` entries included), oldest first. */
  log: readonly LogEntry[];
  config: Config;
  /**
   * An update missed past `escalate_after`, found by the sweep (the escalation reminder it posts):
   * the due time that was missed. Paged once per due time.
   */
  missed?: { due: Timestamp };
}

const ENDED = new Set(['resolved', 'declined', 'closed']);

/** The key a pager knows the incident by: `acme/incidents#INC-42`. */
export function pageKey(repo: string, incidentId: string): string {
  return `${repo}#${incidentId}`;
}

/** The incident id a pager's key names, when the key is one sitrep sent for this repository; else undefined. */
export function incidentOfPageKey(key: string, repo: string): string | undefined {
  const prefix = `${repo}#`;
  if (key.length > prefix.length + 20 || key.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return undefined;
  const id = key.slice(prefix.length);
  return /^INC-[1-9][0-9]{0,9}$/.test(id) ? id : undefined;
}

/** Every page owed for the incident: at most one per pager, in `paging` order. Pure. */
export function planPages(input: PagePlanInput): PageEvent[] {
  const events: PageEvent[] = [];
  for (const pager of input.config.paging) {
    const owed = owedTo(pager, input);
    if (owed) events.push({ pager: pager.name, ...owed, key: pageKey(input.repo, input.record.id), keyEnv: keyEnvFor(pager, input) });
  }
  return events;
}

/** The event a pager is owed, walking the Log in order (severity and status as they were at each entry). */
function owedTo(pager: Pager, input: PagePlanInput): { action: PageAction; why: string } | undefined {
  const { config, record, log } = input;
  if (!coversServices(pager, record, config)) return undefined;
  const pages = (reason: PageTrigger) => pager.on.includes(reason);
  const matches = (severity: string) => !pager.severities.length || pager.severities.some((s) => s.toLowerCase() === severity.toLowerCase());
  let severity = log.find((e) => e.kind === 'declared')?.severity ?? record.severity;
  let state: 'none' | 'triggered' | 'resolved' = 'none';
  let owed: { action: PageAction; why: string } | undefined;
  let ended = false;
  const trigger = (why: string) => {
    if (!ended) owed = { action: 'trigger', why };
  };
  const end = (status: string) => {
    ended = true;
    owed = state === 'triggered' ? { action: 'resolve', why: status } : undefined;
  };
  for (const entry of log) {
    switch (entry.kind) {
      case 'declared':
        severity = entry.severity;
        ended = ENDED.has(entry.status);
        if (pages('declared') && matches(severity)) trigger(`declared ${severity}`);
        break;
      case 'severity':
        if (pages('raised') && !matches(entry.from) && matches(entry.to)) trigger(`raised ${entry.from} → ${entry.to}`);
        severity = entry.to;
        break;
      case 'escalated': {
        // Only an escalation that pages (`escalated (page)`): the one pager named, else every pager of the severity.
        const only = pagerNamed(config, entry.reason);
        if (entry.page && pages('escalated') && (only ? only === pager.name : matches(severity))) trigger(`escalated by @${entry.actor}`);
        break;
      }
      case 'status':
      case 'regression':
      case 'reopened':
        if (ENDED.has(entry.to)) end(entry.to);
        else if (ended) {
          ended = false;
          // Reopened: triggered again where it had been paged before.
          if (state !== 'none' && matches(severity)) trigger('reopened');
        }
        break;
      case 'paged':
        if (entry.pager === pager.name) {
          state = entry.action === 'resolve' ? 'resolved' : 'triggered';
          owed = undefined;
        }
        break;
      // Nothing else in the Log pages or ends a page.
      case 'acknowledged':
      case 'alert':
      case 'answered':
      case 'cause':
      case 'email':
      case 'followup':
      case 'followups':
      case 'note':
      case 'other':
      case 'postmortem':
      case 'public':
      case 'renamed':
      case 'role':
      case 'update':
        break;
    }
  }
  if (owed) return owed;
  const missed = input.missed;
  if (missed && pages('missed') && isActive(record.status) && matches(record.severity)) {
    const why = `update missed (due ${missed.due})`;
    const already = log.some((e) => e.kind === 'paged' && e.pager === pager.name && e.why === why);
    if (!already) return { action: 'trigger', why };
  }
  return undefined;
}

/** The `paging` entry an escalation's reason names by its first word (`/inc escalate primary`), if any. */
export function pagerNamed(config: Config, reason: string): string | undefined {
  const first = reason.trim().split(/\s+/)[0]?.replace(/[.,;:]+$/, '').toLowerCase() ?? '';
  return config.paging.find((p) => p.name.toLowerCase() === first)?.name;
}

/** `services: []` covers every incident; else one of the incident's services, or a service whose catalog entry names this pager. */
function coversServices(pager: Pager, record: IncidentRecord, config: Config): boolean {
  if (!pager.services.length) return true;
  return record.services.some((s) => pager.services.includes(s) || config.services[s]?.pager === pager.name);
}

/** A service's own routing key wins over the pager's: the first of the incident's services that has one for this pager. */
function keyEnvFor(pager: Pager, input: PagePlanInput): string {
  for (const name of input.record.services) {
    const service = input.config.services[name];
    if (!service?.pagerKeyEnv) continue;
    if (service.pager === pager.name || (service.pager === null && pager.type === 'pagerduty')) return service.pagerKeyEnv;
  }
  return pager.keyEnv;
}

/** What a page tells the pager about the incident, beyond the key. */
export interface PageDetails {
  id: string;
  title: string;
  severity: string;
  status: string;
  services: readonly string[];
  customers: readonly string[];
  roles: Readonly<Record<string, string | null>>;
  owners: readonly string[];
  nextUpdateDue: string | null;
  /** The incident issue. */
  url: string;
  /** `owner/name`. */
  repo: string;
}

/** The details of a record, for every pager's formatter. */
export function pageDetails(record: IncidentRecord, config: Config, repo: string, url: string): PageDetails {
  return {
    id: record.id,
    title: record.title,
    severity: record.severity,
    status: record.status,
    services: record.services,
    customers: record.customers,
    roles: record.roles,
    owners: serviceOwners(config, record.services),
    nextUpdateDue: record.next_update_due,
    url,
    repo,
  };
}

/** A pager's answer as the `sitrep-page` dispatch carries it (`schemas/page.schema.json`). */
export interface PageAnswer {
  incident: string;
  pager: 'pagerduty' | 'opsgenie' | 'grafana-oncall';
  action: 'acknowledge' | 'resolve' | 'escalate' | 'reassign';
  by: { name?: string | null; email?: string | null; id?: string | null };
  at: Timestamp;
  key?: string;
}

/** Checks a `sitrep-page` client payload against its schema; the problems name the field. */
export function readPageAnswer(value: unknown): { answer: PageAnswer } | { problems: string[] } {
  if (validatePage(value)) return { answer: value as PageAnswer };
  const problems = (validatePage.errors ?? []).map((e) => `${e.instancePath.split('/').slice(1).join('.') || '(top level)'}: ${e.message ?? 'is not valid'}`);
  return { problems: [...new Set(problems)] };
}

/** One pager's line on the card: when it was paged and why, and who acknowledged it there. */
export interface PagingLine {
  pager: string;
  pagedAt: Timestamp;
  why: string;
  /** Set when the pager's alert was resolved since. */
  resolvedAt: Timestamp | null;
  acknowledgedBy: string | null;
  acknowledgedAt: Timestamp | null;
}

/** Who was paged, when, and who acknowledged, per pager, from the Log (the newest page of each). */
export function pagingSummary(log: readonly LogEntry[]): PagingLine[] {
  const lines = new Map<string, PagingLine>();
  for (const entry of log) {
    if (entry.kind === 'paged' && entry.action === 'trigger') {
      lines.set(entry.pager, { pager: entry.pager, pagedAt: entry.at, why: entry.why, resolvedAt: null, acknowledgedBy: null, acknowledgedAt: null });
    } else if (entry.kind === 'paged') {
      const line = lines.get(entry.pager);
      if (line) line.resolvedAt = entry.at;
    } else if (entry.kind === 'acknowledged' && entry.pager) {
      const line = lines.get(entry.pager);
      if (line && !line.acknowledgedBy) Object.assign(line, { acknowledgedBy: entry.by ?? null, acknowledgedAt: entry.at });
    }
  }
  return [...lines.values()];
}
