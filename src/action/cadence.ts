import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { incidentPath, type IncidentRecord } from '../core/incident.js';
import { readIncident } from '../core/incident-file.js';
import { dueReminders, renderReminder, type Reminder } from '../core/reminders.js';
import type { Client } from '../github/client.js';
import type { IncidentRepository } from '../github/incidents.js';
import { readOpenIncidents, type OpenIncident } from '../github/sweep.js';
import type { RunResult } from './result.js';

/** One row of the sweep's job summary. */
interface SweepRow {
  id: string;
  status: string;
  severity: string;
  nextUpdateDue: string;
  posted: string;
}

/**
 * The scheduled sweep (SPEC 4.3): reads all open incidents in ceil(open/100) GraphQL requests and
 * posts only the reminders that are due and not yet posted. A failure on one incident is logged,
 * counted and reported, and the sweep goes on.
 */
export async function sweepCadence(input: { client: Client; repo: IncidentRepository; fullName: string; configPath: string; result: RunResult }): Promise<void> {
  const { client, repo, result } = input;
  let read = await readOpenIncidents(client, input.fullName, 'incident', input.configPath);
  const config = loadConfig(read.configText, input.configPath);
  if (config.label !== 'incident') read = await readOpenIncidents(client, input.fullName, config.label, input.configPath);
  const now = client.now();
  const rows: SweepRow[] = [];
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
      const reminders = dueReminders({ record, statusSince: state.statusSince }, config, now, incident.posted);
      for (const reminder of reminders) await post(repo, incident.number, reminder, result);
      rows.push({
        id: record.id,
        status: record.status,
        severity: record.severity,
        nextUpdateDue: record.next_update_due ?? '—',
        posted: reminders.map((r) => r.kind).join(', ') || '—',
      });
    } catch (error) {
      result.errors++;
      const message = error instanceof Error ? error.message : String(error);
      core.error(`INC-${incident.number}: ${message}`);
      result.notes.push(`INC-${incident.number}: ${message}`);
      rows.push({ id: `INC-${incident.number}`, status: '?', severity: '?', nextUpdateDue: '?', posted: `error: ${message}` });
    } finally {
      core.endGroup();
    }
  }
  result.notes.push(`swept ${read.incidents.length} open incident(s) in ${read.pages} GraphQL page(s)`);
  result.table = [['Incident', 'Status', 'Severity', 'Next update due', 'Posted'], ...rows.map((r) => [r.id, r.status, r.severity, r.nextUpdateDue, r.posted])];
}

async function stateFromFile(
  repo: IncidentRepository,
  incident: OpenIncident,
  folder: string,
): Promise<{ record: Partial<IncidentRecord>; statusSince: string | null } | undefined> {
  const file = await repo.readFile(incidentPath(folder, incident.number));
  if (!file) return undefined;
  const document = readIncident(file.text, incidentPath(folder, incident.number));
  const since = [...document.log].reverse().find((e) => ['declared', 'status', 'regression', 'reopened'].includes(e.kind));
  return { record: document.record, statusSince: since?.at ?? null };
}

async function post(repo: IncidentRepository, number: number, reminder: Reminder, result: RunResult): Promise<void> {
  await repo.comment(number, renderReminder(reminder));
  if (reminder.kind === 'escalation') result.escalations++;
  else result.reminders++;
  core.info(`posted ${reminder.kind} reminder (due ${reminder.due})`);
}
