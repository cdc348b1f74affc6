import { statusSince } from '../core/log.js';
import * as core from '@actions/core';
import { loadConfig, type Config } from '../core/config.js';
import { dueFollowupReminders, followupRepositories, overdueFollowups } from '../core/followup-reminders.js';
import { incidentPath, type IncidentRecord } from '../core/incident.js';
import { readIncident } from '../core/incident-file.js';
import { dueReminders, renderReminder, type Reminder } from '../core/reminders.js';
import type { Client } from '../github/client.js';
import type { IncidentRepository } from '../github/incidents.js';
import { readIncidentMarkers, readOpenFollowups, readOpenIncidents, readPostmortems, type IncidentMarkers, type OpenIncident, type SweepRead } from '../github/sweep.js';
import type { RunResult } from './result.js';

/** One row of the sweep's job summary. */
interface SweepRow {
  id: string;
  status: string;
  severity: string;
  nextUpdateDue: string;
  posted: string[];
}

/** What the first read assumes before the configuration is known. */
const DEFAULT_LABEL = 'incident';
const DEFAULT_POSTMORTEMS = 'postmortems';

/**
 * The scheduled sweep (SPEC 4.3): reads all open incidents in ceil(open/100) GraphQL requests and
 * posts only the reminders that are due and not yet posted, then reminds incidents of follow-ups
 * past their due date. A failure on one incident is logged, counted and reported, and the sweep
 * goes on.
 */
export async function sweepCadence(input: { client: Client; repo: IncidentRepository; fullName: string; configPath: string; result: RunResult }): Promise<void> {
  const { client, repo, result } = input;
  let read = await readOpenIncidents(client, input.fullName, { label: DEFAULT_LABEL, configPath: input.configPath, postmortemsFolder: DEFAULT_POSTMORTEMS });
  const config = loadConfig(read.configText, input.configPath);
  const postmortemsFolder = config.paths.postmortems.replace(/\/+$/, '');
  if (config.label !== DEFAULT_LABEL) read = await readOpenIncidents(client, input.fullName, { label: config.label, configPath: input.configPath, postmortemsFolder });
  const postmortemsRead = config.label !== DEFAULT_LABEL || postmortemsFolder === DEFAULT_POSTMORTEMS;
  const now = client.now();
  const rows = new Map<number, SweepRow>();
  const coordinators = new Map<number, string | null>();
  for (const incident of read.incidents) {
    core.startGroup(`INC-${incident.number}`);
    try {
      const state = incident.card
        ? { record: incident.card, statusSince: incident.card.status_since ?? null }
        : await stateFromFile(repo, incident, config.paths.incidents);
      if (!state) {
        core.info(`#${incident.number} has the ${config.label} label but no record yet; skipped`);
        continue;
      }
      const record = { ...state.record, title: incident.title } as IncidentRecord;
      coordinators.set(incident.number, record.roles?.coordinator ?? null);
      const reminders = dueReminders({ record, statusSince: state.statusSince }, config, now, incident.posted);
      for (const reminder of reminders) await post(repo, incident.number, reminder, result);
      rows.set(incident.number, {
        id: record.id,
        status: record.status,
        severity: record.severity,
        nextUpdateDue: record.next_update_due ?? '—',
        posted: reminders.map((r) => r.kind),
      });
    } catch (error) {
      const message = failed(result, `INC-${incident.number}`, error);
      rows.set(incident.number, { id: `INC-${incident.number}`, status: '?', severity: '?', nextUpdateDue: '?', posted: [`error: ${message}`] });
    } finally {
      core.endGroup();
    }
  }
  result.notes.push(`swept ${read.incidents.length} open incident(s) in ${read.pages} GraphQL page(s)`);
  try {
    const postmortems = postmortemsRead ? read.postmortems : await readPostmortems(client, input.fullName, postmortemsFolder);
    await remindFollowups({ client, repo, fullName: input.fullName, config, folder: postmortemsFolder, postmortems, read, coordinators, rows, now, result });
  } catch (error) {
    failed(result, 'follow-up reminders', error);
  }
  result.table = [['Incident', 'Status', 'Severity', 'Next update due', 'Posted'], ...[...rows.values()].map((r) => [r.id, r.status, r.severity, r.nextUpdateDue, postedText(r.posted)])];
}

