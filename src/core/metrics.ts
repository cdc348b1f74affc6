import { updateInterval } from './cadence.js';
import type { Config } from './config.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import { isActive, type Status } from './lifecycle.js';
import { isStatusChange } from './log.js';
import { toMillis, type Timestamp } from './time.js';
import { sortByTime } from './timeline.js';

/** How the incident's updates kept to the cadence in force at the time. */
export interface UpdateCadence {
  /** Updates made while one was owed: `/inc update`s and status changes. */
  made: number;
  /** Updates that were owed: every update made, plus every cadence interval that passed without one. */
  due: number;
  /** Updates made after the time they were due. */
  late: number;
  /** Intervals that passed without any update. */
  missed: number;
}

/** The key metrics of an incident, durations in milliseconds (null when not known yet). */
export interface IncidentMetrics {
  /** Impact start → declaration, when the impact start is known. */
  timeToDeclare: number | null;
  /** Declaration → first response. */
  timeToAcknowledge: number | null;
  /** Declaration → first entry into monitoring. */
  timeToMitigate: number | null;
  /** Declaration → resolution. */
  timeToResolve: number | null;
  /** Impact start (else the declaration) → mitigation (else resolution, else now). */
  impactDuration: number;
  impactFrom: 'started_at' | 'declared_at';
  impactUntil: 'mitigated_at' | 'resolved_at' | 'now';
  updates: UpdateCadence;
}


function between(from: Timestamp | null, to: Timestamp | null): number | null {
  return from && to ? Math.max(0, toMillis(to) - toMillis(from)) : null;
}

/** The severity and status the incident was declared with: the `from` of the first change of each. */
function initialState(record: IncidentRecord, log: readonly LogEntry[]): { severity: string; status: Status } {
  const firstSeverity = log.find((e) => e.kind === 'severity');
  const firstMove = log.find(isStatusChange);
  const declared = log.find((e) => e.kind === 'declared');
  const status = firstMove?.from ?? (declared?.kind === 'declared' ? declared.status : record.status);
  return { severity: firstSeverity?.kind === 'severity' ? firstSeverity.from : record.severity, status };
}

/**
 * Replays the Log against the cadence: the first update is due one interval after declaration;
 * each update or status change sets the next due time (an explicit `next:` wins); a raised
 * severity brings it forward; a status that owes no updates clears it. An update after its due
 * time is late, and each further whole interval of silence is an update missed. An incident
 * still open at `now` owes what has come due since its last update.
 */
export function replayCadence(record: IncidentRecord, log: readonly LogEntry[], config: Config, now: number): UpdateCadence {
  const entries = sortByTime(log);
  let { severity, status } = initialState(record, entries);
  const interval = () => updateInterval(config, severity, status);
  const declaredAt = toMillis(record.declared_at);
  let due: number | null = isActive(status) ? declaredAt + interval() : null;
  const result: UpdateCadence = { made: 0, due: 0, late: 0, missed: 0 };
  const silence = (until: number) => {
    // Due at `due`, still silent at `until`: every further whole interval is another update missed.
    return due !== null && until > due ? Math.floor((until - due) / interval()) : 0;
  };
  const updated = (at: number) => {
    if (due === null) return;
    result.made++;
    if (at > due) {
      result.late++;
      result.missed += silence(at);
    }
  };
  for (const entry of entries) {
    const at = toMillis(entry.at);
    if (Number.isNaN(at) || at < declaredAt) continue;
    if (entry.kind === 'severity') {
      severity = entry.to;
      if (due !== null && isActive(status)) due = Math.min(due, at + interval());
    } else if (isStatusChange(entry)) {
      updated(at);
      status = entry.to;
      due = isActive(status) ? at + interval() : null;
    } else if (entry.kind === 'update' || entry.kind === 'public') {
      updated(at);
      due = isActive(status) ? (entry.nextDue ? toMillis(entry.nextDue) : at + interval()) : null;
    }
  }
  if (due !== null && isActive(status) && now > due) result.missed += 1 + silence(now);
  result.due = result.made + result.missed;
  return result;
}

/** Computes the key metrics of SPEC 4.4 from the incident file alone; `now` is injected. */
export function computeMetrics(input: { record: IncidentRecord; log: readonly LogEntry[]; config: Config; now: number }): IncidentMetrics {
  const { record, log, config, now } = input;
  const impactFrom = record.started_at ? 'started_at' : 'declared_at';
  const impactStart = toMillis(record.started_at ?? record.declared_at);
  const impactUntil = record.mitigated_at ? 'mitigated_at' : record.resolved_at ? 'resolved_at' : 'now';
  const impactEnd = record.mitigated_at ? toMillis(record.mitigated_at) : record.resolved_at ? toMillis(record.resolved_at) : now;
  return {
    timeToDeclare: between(record.started_at, record.declared_at),
    timeToAcknowledge: between(record.declared_at, record.acknowledged_at),
    timeToMitigate: between(record.declared_at, record.mitigated_at),
    timeToResolve: between(record.declared_at, record.resolved_at),
    impactDuration: Math.max(0, impactEnd - impactStart),
    impactFrom,
    impactUntil,
    updates: replayCadence(record, log, config, now),
  };
}
