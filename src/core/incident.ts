import type { Status } from './lifecycle.js';
import { ROLES, type Role } from './roles.js';
import type { Timestamp } from './time.js';

export { parseRole, ROLE_NAMES, ROLES, type Role } from './roles.js';

export type Roles = Record<Role, string | null>;
export type IncidentType = 'incident' | 'security';
export type Source = 'alert' | 'customer' | 'email' | 'other';

/** The incident file's front matter (SPEC section 2), in the order it is written. */
export interface IncidentRecord {
  id: string;
  title: string;
  severity: string;
  status: Status;
  type: IncidentType;
  issue: number;
  source: Source | null;
  services: string[];
  customers: string[];
  declared_at: Timestamp;
  started_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  mitigated_at: Timestamp | null;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  next_update_due: Timestamp | null;
  roles: Roles;
  postmortem: string | null;
  followups?: string[];
  /** The alert group that declared it (SPEC 4.6). */
  alert?: AlertRef | null;
  /** What the status page may show (SPEC 4.9). */
  public?: PublicInfo | null;
  /** Pull requests that caused it (SPEC 4.10). */
  caused_by?: string[] | null;
  /** The email thread it belongs to (SPEC 4.14). */
  email?: EmailThreadRef | null;
  /** The incident's Slack channel (SPEC 4.12). */
  slack?: SlackChannelRef | null;
}

/** The incident's Slack channel: its id and name. */
export interface SlackChannelRef {
  channel: string;
  name: string;
}

/**
 * The emails of an incident's thread: the Message-ID of the email that declared it and of each
 * email logged on it, newest last, at most {@link MAX_EMAIL_IDS}. A reply (In-Reply-To or
 * References) to one of them, or the same Message-ID again, belongs to this incident.
 */
export interface EmailThreadRef {
  message_ids: string[];
}

/** How many Message-IDs an incident keeps: the newest. A reply quotes its parent's, which is among the newest. */
export const MAX_EMAIL_IDS = 20;

/** The alert group behind an incident: its dedup key, the relay route, the alerts firing last. */
export interface AlertRef {
  key: string;
  source: 'alertmanager' | 'grafana' | 'generic';
  fingerprints?: string[];
}

/** The public face of a published incident. */
export interface PublicInfo {
  title?: string | null;
  components?: string[];
}

/** Field order of the front matter; also the order the schema documents. */
export const RECORD_KEYS: readonly (keyof IncidentRecord)[] = [
  'id', 'title', 'severity', 'status', 'type', 'issue', 'source', 'services', 'customers',
  'declared_at', 'started_at', 'acknowledged_at', 'mitigated_at', 'resolved_at', 'closed_at',
  'next_update_due', 'roles', 'postmortem', 'followups', 'alert', 'public', 'slack', 'caused_by', 'email',
];

/**
 * The record with every optional key that is absent filled in as null (or empty), since absent
 * and null mean the same (SPEC 2): hand-written files need only the required keys.
 */
export function completeRecord(frontMatter: Partial<IncidentRecord> & Pick<IncidentRecord, 'id' | 'title' | 'severity' | 'status' | 'type' | 'issue' | 'declared_at'>): IncidentRecord {
  const roles: Partial<Roles> = frontMatter.roles ?? {};
  return {
    ...frontMatter,
    source: frontMatter.source ?? null,
    services: frontMatter.services ?? [],
    customers: frontMatter.customers ?? [],
    started_at: frontMatter.started_at ?? null,
    acknowledged_at: frontMatter.acknowledged_at ?? null,
    mitigated_at: frontMatter.mitigated_at ?? null,
    resolved_at: frontMatter.resolved_at ?? null,
    closed_at: frontMatter.closed_at ?? null,
    next_update_due: frontMatter.next_update_due ?? null,
    roles: { coordinator: roles.coordinator ?? null, operations: roles.operations ?? null, communications: roles.communications ?? null },
    postmortem: frontMatter.postmortem ?? null,
  };
}

export type { LogEntry } from './log.js';

/** `INC-42` for issue 42. */
export function incidentId(issue: number): string {
  return `INC-${issue}`;
}

/** The incident id's pattern, `INC-<issue number>`, for the few places that embed it in a larger pattern. */
export const INCIDENT_ID_PATTERN = 'INC-[1-9][0-9]*';

const INCIDENT_ID = new RegExp(`^${INCIDENT_ID_PATTERN}$`);
const INCIDENT_FILE = new RegExp(`^(${INCIDENT_ID_PATTERN})\\.md$`);

/** Whether `text` is an incident id exactly as sitrep writes it (`INC-42`). */
export function isIncidentId(text: string): boolean {
  return INCIDENT_ID.test(text);
}

/** The issue number in `INC-42` (any case, spaces around), or null. */
export function issueNumberOf(id: string): number | null {
  const text = id.trim().toUpperCase();
  return isIncidentId(text) ? Number(text.slice(4)) : null;
}

/** The incident id a file is named for (`INC-42.md` → `INC-42`), or null. */
export function incidentIdOfFileName(name: string): string | null {
  return INCIDENT_FILE.exec(name)?.[1] ?? null;
}

/** Path of an incident's file under the configured folder. */
export function incidentPath(folder: string, issue: number): string {
  return `${folder}/${incidentId(issue)}.md`;
}

/** The people holding at least one role, coordinator first, without duplicates. */
export function roleHolders(roles: Roles): string[] {
  return [...new Set(ROLES.map((r) => roles[r]).filter((v): v is string => Boolean(v)))];
}

/** Who answers for a role: the holder, else the coordinator (who holds every role not delegated). */
export function effectiveHolder(roles: Roles, role: Role): string | null {
  return roles[role] ?? roles.coordinator;
}
