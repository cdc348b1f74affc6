import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigurationError } from '../core/config.js';
import type { FollowupEventPayload } from '../core/followup-requests.js';
import { renderConfigurationProblem } from '../core/reply.js';
import { createClient, type Client } from '../github/client.js';
import { IncidentRepository } from '../github/incidents.js';
import { handlePageAnswer } from './page-answer.js';
import { handleAlertEvent, type RepositoryDispatchPayload } from './alert.js';
import { handleEmailEvent } from './email.js';
import type { EventRun } from './run.js';
import { decodeTrigger, routeOf, type RunCommand, type Trigger } from './triggers.js';
import { sweep } from './sweep.js';
import { reportWorkspace, validateWorkspace } from './validate.js';
import { handleCommentEvent, handleIssuesEvent } from './event.js';
import { runFollowups } from './followups.js';
import { InputError, readInputs, type ActionCommand, type ActionInputs } from './inputs.js';
import { openPostmortem, postReplies, rebuildStatusPage } from './applier.js';
import { readEnvironment, type RunEnvironment } from './environment.js';
import { emptyResult, messageOf, type RunResult } from './result.js';
import { reconcilePush, type PushPayload } from './reconcile.js';
import { setupRepository } from './setup.js';
import { statusPageWorkspace } from './status-page.js';

/** Chooses what to do from the event, as SPEC section 4 says for `command: auto`: the first command of its route. */
export function chooseCommand(requested: ActionCommand, eventName: string, payload: { action?: unknown } = {}): RunCommand | 'none' {
  if (requested !== 'auto') return requested;
  return routeOf(eventName, payload.action)[0] ?? 'none';
}

/** What every command runs with. */
interface CommandContext {
  inputs: ActionInputs;
  env: RunEnvironment;
  trigger: Trigger;
  client: Client;
  repo: IncidentRepository;
  result: RunResult;
  /** Chosen by `command: auto` from the event, rather than asked for by the `command` input. */
  auto: boolean;
}

/** Runs one command on the decoded event. */
async function runCommand(command: RunCommand, context: CommandContext): Promise<void> {
  const { inputs, env, trigger, client, repo, result } = context;
  const { eventName, repository } = env;
  const run: EventRun = { repo, configPath: inputs.configPath, result, env };
  switch (command) {
    case 'event': {
      const number = trigger.event === 'issues' || trigger.event === 'issue_comment' ? trigger.payload.issue.number : undefined;
      core.startGroup(number ? `INC-${number}` : eventName);
      try {
        if (trigger.event === 'issue_comment') await handleCommentEvent(run, trigger.payload);
        else if (trigger.event === 'issues') await handleIssuesEvent(run, trigger.payload);
        else result.notes.push(`the event command reads issues and issue_comment events, not ${eventName}`);
      } catch (error) {
        // A broken configuration stops every incident: say so where the responders are, not only in the run log.
        if (error instanceof ConfigurationError && number) await postReplies(run, { number }, [renderConfigurationProblem(error.problems, inputs.configPath)], []);
        throw error;
      } finally {
        core.endGroup();
      }
      return;
    }
    case 'cadence':
      await sweep({ client, repo, fullName: repository, configPath: inputs.configPath, result, ...(trigger.event === 'schedule' && trigger.payload.schedule ? { schedule: trigger.payload.schedule } : {}), env });
      return;
    case 'postmortem': {
      if (inputs.incident === null) throw new InputError('incident', 'is empty; the postmortem command needs the incident, e.g. INC-42');
      const actor = env.actor || (trigger.payload.sender?.login ?? 'github-actions');
      core.startGroup(`INC-${inputs.incident}`);
      try {
        await openPostmortem(run, inputs.incident, actor);
      } finally {
        core.endGroup();
      }
      return;
    }
    case 'followups':
      // Asked for by hand, nothing to file is a mistake; on a push or a merged pull request it is the common case.
      await runFollowups(run, eventName, trigger.payload as FollowupEventPayload, context.auto ? null : inputs.incident, !context.auto && eventName === 'workflow_dispatch');
      return;
    case 'alert':
      await handleAlertEvent(run, trigger.payload as RepositoryDispatchPayload);
      return;
    case 'email':
      if (trigger.event === 'email') await handleEmailEvent(run, trigger.email);
      else result.notes.push(`the email command reads repository_dispatch sitrep-email events, not ${eventName}`);
      return;
    case 'page':
      await handlePageAnswer(run, trigger.payload as RepositoryDispatchPayload);
      return;
    case 'validate': {
      const number = trigger.event === 'pull_request' ? trigger.payload.pull_request.number : undefined;
      const pullRequest = number ? { pulls: repo.pulls, number } : undefined;
      await validateWorkspace(result, inputs.configPath, env.workspace, pullRequest);
      return;
    }
    case 'report':
      reportWorkspace(result, inputs.configPath, env.workspace, client.now());
      return;
    case 'status-page':
      statusPageWorkspace(result, inputs.configPath, env.workspace, client.now());
      return;
    case 'setup':
      await setupRepository(run);
      return;
    case 'reconcile':
      // A push to the default branch converges the issues on hand-edited records (SPEC 4.8).
      await reconcilePush(run, trigger.payload as PushPayload);
      return;
    default:
      result.error(`the ${String(command satisfies never)} command is not available in this version`);
  }
}

