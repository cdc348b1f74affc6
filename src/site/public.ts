import type { Config } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { isActive, type Status } from '../core/lifecycle.js';
import { isStatusChange, type LogEntry } from '../core/log.js';
import { formatTimestamp, toMillis, type Timestamp } from '../core/time.js';

/**
 * The status page's data model, and the one function that makes it: `publicView`. Everything the
 * page, the feed and the JSON API show comes from a `PublicIncident`; nothing else of a record
 * reaches the templates. A field added here is a field published to the world.
 */

/** How bad an incident is for the people affected, in Statuspage's words. */
export type Impact = 'minor' | 'major' | 'critical';

/** Where an incident stands, in Statuspage's words. */
export type PublicState = 'investigating' | 'identified' | 'monitoring' | 'resolved';

/** A component's state (Statuspage's component statuses). */
export type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';

/** One entry of an incident's public history. */
export interface PublicUpdate {
  at: Timestamp;
  /** Where the incident stood once this entry was made. */
  state: PublicState;
  /**
   * What a responder published (`/inc public`), as Markdown; null for a status change, whose
   * internal message is never shown.
   */
  message: string | null;
}

/** An incident as the people affected see it. */
export interface PublicIncident {
  /** `INC-42`: also the name of its page. */
  id: string;
  /** `public.title`, else a neutral title naming the affected components. */
  title: string;
  impact: Impact;
  /** Affected components: `public.components`, else the incident's services; only those the page lists. */
  components: string[];
  state: PublicState;
  active: boolean;
  /** The first public update. */
  publishedAt: Timestamp;
  /** The newest public update or status change. */
  updatedAt: Timestamp;
  /** When the impact started (`started_at`, else `declared_at`). */
  startedAt: Timestamp;
  monitoringAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  /** The impact window: from `startedAt` to mitigation, else resolution; null end = still impacted. */
  impactEnd: Timestamp | null;
  /** Newest first. */
  updates: PublicUpdate[];
}

/** An incident file as the site reads it: the record and its typed Log. */
export interface SourceIncident {
  record: IncidentRecord;
  log: readonly LogEntry[];
}

/** The optional `public` key of a record (SPEC 2, 4.9), read defensively: it may be absent or hand-edited. */
export interface PublicFields {
  title: string | null;
  components: string[] | null;
}

/** Reads `public: { title, components }`, ignoring anything of the wrong type. */
export function publicFields(record: IncidentRecord): PublicFields {
  const raw = (record as { public?: unknown }).public;
  if (!raw || typeof raw !== 'object') return { title: null, components: null };
  const { title, components } = raw as { title?: unknown; components?: unknown };
  return {
    title: typeof title === 'string' && title.trim() ? title.trim() : null,
    components: Array.isArray(components) ? components.filter((c): c is string => typeof c === 'string' && c.trim() !== '') : null,
  };
}

/** Published = at least one `public` Log entry. Nothing else makes an incident public. */
export function isPublished(incident: SourceIncident): boolean {
  return incident.log.some((entry) => entry.kind === 'public');
}

/** The public state of an internal status. Declined after publication reads as resolved. */
export function publicState(status: Status): PublicState {
  switch (status) {
    case 'triage':
    case 'investigating':
      return 'investigating';
    case 'fixing':
      return 'identified';
    case 'monitoring':
      return 'monitoring';
    case 'resolved':
    case 'closed':
    case 'declined':
      return 'resolved';
  }
}

/**
 * The impact of a severity, by its place in `severities` (most severe first): the first is
 * critical, the second major, every other minor. A severity the configuration does not know
 * (a hand edit) counts as critical: better to overstate an outage than hide one.
 */
export function impactOf(severity: string, config: Config): Impact {
  const rank = config.severities.findIndex((s) => s.name === severity);
  if (rank === 0 || rank === -1) return 'critical';
  return rank === 1 ? 'major' : 'minor';
}

const COMPONENT_STATUS: Readonly<Record<Impact, ComponentStatus>> = {
  critical: 'major_outage',
  major: 'partial_outage',
  minor: 'degraded_performance',
};

