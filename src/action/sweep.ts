import * as core from '@actions/core';
import { loadConfig, type Config } from '../core/config.js';
import { formatDuration } from '../core/duration.js';
import { dueFollowupReminders, followupRepositories, overdueFollowups, type OverduePostmortem } from '../core/followup-reminders.js';
import { completeRecord, incidentPath } from '../core/incident.js';
import { parseIncident } from '../core/incident-file.js';
import { statusSince } from '../core/log.js';
import { cronInterval, dueReminders, earliestDue, readReminderKeys, SWEEP_SCHEDULE_MS, type Reminder, type SweepIncident } from '../core/reminders.js';
import { formatTimestamp } from '../core/time.js';
import type { Client } from '../github/client.js';
import type { IncidentRepository } from '../github/incidents.js';
import { readOpenFollowups } from '../github/followup-search.js';
import { readIncidentMarkers, readMarkersSince, type IncidentMarkers, type MarkerLookup } from '../github/markers.js';
import { readOpenIncidents, type IncidentBlob, type OpenIncident, type SweepPaths, type SweepRead } from '../github/sweep.js';
import type { RunEnvironment } from './environment.js';
import { applyReminders, type ReminderRun } from './applier.js';
import type { RunResult } from './result.js';

/** One row of the sweep's job summary. */
interface SweepRow {
  id: string;
  status: string;
  severity: string;
  nextUpdateDue: string;
  posted: string[];
}

/** An open incident once its record is known, with the reminders it is due. */
interface Decided {
  incident: OpenIncident;
  state: SweepIncident;
  reminders: Reminder[];
}

/**
 * An issue opened this recently may still be waiting for its declaration run to commit the file;
 * a missing file is an error only after that.
 */
const DECLARATION_GRACE_MS = SWEEP_SCHEDULE_MS;

/**
 * The scheduled sweep (SPEC 4.3): reads every open incident, its file on the default branch
 * included, in ceil(open/100) + 1 GraphQL requests (+1 for a configured label; +1 to look up the
 * markers of a thread with more than 200 comments since a reminder fell due), and posts only the
 * reminders that are due and not yet posted (one REST read after posting on an issue, to keep one
 * copy when an event run posted the same reminder at the same time), then reminds incidents of
 * follow-ups past their due date. An incident whose file is missing or invalid is an error, annotated on its file and
 * line; the others are still swept and the run fails at the end.
 */