/** The action's entry point: one top-level failure handler, outputs and a job summary on every run. */
export async function run(): Promise<void> {
  const result = emptyResult();
  let counts: ReturnType<typeof createClient>['counts'] | undefined;
  let env: RunEnvironment | undefined;
  try {
    const inputs = readInputs();
    env = readEnvironment();
    const { eventName, repository } = env;
    const raw = await readEvent(env.eventPath);
    // The one place a payload's shape is checked: a payload that does not fit fails the run, naming the field.
    const trigger = decodeTrigger(eventName, raw);
    const commands = inputs.command === 'auto' ? routeOf(eventName, raw.action) : [inputs.command];
    const client = createClient(inputs.token, { apiUrl: env.apiUrl });
    counts = client.counts;
    result.watchBudget(client.budget);
    const repo = new IncidentRepository(client, repository, inputs.dryRun, env.serverUrl);
    core.info(`sitrep: ${commands.join(', ') || 'none'} for ${eventName}${inputs.dryRun ? ' (dry run: no writes)' : ''}`);
    if (commands.length === 0) result.notes.push(`nothing to do for ${eventName || 'an unknown event'}`);
    const context: CommandContext = { inputs, env, trigger, client, repo, result, auto: inputs.command === 'auto' };
    try {
      for (const command of commands) await runCommand(command, context);
    } finally {
      // What was committed before any failure still reaches the status page.
      await rebuildStatusPage(repo, result);
    }
  } catch (error) {
    const message = messageOf(error);
    result.error(`**Error:** ${message}`, { cause: error, log: message });
  } finally {
    writeOutputs(result);
    await writeSummary(result, counts, env);
  }
  // SPEC 4, Errors: a run that met any error did all it could, and now fails so someone is told.
  if (result.exitCode() !== 0) core.setFailed(`sitrep met ${result.errors} error${result.errors === 1 ? '' : 's'}; each is listed in the job summary`);
}

async function readEvent(path: string | null): Promise<Record<string, unknown>> {
  if (!path) return {};
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

function writeOutputs(result: RunResult): void {
  core.setOutput('incident', result.incident ?? '');
  core.setOutput('status', result.status ?? '');
  core.setOutput('reminders', result.reminders);
  core.setOutput('escalations', result.escalations);
  core.setOutput('postmortem-pr', result.postmortemPr ?? '');
  core.setOutput('followups', result.followups);
  core.setOutput('notifications', result.notifications);
  core.setOutput('pages', result.pages);
  core.setOutput('errors', result.errors);
}

async function writeSummary(result: RunResult, counts: ReturnType<typeof createClient>['counts'] | undefined, env: RunEnvironment | undefined): Promise<void> {
  // @actions/core writes the summary to the runner's GITHUB_STEP_SUMMARY file; outside a runner there is none.
  if (!env?.variables.GITHUB_STEP_SUMMARY) return;
  try {
    const summary = core.summary.addHeading('sitrep', 2);
    if (result.incident) summary.addRaw(`**${result.incident}** — ${result.status ?? ''}`, true);
    if (result.notes.length) summary.addList(result.notes);
    if (result.table?.length) {
      const [header = [], ...rows] = result.table;
      summary.addTable([header.map((data) => ({ data, header: true })), ...rows]);
    }
    summary.addTable([
      [{ data: 'Reminders', header: true }, { data: 'Escalations', header: true }, { data: 'Follow-ups', header: true }, { data: 'Errors', header: true }],
      [String(result.reminders), String(result.escalations), String(result.followups), String(result.errors)],
    ]);
    const budget = result.remainingWrites;
    if (budget) summary.addRaw(`Write budget: ${budget.remaining} of ${budget.total} writes left`, true);
    if (counts) {
      summary.addRaw(
        `API requests: ${counts.restReads} REST reads, ${counts.restWrites} REST writes, ${counts.graphqlQueries} GraphQL queries, ${counts.graphqlMutations} GraphQL mutations`,
        true,
      );
    }
    await summary.write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