/** The component status an active incident of this impact gives the components it touches. */
export function componentStatusOf(impact: Impact | null): ComponentStatus {
  return impact ? COMPONENT_STATUS[impact] : 'operational';
}

const IMPACT_ORDER: readonly Impact[] = ['minor', 'major', 'critical'];

/** The worse of the impacts, or null for none. */
export function worstImpact(impacts: Iterable<Impact>): Impact | null {
  let worst: Impact | null = null;
  for (const impact of impacts) {
    if (worst === null || IMPACT_ORDER.indexOf(impact) > IMPACT_ORDER.indexOf(worst)) worst = impact;
  }
  return worst;
}

/** The neutral title of an incident without `public.title`. Internal titles never reach the page. */
export function neutralTitle(components: readonly string[]): string {
  return components.length ? `Incident affecting ${components.join(', ')}` : 'Service incident';
}

/**
 * The projection of incident records to public data: the only way anything reaches the status
 * page. Unpublished incidents (no `public` Log entry, whatever their type) are left out. Of a
 * published one it keeps the public title (else a neutral one), the impact of its severity, the
 * components the page lists, the impact window, its public messages and, from the first public
 * update on, the times it changed public state. Internal titles, updates, notes, status-change
 * messages, roles, logins, customers and unlisted services are never read into the result.
 * Sorted newest impact first.
 */
export function publicView(incidents: readonly SourceIncident[], config: Config, now: number): PublicIncident[] {
  const listed = config.statusPage.components.length ? new Set(config.statusPage.components) : null;
  return incidents
    .filter(isPublished)
    .map((incident) => project(incident, config, listed, now))
    .sort((a, b) => toMillis(b.startedAt) - toMillis(a.startedAt) || b.id.localeCompare(a.id, 'en', { numeric: true }));
}

function project({ record, log }: SourceIncident, config: Config, listed: ReadonlySet<string> | null, now: number): PublicIncident {
  const fields = publicFields(record);
  const named = fields.components ?? (Array.isArray(record.services) ? record.services : []);
  const components = [...new Set(named.filter((c) => typeof c === 'string' && (listed === null || listed.has(c))))];
  const updates = publicHistory(log);
  const state = publicState(record.status);
  const active = isActive(record.status);
  const startedAt = record.started_at ?? record.declared_at;
  const resolvedAt = active ? null : (record.resolved_at ?? record.closed_at ?? updates[0]?.at ?? formatTimestamp(now));
  const impactEnd = record.mitigated_at ?? resolvedAt;
  // The record is the truth: a hand edit may move the status without a Log entry.
  if (updates[0] && updates[0].state !== state) updates.unshift({ at: latest(updates[0].at, resolvedAt ?? record.mitigated_at), state, message: null });
  const publishedAt = updates.at(-1)?.at ?? record.declared_at;
  return {
    id: `INC-${record.issue}`,
    title: fields.title ?? neutralTitle(components),
    impact: impactOf(record.severity, config),
    components,
    state,
    active,
    publishedAt,
    updatedAt: updates[0]?.at ?? publishedAt,
    startedAt,
    monitoringAt: record.mitigated_at ?? null,
    resolvedAt,
    impactEnd: impactEnd ?? null,
    updates,
  };
}

function latest(a: Timestamp, b: Timestamp | null | undefined): Timestamp {
  return b && toMillis(b) > toMillis(a) ? b : a;
}

/**
 * The public entries of a Log, newest first: every `public` message with the state it was given
 * in, and each later move to another public state, without its message.
 */
function publicHistory(log: readonly LogEntry[]): PublicUpdate[] {
  const history: PublicUpdate[] = [];
  let status: Status | undefined;
  for (const entry of log) {
    if (entry.kind === 'declared') status = entry.status;
    if (isStatusChange(entry)) {
      const before = status;
      status = entry.to;
      const published = history.length > 0;
      if (published && (before === undefined || publicState(before) !== publicState(entry.to))) {
        history.push({ at: entry.at, state: publicState(entry.to), message: null });
      }
    }
    if (entry.kind === 'public') {
      history.push({ at: entry.at, state: publicState(status ?? 'investigating'), message: entry.message });
    }
  }
  return history.reverse();
}