export async function sweep(input: {
  client: Client;
  repo: IncidentRepository;
  fullName: string;
  configPath: string;
  result: RunResult;
  /** The `schedule` event's cron (`payload.schedule`), for the late-run warning; else every 10 minutes. */
  schedule?: string;
  /** The runner's environment, where notification channels find their URLs. */
  env?: RunEnvironment;
}): Promise<void> {
  const { client, repo, result } = input;
  const interval = cronInterval(input.schedule) ?? SWEEP_SCHEDULE_MS;
  let loaded: Config | undefined;
  const read = await readOpenIncidents(client, input.fullName, input.configPath, (text) => {
    loaded = loadConfig(text, input.configPath);
    return { label: loaded.label, incidentsFolder: loaded.paths.incidents, postmortemsFolder: loaded.paths.postmortems };
  });
  const config = loaded ?? loadConfig(read.configText, input.configPath);
  const now = client.now();
  const reminderRun: ReminderRun = { repo, result, ...(input.env ? { env: input.env } : {}) };
  const rows = new Map<number, SweepRow>();
  const coordinators = new Map<number, string | null>();
  let cacheHits = 0;

  // Decide from the records; look up older markers only where a reminder would be posted.
  const decided: Decided[] = [];
  const lookups: MarkerLookup[] = [];
  for (const incident of read.incidents) {
    const path = incidentPath(read.paths.incidentsFolder, incident.number);
    const state = incidentState(incident, path, now, result);
    if (!state) {
      rows.set(incident.number, { id: `INC-${incident.number}`, status: '?', severity: '?', nextUpdateDue: '?', posted: [`error: ${path} cannot be read`] });
      continue;
    }
    if (state.fromCache) cacheHits++;
    coordinators.set(incident.number, state.record.roles.coordinator);
    const reminders = dueReminders(state, config, now, incident.posted);
    decided.push({ incident, state, reminders });
    const since = earliestDue(reminders);
    if (since !== undefined && incident.seenFrom !== undefined && since < incident.seenFrom) {
      lookups.push({ number: incident.number, since: formatTimestamp(since), until: incident.seenFrom });
    }
  }
  let requests = read.pages;
  if (lookups.length) {
    try {
      const found = await lookUpMarkers(input, read, lookups, requests);
      requests += found.requests;
      for (const entry of decided) {
        const more = found.posted.get(entry.incident.number);
        if (!more?.size) continue;
        for (const key of more) entry.incident.posted.add(key);
        entry.reminders = dueReminders(entry.state, config, now, entry.incident.posted);
      }
    } catch (error) {
      // Without the markers a reminder could be posted twice: post none on those incidents.
      result.failed('reminder markers', error);
      const unsure = new Set(lookups.map((l) => l.number));
      for (const entry of decided) if (unsure.has(entry.incident.number)) entry.reminders = [];
    }
  }

  for (const { incident, state, reminders } of decided) {
    const { record } = state;
    // actions/stale's hasRemainingOperations: stop before an incident the budget cannot serve; the next run takes it.
    if (reminders.length && !result.hasRemainingWrites()) {
      result.notReached.push(record.id);
      rows.set(incident.number, { id: record.id, status: record.status, severity: record.severity, nextUpdateDue: record.next_update_due ?? '—', posted: ['not reached (write budget)'] });
      continue;
    }
    core.startGroup(record.id);
    try {
      const kept = await applyReminders(reminderRun, { number: incident.number, reminders, decidedAt: now, botLogin: read.botLogin, origin: 'sweep', notify: { config, record, now } });
      rows.set(incident.number, {
        id: record.id,
        status: record.status,
        severity: record.severity,
        nextUpdateDue: record.next_update_due ?? '—',
        posted: kept.map((r) => r.kind),
      });
    } catch (error) {
      const message = result.failed(record.id, error);
      rows.set(incident.number, { id: record.id, status: record.status, severity: record.severity, nextUpdateDue: record.next_update_due ?? '—', posted: [`error: ${message}`] });
    } finally {
      core.endGroup();
    }
  }
  result.notes.push(
    `swept ${read.incidents.length} open incident(s) in ${requests} GraphQL request(s); ${cacheHits} record(s) taken from the status card (file unchanged), ${decided.length - cacheHits} parsed from the file`,
  );
  reportSchedule(result, decided, now, interval);
  try {
    await remindFollowups({ client, repo: reminderRun, fullName: input.fullName, config, folder: read.paths.postmortemsFolder, postmortems: read.postmortems, read, coordinators, rows, now, result });
  } catch (error) {
    result.failed('follow-up reminders', error);
  }
  if (result.notReached.length) {
    result.budgetReached(`this run reached its budget of ${input.client.budget.total} writes; the rest is left for the next sweep`);
    result.notes.push(`not reached (write budget), left for the next sweep: ${result.notReached.join(', ')}`);
  }
  result.table = [['Incident', 'Status', 'Severity', 'Next update due', 'Posted'], ...[...rows.values()].map((r) => [r.id, r.status, r.severity, r.nextUpdateDue, postedText(r.posted)])];
  // SPEC 4, Errors: a run that met an error did all it could, and now says so.
}

/**
 * The markers posted on incidents since their reminders fell due, where the comments read so far
 * do not reach back that far (a thread with over 200 comments since). One aliased GraphQL request
 * while that keeps the sweep within its budget (SPEC 4.3: ceil(open/100) + 2); past it (a
 * configured label already took the spare request), each such issue's comments since the due time
 * are listed over REST instead, which only these rare threads pay for.
 */
async function lookUpMarkers(
  input: { client: Client; repo: IncidentRepository; fullName: string },
  read: SweepRead,
  lookups: readonly MarkerLookup[],
  requestsSoFar: number,
): Promise<{ posted: Map<number, Set<string>>; requests: number }> {
  const budget = Math.ceil(read.incidents.length / 100) + 2;
  if (requestsSoFar + Math.ceil(lookups.length / 100) <= budget) return readMarkersSince(input.client, input.fullName, lookups, read.botLogin);
  const posted = new Map<number, Set<string>>();
  for (const lookup of lookups) {
    const comments = await input.repo.ownCommentsSince(lookup.number, Date.parse(lookup.since), read.botLogin);
    posted.set(lookup.number, new Set(comments.flatMap((c) => readReminderKeys(c.body))));
  }
  return { posted, requests: 0 };
}

