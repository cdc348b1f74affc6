/**
 * Follow-ups (SPEC 4.5): once a postmortem is merged, each open action item becomes an issue in
 * the repository it routes to, its URL is written back into the item, and the incident closes.
 */
import * as core from '@actions/core';
import {
  describeItem,
  isMalformed,
  isPending,
  linkActionItems,
  parseActionItems,
  routeActionItem,
  type ActionItem,
} from '../core/action-items.js';
import { loadConfig } from '../core/config.js';
import {
  followupLabels,
  followupsCommentMarker,
  failuresCommentMarker,
  renderFailuresComment,
  renderFollowupIssue,
  renderFollowupsComment,
  tokenAdvice,
  type FiledFollowup,
  type FollowupFailures,
  type IncidentLinks,
  type UnreachableFollowup,
} from '../core/followup-issue.js';
import { allFiled, isHttpUrl, shortRef } from '../core/followup-links.js';
import {
  followupRequestsNeedConfig,
  followupRequestsOf,
  POSTMORTEM_BRANCH,
  type FollowupEvent,
  type FollowupEventPayload,
  type FollowupRequest,
  type FollowupTrigger,
} from '../core/followup-requests.js';
import { incidentId } from '../core/incident.js';
import { hasMarker } from '../core/markers.js';
import { inlineUserText } from '../core/sanitize.js';
import { commitWithRetry } from '../github/commit.js';
import { statusOf } from '../github/errors.js';
import { FollowupIssues, RepositoryAccessError, type FiledIssue } from '../github/followups.js';
import { applyEvent, issueOf, postReplies } from './applier.js';
import { messageOf } from './result.js';
import { changeContext, load, note, type EventRun, type Loaded } from './run.js';

/**
 * The incidents an event asks follow-ups for (see `followupRequestsOf`), reading the configuration
 * from the repository only when a push needs it. Empty when the event asks for none.
 */
export async function followupRequests(
  run: EventRun,
  eventName: string,
  payload: FollowupEventPayload,
  incidentInput: number | null,
): Promise<FollowupRequest[]> {
  const event: FollowupEvent = { eventName, payload, incidentInput, fallbackActor: run.env.actor ?? 'github-actions' };
  const config = followupRequestsNeedConfig(event) ? loadConfig((await run.repo.readFile(run.configPath))?.text ?? null, run.configPath) : undefined;
  return followupRequestsOf(event, config);
}

/**
 * Runs the follow-ups for every incident an event asks for, each in its own log group; a failure
 * on one incident is reported and counted, and the others go on.
 */
export async function runFollowups(run: EventRun, eventName: string, payload: FollowupEventPayload, incidentInput: number | null, explicit: boolean): Promise<void> {
  const requests = await followupRequests(run, eventName, payload, incidentInput);
  if (requests.length === 0) {
    if (explicit) {
      run.result.error(`follow-ups: no incident to file follow-ups for; set the \`incident\` input (e.g. INC-42) or run on a merged ${POSTMORTEM_BRANCH}INC-<n> pull request`);
    }
    return;
  }
  for (const request of requests) {
    core.startGroup(incidentId(request.issue));
    try {
      await fileFollowups(run, request.issue, request);
    } catch (error) {
      const message = messageOf(error);
      run.result.error(`**${incidentId(request.issue)}: follow-ups failed:** ${message}`, { cause: error, log: `${incidentId(request.issue)}: ${message}` });
    } finally {
      core.endGroup();
    }
  }
}

/** A follow-up found or created by this run. */
type Filed = FiledFollowup & { created: boolean };

interface Outcome {
  /** Item key → issue URL, to write back. */
  links: Map<string, string>;
  filed: Filed[];
  created: number;
  failures: { unreachable: UnreachableFollowup[]; failed: FollowupFailures['failed'][number][] };
}

/**
 * Files the follow-ups of one incident: every pending action item of its postmortem becomes an
 * issue (found first by its marker, so nothing is filed twice), the URLs are written back into
 * the postmortem in one commit, failures are reported on the incident issue, and the incident
 * moves to closed with a final comment.
 */
