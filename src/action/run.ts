/**
 * The run context every handler shares (the repository, the config location, the run report, the
 * environment) and the loading of one incident. A leaf: it imports no handler and no applier, so
 * the applier, the postmortem builder and the reminder planner all depend on it and not on each
 * other.
 */
import type { ChangeContext } from '../core/change.js';
import { loadConfig, type Config } from '../core/config.js';
import { incidentPath, type IncidentRecord, type LogEntry } from '../core/incident.js';
import { readIncident } from '../core/incident-file.js';
import type { IncidentContext, IncidentRepository } from '../github/incidents.js';
import type { RunEnvironment } from './environment.js';
import type { RunReport } from './result.js';

/** Shared by every run that changes incidents: the repository, the config location and the report being built. */
export interface EventRun {
  repo: IncidentRepository;
  configPath: string;
  result: RunReport;
  env: RunEnvironment;
}

/** A loaded incident: the context, the config, and the record when the file exists. */
export interface Loaded {
  context: IncidentContext;
  config: Config;
  path: string;
  record?: IncidentRecord;
  log: LogEntry[];
}

/** Reads an incident's context (one GraphQL request) and its record, when the file exists. */
export async function load(run: EventRun, issueNumber: number): Promise<Loaded> {
  const guess = incidentPath('incidents', issueNumber);
  const context = await run.repo.readContext(issueNumber, run.configPath, guess);
  const config = loadConfig(context.configText, run.configPath);
  // The other identities sitrep writes with: their cards and markers are its own too.
  run.repo.trust(config.bots, context.issue?.comments);
  const path = incidentPath(config.paths.incidents, issueNumber);
  if (path !== guess) context.file = await run.repo.readFile(path);
  if (!context.file) return { context, config, path, log: [] };
  const document = readIncident(context.file.text, path);
  return { context, config, path, record: document.record, log: document.log };
}

/** Who acts, when, under which configuration, on a loaded incident. */
export function changeContext(run: EventRun, loaded: Loaded, actor: string, ref: string): ChangeContext {
  return { actor, now: run.repo.now, config: loaded.config, reporter: loaded.context.issue?.author ?? actor, ref };
}

/** Logs a line to the run log and the job summary. */
export function note(run: EventRun, text: string): void {
  run.result.note(text);
}