/**
 * Reminds incidents of their postmortems' follow-ups past due (SPEC 4.3, 4.5). Reads, whatever
 * the number of incidents: the open follow-up issues (one search, only when an overdue item links
 * one) and the markers of incident issues the open read did not cover (one aliased query).
 */
async function remindFollowups(input: {
  client: Client;
  repo: IncidentRepository;
  fullName: string;
  config: Config;
  folder: string;
  postmortems: SweepRead['postmortems'];
  read: SweepRead;
  coordinators: ReadonlyMap<number, string | null>;
  rows: Map<number, SweepRow>;
  now: number;
  result: RunResult;
}): Promise<void> {
  const { client, read, result, rows } = input;
  const overdue = overdueFollowups(input.postmortems, input.folder, input.now);
  for (const file of overdue.unreadable) failed(result, file.path, new Error(file.message));
  const items = overdue.postmortems.reduce((sum, p) => sum + p.items.length, 0);
  if (input.postmortems.length) result.notes.push(`follow-ups: ${items} item(s) past due in ${overdue.postmortems.length} of ${input.postmortems.length} postmortem file(s)`);
  if (!items) return;

  const repos = followupRepositories(overdue.postmortems);
  const openIssues = repos.length ? await readOpenFollowups(client, repos, input.config.followups.labels[0]) : new Map<string, string>();
  const open = new Map<number, OpenIncident>(read.incidents.map((i) => [i.number, i]));
  const others = overdue.postmortems.map((p) => p.number).filter((n) => !open.has(n));
  const markers = others.length ? await readIncidentMarkers(client, input.fullName, others, read.botLogin) : new Map<number, IncidentMarkers>();

  for (const postmortem of overdue.postmortems) {
    const incident = open.get(postmortem.number) ?? markers.get(postmortem.number);
    if (!incident) {
      core.warning(`${postmortem.path}: issue #${postmortem.number} was not found; its follow-ups are not reminded`);
      continue;
    }
    core.startGroup(postmortem.id);
    try {
      const coordinator = input.coordinators.get(postmortem.number) ?? incident.card?.roles?.coordinator ?? null;
      const reminders = dueFollowupReminders({ postmortem, coordinator, openIssues, posted: incident.posted, now: input.now });
      for (const reminder of reminders) await post(input.repo, postmortem.number, reminder, result);
      if (!reminders.length) continue;
      const row: SweepRow = rows.get(postmortem.number) ?? {
        id: postmortem.id,
        status: incident.card?.status ?? '—',
        severity: incident.card?.severity ?? '—',
        nextUpdateDue: '—',
        posted: [],
      };
      row.posted.push(...reminders.map((r) => r.kind));
      rows.set(postmortem.number, row);
    } catch (error) {
      failed(result, postmortem.id, error);
    } finally {
      core.endGroup();
    }
  }
}

/** Logs, counts and reports a failure; returns its message. */
function failed(result: RunResult, what: string, error: unknown): string {
  result.errors++;
  const message = error instanceof Error ? error.message : String(error);
  core.error(`${what}: ${message}`);
  result.notes.push(`${what}: ${message}`);
  return message;
}

/** The Posted cell: each kind once, with a count when posted more than once (`update, followup ×2`). */
function postedText(posted: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of posted) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ') || '—';
}

async function stateFromFile(
  repo: IncidentRepository,
  incident: OpenIncident,
  folder: string,
): Promise<{ record: Partial<IncidentRecord>; statusSince: string | null } | undefined> {
  const file = await repo.readFile(incidentPath(folder, incident.number));
  if (!file) return undefined;
  const document = readIncident(file.text, incidentPath(folder, incident.number));
  const since = statusSince(document.log);
  return { record: document.record, statusSince: since ?? null };
}

async function post(repo: IncidentRepository, number: number, reminder: Reminder, result: RunResult): Promise<void> {
  await repo.comment(number, renderReminder(reminder));
  if (reminder.kind === 'escalation') result.escalations++;
  else result.reminders++;
  core.info(`posted ${reminder.kind} reminder (due ${reminder.due}${reminder.item ? `, item ${reminder.item}` : ''})`);
}
