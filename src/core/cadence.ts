import { findSeverity, type Config, type Severity } from './config.js';
import type { IncidentRecord } from './incident.js';
import { isActive, type Status } from './lifecycle.js';
import { formatTimestamp, toMillis, type Timestamp } from './time.js';

/** Thrown when a record names a severity the configuration does not define. */
export class UnknownSeverityError extends Error {
  constructor(readonly severity: string, readonly known: readonly string[]) {
    super(`severity "${severity}" is not defined in the configuration; defined: ${known.join(', ')}`);
    this.name = 'UnknownSeverityError';
  }
}

/** The severity of a record, falling back to the least severe level when the config lost it. */
export function severityOf(config: Config, name: string): Severity {
  const found = findSeverity(config, name);
  if (found) return found;
  const last = config.severities.at(-1);
  if (!last) throw new UnknownSeverityError(name, []);
  return last;
}

/** How long until the next update is due in this status: the status override, else the severity's cadence. */
export function updateInterval(config: Config, severity: string, status: Status): number {
  return config.statusCadence[status] ?? severityOf(config, severity).updateEvery;
}

/**
 * When the next update is due after an update at `from`: an explicit `next:` wins,
 * otherwise the cadence in force. Null once the incident no longer owes updates.
 */
export function nextUpdateDue(
  config: Config,
  record: Pick<IncidentRecord, 'severity' | 'status'>,
  from: number,
  explicitMs?: number,
): Timestamp | null {
  if (!isActive(record.status)) return null;
  return formatTimestamp(from + (explicitMs ?? updateInterval(config, record.severity, record.status)));
}

/** How late the update is at `now` (ms, 0 when not late or not owed). */
export function overdueBy(record: Pick<IncidentRecord, 'next_update_due' | 'status'>, now: number): number {
  if (!record.next_update_due || !isActive(record.status)) return 0;
  return Math.max(0, now - toMillis(record.next_update_due));
}

/** Whether the incident lacks the responders its severity needs (a coordinator distinct from operations). */
export function isUnderstaffed(config: Config, record: Pick<IncidentRecord, 'severity' | 'roles' | 'status'>): boolean {
  if (!isActive(record.status)) return false;
  const severity = severityOf(config, record.severity);
  if (severity.minResponders < 2) return false;
  const { coordinator, operations } = record.roles;
  // GitHub logins are case-insensitive: @Alice and @alice are one person.
  return !coordinator || coordinator.toLowerCase() === operations?.toLowerCase();
}
