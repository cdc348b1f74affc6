import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ALERT_EVENT_TYPE } from '../core/alert.js';
import { ConfigurationError } from '../core/config.js';
import type { FollowupEventPayload } from '../core/followup-requests.js';
import { fitBody, inlineUserText } from '../core/sanitize.js';
import { createClient } from '../github/client.js';
import { IncidentRepository } from '../github/incidents.js';
import { PullRequests } from '../github/pulls.js';
import { handleAlertEvent, type RepositoryDispatchPayload } from './alert.js';
import { sweepCadence } from './cadence.js';
import { reportWorkspace, validateWorkspace } from './validate.js';
import { handleCommentEvent, handleIssuesEvent, type IssueCommentPayload, type IssuesPayload } from './event.js';
import { runFollowups } from './followups.js';
import { InputError, readInputs, type ActionCommand } from './inputs.js';
import { buildPostmortem } from './postmortem.js';
import { readEnvironment, type RunEnvironment } from './environment.js';
import { emptyResult, type RunResult } from './result.js';
import { reconcilePush, type PushPayload } from './reconcile.js';
import { statusPageWorkspace } from './status-page.js';

/** Chooses what to do from the event, as SPEC section 4 says for `command: auto`. */
export function chooseCommand(requested: ActionCommand, eventName: string, payload: { action?: unknown } = {}): Exclude<ActionCommand, 'auto'> | 'none' {
  if (requested !== 'auto') return requested;
  switch (eventName) {
    case 'issues':
    case 'issue_comment':
      return 'event';
    case 'schedule':
      return 'cadence';
    case 'pull_request':
    case 'push':
      return 'validate';
    case 'repository_dispatch':
      return payload.action === ALERT_EVENT_TYPE ? 'alert' : 'none';
    default:
      return 'none';
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
    const payload = await readEvent(env.eventPath);
    const command = chooseCommand(inputs.command, eventName, payload);
    const client = createClient(inputs.token, { apiUrl: env.apiUrl });
    counts = client.counts;
    const repo = new IncidentRepository(client, repository, inputs.dryRun, env.serverUrl);
    core.info(`sitrep: ${command} for ${eventName}${inputs.dryRun ? ' (dry run: no writes)' : ''}`);
    switch (command) {
      case 'event': {
        const run = { repo, configPath: inputs.configPath, result, env };
        const number = (payload as { issue?: { number?: number } }).issue?.number;
        core.startGroup(number ? `INC-${number}` : eventName);
        try {
          if (eventName === 'issue_comment') await handleCommentEvent(run, payload as unknown as IssueCommentPayload);
          else if (eventName === 'issues') await handleIssuesEvent(run, payload as unknown as IssuesPayload);
          else result.notes.push(`the event command reads issues and issue_comment events, not ${eventName}`);
        } catch (error) {
          // A broken configuration stops every incident: say so where the responders are, not only in the run log.
          if (error instanceof ConfigurationError && number) await repo.comment(number, configurationProblemComment(error, inputs.configPath));
          throw error;
        } finally {
          core.endGroup();
        }
        break;
      }
      case 'cadence':
        await sweepCadence({ client, repo, fullName: repository, configPath: inputs.configPath, result, schedule: (payload as { schedule?: string }).schedule, env });
        break;
      case 'postmortem': {
        if (inputs.incident === null) throw new InputError('incident', 'is empty; the postmortem command needs the incident, e.g. INC-42');
        const actor = env.actor || ((payload as { sender?: { login?: string } }).sender?.login ?? 'github-actions');
        core.startGroup(`INC-${inputs.incident}`);
        try {
          await buildPostmortem({ repo, configPath: inputs.configPath, result, env }, inputs.incident, actor);
        } finally {
          core.endGroup();
        }
        break;
      }
      case 'followups':
        // Asked for by hand, nothing to file is a mistake; on a push or a merged pull request it is the common case.
        await runFollowups({ repo, configPath: inputs.configPath, result, env }, eventName, payload as FollowupEventPayload, inputs.incident, eventName === 'workflow_dispatch');
        break;
      case 'alert':
        await handleAlertEvent({ repo, configPath: inputs.configPath, result, env }, payload as RepositoryDispatchPayload);
        break;
      case 'validate': {
        const number = eventName === 'pull_request' ? (payload as { pull_request?: { number?: number } }).pull_request?.number : undefined;
        const pullRequest = number ? { pulls: new PullRequests(client, repository, inputs.dryRun), number } : undefined;
        await validateWorkspace(result, inputs.configPath, env.workspace, pullRequest);
        break;
      }
      case 'report':
        reportWorkspace(result, inputs.configPath, env.workspace, client.now());
        break;
      case 'status-page':
        statusPageWorkspace(result, inputs.configPath, env.workspace, client.now());
        break;
      case 'reconcile':
        break;
      case 'none':
        result.notes.push(`nothing to do for ${eventName || 'an unknown event'}`);
        break;
      default:
        result.notes.push(`the ${command} command is not available in this version`);
        result.errors++;
    }
    // auto: a push to the default branch converges the issues on hand-edited records (SPEC 4.8).
    if ((inputs.command === 'auto' && eventName === 'push') || command === 'reconcile') {
      await reconcilePush({ repo, configPath: inputs.configPath, result, env }, payload as PushPayload);
    }
    // auto: a merged postmortem pull request, or a push changing postmortems, then files the follow-ups.
    if (inputs.command === 'auto' && (eventName === 'pull_request' || eventName === 'push')) {
      await runFollowups({ repo, configPath: inputs.configPath, result, env }, eventName, payload as FollowupEventPayload, null, false);
    }
  } catch (error) {
    result.errors++;
    const message = error instanceof ConfigurationError ? error.message : error instanceof Error ? error.message : String(error);
    result.notes.push(`**Error:** ${message}`);
    core.error(message);
  } finally {
    writeOutputs(result);
    await writeSummary(result, counts, env);
  }
  // SPEC 4, Errors: a run that met any error did all it could, and now fails so someone is told.
  if (result.errors > 0) core.setFailed(`sitrep met ${result.errors} error${result.errors === 1 ? '' : 's'}; each is listed in the job summary`);
}

/** The comment that tells responders sitrep cannot act until its configuration is fixed. */
function configurationProblemComment(error: ConfigurationError, configPath: string): string {
  const problems = error.problems.map((p) => `- \`${p.path}\` line ${p.line}: ${inlineUserText(p.message)}`);
  return fitBody([
    '<!-- sitrep:config-error -->',
    `sitrep could not act on this: \`${configPath}\` is not valid.`,
    '',
    ...problems,
    '',
    'Nothing was lost: once the configuration is fixed, remove and add the incident label again to declare, or repeat the command.',
  ].join('\n'));
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