export async function fileFollowups(run: EventRun, issueNumber: number, trigger: FollowupTrigger): Promise<void> {
  const id = incidentId(issueNumber);
  const loaded = await load(run, issueNumber);
  const { config, context } = loaded;
  if (!loaded.record || !context.issue) {
    return run.result.error(`${id}: no incident file at ${loaded.path}${context.issue ? '' : ` and no issue #${issueNumber}`}; follow-ups need the incident record`);
  }
  const record = loaded.record;
  const postmortemPath = `${config.paths.postmortems}/${id}.md`;
  const postmortem = await run.repo.readFile(postmortemPath);
  if (!postmortem) {
    return run.result.error(`${id}: ${postmortemPath} is not on ${context.defaultBranch}; merge the postmortem before filing its follow-ups`);
  }
  const incidentRepo = `${run.repo.owner}/${run.repo.repo}`;
  const links: IncidentLinks = {
    id,
    title: record.title,
    issueUrl: context.issue.url,
    fileUrl: run.repo.blobUrl(context.defaultBranch, loaded.path),
    filePath: loaded.path,
    postmortemUrl: run.repo.blobUrl(context.defaultBranch, postmortemPath),
    postmortemPath,
  };
  const items = parseActionItems(postmortem.text);
  const pending = items.filter(isPending);
  const malformed = items.filter(isMalformed);
  for (const item of items.filter((i) => !isPending(i) && !isMalformed(i))) {
    core.info(`${describeItem(item)}: ${item.checked ? 'done' : `already filed as ${item.issueUrl}`}; skipped`);
  }
  const outcome = await fileItems(run, loaded, pending, links, incidentRepo);

  await writeBackLinks(run, loaded, postmortemPath, postmortem, outcome.links);

  const failures: FollowupFailures = { ...outcome.failures, malformed };
  const failedCount = failures.unreachable.length + failures.failed.length + malformed.length;
  run.result.followups += outcome.created;
  for (const f of failures.unreachable) run.result.error(`${id}: action item ${inlineUserText(describeItem(f.item))} not filed: \`${f.repo}\` refused the token (HTTP ${f.status ?? '?'})`);
  for (const f of failures.failed) run.result.error(`${id}: action item ${inlineUserText(describeItem(f.item))} not filed in \`${f.repo}\`: ${inlineUserText(f.reason)}`);
  for (const m of malformed) run.result.error(`${id}: action item ${inlineUserText(describeItem(m))} not filed: ${m.problems.map(inlineUserText).join('; ')}`);
  const unreachableRepos = [...new Set(failures.unreachable.map((f) => f.repo))];
  if (unreachableRepos.length) run.result.notes.push(`${id}: ${tokenAdvice(unreachableRepos)}`);
  if (failedCount) {
    const comment = renderFailuresComment(id, postmortemPath, failures);
    const marker = failuresCommentMarker(comment);
    if (!context.issue.comments.some((c) => c.byBot && hasMarker(c.body, marker))) await postReplies(run, issueOf(loaded, issueNumber), [comment], []);
  }

  // Every item's issue, filed now or before (by sitrep or by hand), goes into the record.
  const linkedText = linkActionItems(postmortem.text, outcome.links).text;
  const allUrls = parseActionItems(linkedText).flatMap((i) => (isHttpUrl(i.issueUrl) ? [i.issueUrl] : []));
  const closing = record.status !== 'closed' && record.status !== 'declined';
  if (closing || outcome.created > 0) {
    const listed = closing ? allFiled(outcome.filed, linkedText) : outcome.filed.filter((f) => f.created);
    const comment = renderFollowupsComment(id, listed, closing);
    const marker = followupsCommentMarker(listed.map((f) => f.url));
    if (!context.issue.comments.some((c) => c.byBot && hasMarker(c.body, marker))) await postReplies(run, issueOf(loaded, issueNumber), [comment], []);
  }
  const ctx = changeContext(run, loaded, trigger.actor, trigger.ref ?? context.issue.url);
  const created = outcome.filed.filter((f) => f.created).map((f) => shortRef(f.url));
  await applyEvent(run, loaded, { type: 'followups-filed', urls: allUrls, created, postmortemPath }, ctx);
  note(
    run,
    `${id}: ${outcome.created} follow-up${outcome.created === 1 ? '' : 's'} filed` +
      (failedCount ? `, ${failedCount} not filed (see the comment on ${context.issue.url})` : '') +
      `; incident ${run.result.status ?? record.status}`,
  );
}

/** Creates the pending items' issues, repository by repository. */
async function fileItems(run: EventRun, loaded: Loaded, pending: readonly ActionItem[], links: IncidentLinks, incidentRepo: string): Promise<Outcome> {
  const { config, context } = loaded;
  const record = loaded.record as NonNullable<Loaded['record']>;
  const issues = run.repo.followupIssues;
  const outcome: Outcome = { links: new Map(), filed: [], created: 0, failures: { unreachable: [], failed: [] } };
  const byRepo = new Map<string, ActionItem[]>();
  for (const item of pending) {
    const route = routeActionItem(item, record.services, config.followups, incidentRepo);
    core.info(`${describeItem(item)} → ${route.repo} (${route.via === 'service' ? `route for ${route.service}` : route.via})`);
    byRepo.set(route.repo, [...(byRepo.get(route.repo) ?? []), item]);
  }
  const marker = (key: string) => ({ incidentId: links.id, key, botLogin: context.botLogin });
  for (const [repo, repoItems] of byRepo) {
    const remember = (item: ActionItem, issue: FiledIssue, created: boolean) => {
      outcome.links.set(item.key, issue.url);
      outcome.filed.push({ title: item.title, url: issue.url, repo, created, ...(item.owner ? { owner: item.owner } : {}), ...(item.due ? { due: item.due } : {}) });
    };
    let filed: Map<string, FiledIssue[]>;
    try {
      filed = await issues.findFiled(repo, links.id, context.botLogin);
    } catch (error) {
      for (const item of repoItems) reportFailure(outcome, item, repo, error);
      continue;
    }
    if (repoItems.some((i) => !filed.has(i.key))) {
      try {
        await issues.ensureLabels(repo, followupLabels(config, links.id));
      } catch (error) {
        // Labels are a convenience: the issue is still worth filing without them.
        core.warning(`could not create the follow-up labels in ${repo}: ${(error as Error).message}`);
      }
    }
    let createdHere = false;
    for (const item of repoItems) {
      const existing = filed.get(item.key)?.[0];
      if (existing) {
        core.info(`${describeItem(item)} was already filed as ${existing.url}`);
        remember(item, existing, false);
        continue;
      }
      try {
        const issue = await issues.create(repo, renderFollowupIssue(item, links, config), marker(item.key));
        remember(item, issue, true);
        outcome.created++;
        createdHere = true;
        core.info(`${describeItem(item)} filed as ${issue.url}`);
        if (item.owner && !issue.assignees.some((a) => a.toLowerCase() === item.owner?.toLowerCase()) && !run.repo.dryRun) {
          run.result.notes.push(`${links.id}: @${item.owner} could not be assigned ${issue.url} (not a collaborator of ${repo}?); the issue names them as owner`);
        }
      } catch (error) {
        reportFailure(outcome, item, repo, error);
      }
    }
    if (createdHere && !run.repo.dryRun) await keepOneEach(issues, repo, links.id, context.botLogin, outcome);
  }
  return outcome;
}

/**
 * Two runs racing (a merge fires both `pull_request` and `push`) can each file an item. Both
 * keep the lowest-numbered issue and close the others, so they converge on the same links.
 */
async function keepOneEach(issues: FollowupIssues, repo: string, incident: string, botLogin: string, outcome: Outcome): Promise<void> {
  let filed: Map<string, FiledIssue[]>;
  try {
    filed = await issues.findFiled(repo, incident, botLogin);
  } catch {
    return;
  }
  for (const [key, found] of filed) {
    const [kept, ...duplicates] = found;
    if (!kept || duplicates.length === 0 || !outcome.links.has(key)) continue;
    for (const duplicate of duplicates) await issues.closeDuplicate(repo, duplicate, kept);
    const previous = outcome.links.get(key);
    outcome.links.set(key, kept.url);
    for (const f of outcome.filed) if (f.url === previous) f.url = kept.url;
  }
}

function reportFailure(outcome: Outcome, item: ActionItem, repo: string, error: unknown): void {
  core.warning(`${describeItem(item)} → ${repo}: ${(error as Error).message}`);
  if (error instanceof RepositoryAccessError) outcome.failures.unreachable.push({ item, repo, status: statusOf(error) ?? error.status });
  else outcome.failures.failed.push({ item, repo, reason: messageOf(error) });
}

/** Writes the URLs into their items in one commit; on a conflict, re-reads and re-applies by item key. */
async function writeBackLinks(run: EventRun, loaded: Loaded, path: string, first: { text: string; sha: string }, links: ReadonlyMap<string, string>): Promise<void> {
  if (links.size === 0) return;
  await commitWithRetry(path, async (attempt) => {
    const current = attempt === 1 ? first : await run.repo.readFile(path);
    if (!current) return;
    const { text, linked } = linkActionItems(current.text, links);
    if (linked.length === 0) return;
    await run.repo.commitFile({
      path,
      text,
      sha: current.sha,
      message: `${incidentId((loaded.record as NonNullable<Loaded['record']>).issue)}: link ${linked.length} follow-up issue${linked.length === 1 ? '' : 's'} in the postmortem`,
      branch: loaded.context.defaultBranch,
    });
  });
}

