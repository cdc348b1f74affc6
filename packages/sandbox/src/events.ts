/**
 * Webhook event payloads built from the sandbox's current state, shaped as GitHub delivers them
 * to a workflow (see @octokit/webhooks-examples). Every payload is validated against GitHub's
 * published webhook schema for its event and action when a check is installed (the tests install
 * one over @octokit/openapi-webhooks), so a builder cannot drift from what GitHub sends.
 *
 * Each builder returns `{ eventName, payload }`, to spread into `runAction`:
 *
 * ```ts
 * const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'] });
 * await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
 * ```
 */
import type { Sandbox } from './index.js';
import { MAX_PUSH_COMMITS } from './rules.js';

/** A workflow trigger: the event name and its payload. */
export interface WorkflowEvent {
  eventName: string;
  payload: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/** Checks a built payload against GitHub's webhook schema (`webhook-issues-opened`, …); throws when it does not match. */
export type WebhookPayloadCheck = (schemaName: string, payload: unknown) => void;

let payloadCheck: WebhookPayloadCheck | undefined;

/**
 * Installs the check every built payload goes through. The tests install one over GitHub's
 * published webhook schemas (a development dependency), so a builder cannot drift.
 */
export function setWebhookPayloadCheck(check: WebhookPayloadCheck | undefined): void {
  payloadCheck = check;
}

function event(eventName: string, schemaName: string | undefined, payload: Json): WorkflowEvent {
  if (schemaName) payloadCheck?.(schemaName, payload);
  return { eventName, payload };
}

/** `repository`, `sender` and (for organization repositories) `organization`. */
function envelope(sandbox: Sandbox, repoName: string | undefined, sender: string): Json {
  const repository = sandbox.json.repository(repoName);
  const owner = repository.owner as Json;
  const payload: Json = { repository, sender: sandbox.json.user(sender) };
  if (owner.type === 'Organization') {
    payload.organization = {
      login: owner.login,
      id: owner.id,
      node_id: owner.node_id,
      url: `${sandbox.url}/orgs/${String(owner.login)}`,
      repos_url: `${sandbox.url}/orgs/${String(owner.login)}/repos`,
      events_url: `${sandbox.url}/orgs/${String(owner.login)}/events`,
      hooks_url: `${sandbox.url}/orgs/${String(owner.login)}/hooks`,
      issues_url: `${sandbox.url}/orgs/${String(owner.login)}/issues`,
      members_url: `${sandbox.url}/orgs/${String(owner.login)}/members{/member}`,
      public_members_url: `${sandbox.url}/orgs/${String(owner.login)}/public_members{/member}`,
      avatar_url: owner.avatar_url,
      description: null,
    };
  }
  return payload;
}

/** Issue actions with a builder. */
export type IssuesAction = 'opened' | 'edited' | 'labeled' | 'unlabeled' | 'closed' | 'reopened' | 'assigned' | 'unassigned';

/**
 * An `issues` event for an issue as it is now. `sender` defaults to the issue's author for
 * `opened` and to alice otherwise; `label` names the label of `labeled`/`unlabeled`, `assignee`
 * the user of `assigned`/`unassigned`, and `changes` what `edited` changed
 * (`{ title: { from: 'old' } }`).
 */
export function issuesEvent(
  sandbox: Sandbox,
  action: IssuesAction,
  options: { number: number; repo?: string; sender?: string; label?: string; assignee?: string; changes?: { title?: { from: string }; body?: { from: string } } },
): WorkflowEvent {
  const issue = sandbox.json.issue(options.number, options.repo);
  const author = (issue.user as Json).login as string;
  const sender = options.sender ?? (action === 'opened' ? author : 'alice');
  const payload: Json = { action, issue, ...envelope(sandbox, options.repo, sender) };
  if (action === 'labeled' || action === 'unlabeled') {
    if (!options.label) throw new Error(`issues.${action} needs the label`);
    payload.label = labelJson(sandbox, options.label, options.repo);
  }
  if (action === 'assigned' || action === 'unassigned') {
    if (!options.assignee) throw new Error(`issues.${action} needs the assignee`);
    payload.assignee = sandbox.json.user(options.assignee);
  }
  if (action === 'edited') payload.changes = options.changes ?? {};
  return event('issues', `webhook-issues-${action}`, payload);
}

function labelJson(sandbox: Sandbox, name: string, repo: string | undefined): Json {
  try {
    return sandbox.json.label(name, repo);
  } catch {
    // An unlabeled event may name a label deleted since; GitHub still sends its last state.
    return { id: 0, node_id: 'LA_deleted', url: `${sandbox.url}/repos/${repo ?? sandbox.defaultRepo}/labels/${encodeURIComponent(name)}`, name, color: 'ededed', default: false, description: null };
  }
}

/**
 * An `issue_comment` event for a comment as it is now. For `deleted`, build the event before
 * deleting the comment (GitHub sends the comment's last state). `sender` defaults to the author
 * for `created` and `edited`.
 */
export function issueCommentEvent(
  sandbox: Sandbox,
  action: 'created' | 'edited' | 'deleted',
  options: { commentId: number; repo?: string; sender?: string; changes?: { body: { from: string } } },
): WorkflowEvent {
  const comment = sandbox.json.comment(options.commentId, options.repo);
  const issueNumber = Number(String(comment.issue_url).split('/').pop());
  const issue = sandbox.json.issue(issueNumber, options.repo);
  const author = (comment.user as Json).login as string;
  const payload: Json = { action, issue, comment, ...envelope(sandbox, options.repo, options.sender ?? author) };
  if (action === 'edited') payload.changes = options.changes ?? { body: { from: '' } };
  return event('issue_comment', `webhook-issue-comment-${action}`, payload);
}

/** A `pull_request` event (`closed` with `merged: true` once merged). */
export function pullRequestEvent(
  sandbox: Sandbox,
  action: 'opened' | 'closed' | 'reopened' | 'synchronize' | 'edited',
  options: { number: number; repo?: string; sender?: string; before?: string },
): WorkflowEvent {
  const pullRequest = sandbox.json.pullRequest(options.number, options.repo);
  const sender = options.sender ?? (action === 'closed' && pullRequest.merged_by ? ((pullRequest.merged_by as Json).login as string) : ((pullRequest.user as Json).login as string));
  const payload: Json = { action, number: options.number, pull_request: pullRequest, ...envelope(sandbox, options.repo, sender) };
  if (action === 'synchronize') {
    const head = String((pullRequest.head as Json).sha);
    const parent = sandbox.repo(options.repo).model.git.getCommit(head)?.parents[0];
    Object.assign(payload, { before: options.before ?? parent ?? head, after: head });
  }
  if (action === 'edited') payload.changes = {};
  return event('pull_request', `webhook-pull-request-${action}`, payload);
}

/**
 * The events GitHub sends when an issue is opened with labels (GITHUB-RULES.md row 3): `opened`,
 * then one `labeled` per label, in the order applied. Each starts its own workflow run.
 */
export function issueOpenedEvents(sandbox: Sandbox, options: { number: number; repo?: string; sender?: string }): WorkflowEvent[] {
  const labels = sandbox.repo(options.repo).labels(options.number);
  return [
    issuesEvent(sandbox, 'opened', options),
    ...labels.map((label) => issuesEvent(sandbox, 'labeled', { ...options, label })),
  ];
}

/**
 * A `push` event for a branch moving from `before` to its current head (the commits between
 * them, oldest first). `before` defaults to the head's first parent.
 */
export function pushEvent(sandbox: Sandbox, options: { branch?: string; before?: string; repo?: string; sender?: string } = {}): WorkflowEvent {
  const helper = sandbox.repo(options.repo);
  const branch = options.branch ?? helper.model.defaultBranch;
  const after = helper.branch(branch);
  if (!after) throw new Error(`no branch ${branch} in ${helper.fullName}`);
  const history = helper.commits({ ref: after });
  const before = options.before ?? history[0]?.parents[0] ?? '0000000000000000000000000000000000000000';
  const stop = history.findIndex((c) => c.sha === before);
  const pushed = (stop < 0 ? history : history.slice(0, stop)).reverse();
  const sender = options.sender ?? 'alice';
  const senderJson = sandbox.json.user(sender);
  const { repository, ...rest } = envelope(sandbox, options.repo, sender);
  const repo = repository as Json;
  const html = String(repo.html_url);
  // A push payload lists at most 2,048 commits (GITHUB-RULES.md row 15): here the newest, so
  // that `head_commit` stays the head.
  const commits = pushed.slice(-MAX_PUSH_COMMITS).map((commit) => {
    const added: string[] = [];
    const removed: string[] = [];
    const modified: string[] = [];
    const parentTree = commit.parents[0] ? helper.model.git.getCommit(commit.parents[0])!.tree : helper.model.git.emptyTree;
    for (const change of helper.model.git.changedPaths(parentTree, helper.model.git.getCommit(commit.sha)!.tree)) {
      (change.status === 'added' ? added : change.status === 'removed' ? removed : modified).push(change.path);
    }
    const git = helper.model.git.getCommit(commit.sha)!;
    return {
      id: commit.sha,
      tree_id: git.tree,
      distinct: true,
      message: commit.message,
      timestamp: commit.date,
      url: `${html}/commit/${commit.sha}`,
      author: { name: git.author.name, email: git.author.email, date: git.author.date },
      committer: { name: git.committer.name, email: git.committer.email, date: git.committer.date },
      added,
      removed,
      modified,
    };
  });
  const payload: Json = {
    ref: `refs/heads/${branch}`,
    before,
    after,
    // Push payloads carry times as epoch seconds in `repository`.
    repository: { ...repo, pushed_at: Math.floor(Date.parse(String(repo.pushed_at)) / 1000), created_at: Math.floor(Date.parse(String(repo.created_at)) / 1000), stargazers: 0, master_branch: repo.default_branch },
    pusher: { name: sender, email: null },
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${html}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits[commits.length - 1] ?? null,
    ...rest,
    sender: senderJson,
  };
  return event('push', 'webhook-push', payload);
}

/** A `schedule` event (GitHub sends only the cron expression). */
export function scheduleEvent(sandbox: Sandbox, options: { cron?: string; repo?: string } = {}): WorkflowEvent {
  // There is no webhook schema for schedule: Actions alone delivers it, with the repository.
  return event('schedule', undefined, { schedule: options.cron ?? '*/15 * * * *', repository: sandbox.json.repository(options.repo) });
}

/** A `workflow_dispatch` event with its inputs. */
export function workflowDispatchEvent(
  sandbox: Sandbox,
  options: { inputs?: Record<string, string>; ref?: string; repo?: string; sender?: string; workflow?: string } = {},
): WorkflowEvent {
  const repo = sandbox.repo(options.repo);
  const payload: Json = {
    inputs: options.inputs ?? {},
    ref: options.ref ?? `refs/heads/${repo.model.defaultBranch}`,
    workflow: options.workflow ?? '.github/workflows/sitrep.yml',
    ...envelope(sandbox, options.repo, options.sender ?? 'alice'),
  };
  return event('workflow_dispatch', 'webhook-workflow-dispatch', payload);
}

/**
 * The `repository_dispatch` event GitHub sends for a dispatch the sandbox recorded: the last one
 * unless `index` says which (`repo.dispatches()` lists them).
 */
export function repositoryDispatchEvent(sandbox: Sandbox, options: { index?: number; repo?: string } = {}): WorkflowEvent {
  const repo = sandbox.repo(options.repo);
  const dispatches = repo.dispatches();
  const dispatch = dispatches[options.index ?? dispatches.length - 1];
  if (!dispatch) throw new Error(`no repository dispatch recorded on ${repo.fullName}${options.index === undefined ? '' : ` at index ${options.index}`}`);
  const payload: Json = {
    action: dispatch.eventType,
    branch: repo.model.defaultBranch,
    client_payload: dispatch.clientPayload,
    ...envelope(sandbox, options.repo, dispatch.sender),
    // GitHub delivers it through the installation that owns the token.
    installation: { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' },
  };
  return event('repository_dispatch', 'webhook-repository-dispatch-sample', payload);
}