/**
 * The record the sweep acts on: the card's cached copy while the file's blob id is the one it was
 * read from, else the file parsed. Undefined (and an error reported) when the file is missing or
 * its front matter is invalid.
 */
function incidentState(incident: OpenIncident, path: string, now: number, result: RunResult): (SweepIncident & { fromCache: boolean }) | undefined {
  const { file, card } = incident;
  if (!file) {
    if (now - Date.parse(incident.createdAt) < DECLARATION_GRACE_MS) {
      result.notes.push(`#${incident.number} has no record yet (opened ${formatDuration(now - Date.parse(incident.createdAt))} ago); skipped`);
      return undefined;
    }
    result.fileError({ path, line: 1, column: 1, message: `issue #${incident.number} is an open incident but ${path} does not exist on the default branch; restore the file, or remove the label if it is not an incident` });
    return undefined;
  }
  if (card?.oid === file.oid && card.id && card.severity && card.status && card.type && card.issue && card.declared_at) {
    const { status_since: since, oid: _oid, ...cached } = card;
    const record = completeRecord({ ...cached, id: card.id, severity: card.severity, status: card.status, type: card.type, issue: card.issue, declared_at: card.declared_at, title: incident.title });
    return { record, statusSince: since ?? null, fromCache: true };
  }
  const { document, problems } = parseIncident(file.text, path);
  for (const problem of problems) result.fileError(problem);
  if (!document) return undefined;
  return { record: document.record, statusSince: statusSince(document.log) ?? null, fromCache: false };
}

/**
 * Says when the previous sweep left a trace (the newest reminder a sweep posted: a sweep that
 * posts nothing writes nothing, and the workflow's run history would need an `actions: read`
 * token and a request more) and warns when this run
 * finds a reminder that no sweep posted for more than three schedules after it fell due (the
 * interval of the event's cron, else 10 minutes as in the workflow template): GitHub
 * delays scheduled runs under load and turns them off in public repositories after 60 days
 * without activity.
 */
function reportSchedule(result: RunResult, decided: readonly Decided[], now: number, interval: number): void {
  const previous = decided.map((d) => d.incident.newestReminderAt).filter((t): t is string => Boolean(t)).sort().at(-1);
  const previousAt = previous ? Date.parse(previous) : undefined;
  result.notes.push(previous ? `previous sweep: at least as recent as ${previous} (${formatDuration(now - (previousAt ?? now))} ago), from the newest reminder a sweep posted (a sweep that posts nothing leaves no trace)` : 'previous sweep: no reminder posted by an earlier sweep was found (a sweep that posts nothing leaves no trace)');
  const late = decided.flatMap((d) => d.reminders.map((r) => ({ id: d.state.record.id, reminder: r, at: earliestDue([r]) ?? now })));
  const oldest = late.sort((a, b) => a.at - b.at)[0];
  if (!oldest) return;
  // No sweep ran between that due time and now, or it would have posted the reminder.
  const gap = now - Math.max(oldest.at, previousAt ?? 0);
  if (gap <= 3 * interval) return;
  const message = `scheduled sweeps look late: ${oldest.id}'s ${oldest.reminder.kind} reminder fell due at ${oldest.reminder.due} and no sweep posted it for ${formatDuration(gap)} (the schedule is every ${formatDuration(interval)}). GitHub delays scheduled runs under load and disables them in public repositories after 60 days without activity; check the workflow's runs.`;
  core.warning(message);
  result.notes.push(`⚠️ ${message}`);
}

/**
 * Reminds incidents of their postmortems' follow-ups past due (SPEC 4.3, 4.5). Reads, whatever
 * the number of incidents: the open follow-up issues (one search, only when an overdue item links
 * one) and the markers of incident issues the open read did not cover (one aliased query).
 */
async function remindFollowups(input: {
  client: Client;
  repo: ReminderRun;
  fullName: string;
  config: Config;
  folder: string;
  postmortems: SweepRead['postmortems'];
  read: SweepRead & { paths: SweepPaths };
  coordinators: ReadonlyMap<number, string | null>;
  rows: Map<number, SweepRow>;
  now: number;
  result: RunResult;
}): Promise<void> {
  const { client, read, result, rows } = input;
  const overdue = overdueFollowups(input.postmortems, input.folder, input.now);
  for (const file of overdue.unreadable) result.error(`${file.path}: ${file.message}`);
  const items = overdue.postmortems.reduce((sum, p) => sum + p.items.length, 0);
  if (input.postmortems.length) result.notes.push(`follow-ups: ${items} item(s) past due in ${overdue.postmortems.length} of ${input.postmortems.length} postmortem file(s)`);
  if (!items) return;

  const repos = followupRepositories(overdue.postmortems);
  const openIssues = repos.length ? await readOpenFollowups(client, repos, input.config.followups.labels[0]) : new Map<string, string>();
  const open = new Map<number, OpenIncident>(read.incidents.map((i) => [i.number, i]));
  const others = overdue.postmortems.map((p) => p.number).filter((n) => !open.has(n));
  const markers = others.length ? await readIncidentMarkers(client, input.fullName, others, read.botLogin, read.paths.incidentsFolder) : new Map<number, IncidentMarkers>();

  const decided: { postmortem: OverduePostmortem; incident: OpenIncident | IncidentMarkers; coordinator: string | null; reminders: Reminder[] }[] = [];
  const lookups: MarkerLookup[] = [];
  for (const postmortem of overdue.postmortems) {
    const incident = open.get(postmortem.number) ?? markers.get(postmortem.number);
    if (!incident) {
      core.warning(`${postmortem.path}: issue #${postmortem.number} was not found; its follow-ups are not reminded`);
      continue;
    }
    // A closed incident's coordinator comes from its file; the card is only a fallback.
    const coordinator = input.coordinators.get(postmortem.number) ?? fileCoordinator(incident.file) ?? incident.card?.roles?.coordinator ?? null;
    const reminders = dueFollowupReminders({ postmortem, coordinator, openIssues, posted: incident.posted, now: input.now });
    decided.push({ postmortem, incident, coordinator, reminders });
    const since = earliestDue(reminders);
    if (since !== undefined && incident.seenFrom !== undefined && since < incident.seenFrom) {
      lookups.push({ number: postmortem.number, since: formatTimestamp(since), until: incident.seenFrom });
    }
  }
  if (lookups.length) {
    try {
      const found = await readMarkersSince(client, input.fullName, lookups, read.botLogin);
      for (const entry of decided) {
        const more = found.posted.get(entry.postmortem.number);
        if (!more?.size) continue;
        for (const key of more) entry.incident.posted.add(key);
        entry.reminders = dueFollowupReminders({ postmortem: entry.postmortem, coordinator: entry.coordinator, openIssues, posted: entry.incident.posted, now: input.now });
      }
    } catch (error) {
      result.failed('follow-up reminder markers', error);
      const unsure = new Set(lookups.map((l) => l.number));
      for (const entry of decided) if (unsure.has(entry.postmortem.number)) entry.reminders = [];
    }
  }

  for (const { postmortem, incident, reminders } of decided) {
    if (!reminders.length) continue;
    if (!result.hasRemainingWrites()) {
      result.notReached.push(postmortem.id);
      continue;
    }
    core.startGroup(postmortem.id);
    try {
      const kept = await applyReminders(input.repo, { number: postmortem.number, reminders, decidedAt: input.now, botLogin: read.botLogin, origin: 'sweep' });
      const row: SweepRow = rows.get(postmortem.number) ?? {
        id: postmortem.id,
        status: incident.card?.status ?? '—',
        severity: incident.card?.severity ?? '—',
        nextUpdateDue: '—',
        posted: [],
      };
      row.posted.push(...kept.map((r) => r.kind));
      rows.set(postmortem.number, row);
    } catch (error) {
      result.failed(postmortem.id, error);
    } finally {
      core.endGroup();
    }
  }
}

/** The coordinator a closed incident's file names, when the file reads. */
function fileCoordinator(file: IncidentBlob | null): string | null | undefined {
  return file ? parseIncident(file.text).document?.record.roles.coordinator : undefined;
}

/** The Posted cell: each kind once, with a count when posted more than once (`update, followup ×2`). */
function postedText(posted: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of posted) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ') || '—';
}
