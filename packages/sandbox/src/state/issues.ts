/** Sandbox issues: creating, editing, closing and reopening them, their labels and assignees. */
import { forbidden, notFound, validationFailed } from '../errors.js';
import { nodeId } from '../ids.js';
import { atLeast, type Account, type Issue, type IssueRef, type Label, type Repo, type StateReason } from '../model.js';
import type { SandboxState } from '../state.js';
import { DEFAULT_LABEL_COLOR, labelsFor } from './labels.js';
import { MAX_ASSIGNEES, requireTitleLength } from '../rules.js';
import { requireBodyLength } from './limits.js';
import { addTimelineEvent, recordReferences } from './timeline.js';

/** An issue or pull request by number; 404 when absent. */
export function issue(state: SandboxState, repo: Repo, number: number): Issue {
  const issue = repo.issues.get(number);
  if (!issue) throw notFound();
  return issue;
}

/** A pull request by number; 404 when absent or an issue. */
export function pull(state: SandboxState, repo: Repo, number: number): Issue & { pull: NonNullable<Issue['pull']> } {
  const issue = repo.issues.get(number);
  if (!issue?.pull) throw notFound();
  return issue as Issue & { pull: NonNullable<Issue['pull']> };
}

/**
 * Users GitHub lets be assigned: members with a role on the repository and, on any repository,
 * the issue's participants (author and commenters). Bots never.
 */
export function isAssignable(state: SandboxState, repo: Repo, login: string, issue?: Issue): boolean {
  const account = state.findAccount(login);
  if (!account || account.type !== 'User') return false;
  if (repo.grants.has(account.login.toLowerCase()) || account.login.toLowerCase() === repo.owner.toLowerCase()) return true;
  if (!issue) return false;
  if (issue.author.toLowerCase() === account.login.toLowerCase()) return true;
  return issue.commentIds.some((id) => repo.comments.get(id)?.author.toLowerCase() === account.login.toLowerCase());
}

/**
 * Opens an issue (read access). As on GitHub, labels and assignees from an author without
 * triage access are silently dropped, unassignable assignees are silently dropped, and unknown
 * labels are created.
 */
export function createIssue(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  input: { title: string; body?: string | null | undefined; labels?: string[] | undefined; assignees?: string[] | undefined },
): Issue {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  if (input.title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  requireTitleLength('Issue', input.title);
  requireBodyLength('Issue', input.body);
  const canTriage = atLeast(state.permission(repo, actor.login), 'triage');
  const labels = canTriage ? labelsFor(state, repo, actor, input.labels ?? []) : [];
  const issue = newIssue(state, repo, actor, input.title, input.body ?? null);
  for (const label of labels) applyLabel(state, issue, actor, label);
  if (canTriage) {
    for (const login of unique(input.assignees ?? [])) {
      if (issue.assignees.length >= MAX_ASSIGNEES) break;
      if (state.isAssignable(repo, login, issue)) assignLogin(state, issue, actor, state.account(login).login);
    }
  }
  recordReferences(state, repo, issue, actor, issue.body ?? '');
  return issue;
}

export function newIssue(state: SandboxState, repo: Repo, actor: Account, title: string, body: string | null): Issue {
  const id = state.ids.next();
  const now = state.now();
  const issue: Issue = {
    id,
    nodeId: nodeId('I', id),
    number: repo.nextNumber++,
    title,
    body,
    author: actor.login,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    locked: false,
    commentIds: [],
    reactions: [],
    timeline: [],
    pull: null,
    pullId: null,
    pullNodeId: null,
  };
  repo.issues.set(issue.number, issue);
  repo.updatedAt = now;
  return issue;
}

/** Whether `actor` may edit an issue's title, body and state: its author, or triage and up. */
export function canEditIssue(state: SandboxState, repo: Repo, issue: Issue, actor: Account): boolean {
  return issue.author.toLowerCase() === actor.login.toLowerCase() || atLeast(state.permission(repo, actor.login), 'triage');
}

/** What an issue update may change, as `PATCH /repos/{owner}/{repo}/issues/{n}` takes it. */
export interface IssueUpdate {
  title?: string | undefined;
  body?: string | null | undefined;
  state?: 'open' | 'closed' | undefined;
  state_reason?: StateReason | 'duplicate' | undefined;
  labels?: string[] | undefined;
  assignees?: string[] | undefined;
}

/**
 * Updates an issue. Title, body and state need authorship or triage; labels and assignees need
 * triage and are silently ignored otherwise, as GitHub documents. Invalid assignees fail 422.
 */
export function updateIssue(state: SandboxState, repo: Repo, actor: Account, number: number, input: IssueUpdate): Issue {
  state.requireAccess(repo, actor, 'read');
  const issue = state.issue(repo, number);
  const editsContent = input.title !== undefined || input.body !== undefined || input.state !== undefined;
  if (editsContent && !canEditIssue(state, repo, issue, actor)) {
    throw actor.type === 'Bot' ? forbidden('Resource not accessible by integration') : forbidden('Must have admin rights to Repository.');
  }
  const canTriage = atLeast(state.permission(repo, actor.login), 'triage');
  if (input.assignees !== undefined && canTriage) {
    const invalid = input.assignees.filter((login) => !state.isAssignable(repo, login, issue));
    if (invalid.length > 0) {
      throw validationFailed(invalid.map((value) => ({ resource: 'Issue', code: 'invalid', field: 'assignees', value })));
    }
  }
  if (input.title !== undefined && input.title !== issue.title) {
    if (input.title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
    requireTitleLength(issue.pull ? 'PullRequest' : 'Issue', input.title);
    addTimelineEvent(state, issue, actor, { event: 'renamed', from: issue.title, to: input.title });
    issue.title = input.title;
  }
  if (input.body !== undefined && input.body !== issue.body) {
    requireBodyLength(issue.pull ? 'PullRequest' : 'Issue', input.body);
    issue.body = input.body;
    recordReferences(state, repo, issue, actor, input.body ?? '');
  }
  if (input.labels !== undefined && canTriage) state.setLabels(repo, actor, number, input.labels);
  if (input.assignees !== undefined && canTriage) {
    const wanted = unique(input.assignees.map((login) => state.account(login).login)).slice(0, MAX_ASSIGNEES);
    for (const login of [...issue.assignees]) if (!wanted.includes(login)) unassignLogin(state, issue, actor, login);
    for (const login of wanted) if (!issue.assignees.includes(login)) assignLogin(state, issue, actor, login);
  }
  if (input.state === 'closed' && issue.state === 'open') {
    const reason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    markClosed(state, issue, actor, reason, null);
  } else if (input.state === 'open' && issue.state === 'closed') {
    if (issue.pull?.merged) throw validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request has been merged.' }]);
    markReopened(state, issue, actor);
  } else if (input.state === undefined && input.state_reason !== undefined && issue.state === 'closed' && input.state_reason !== 'reopened') {
    issue.stateReason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
  }
  issue.updatedAt = state.now();
  return issue;
}

/** Closes an issue (author or triage). */
export function closeIssue(state: SandboxState, repo: Repo, actor: Account, number: number, reason: 'completed' | 'not_planned' = 'completed'): Issue {
  return state.updateIssue(repo, actor, number, { state: 'closed', state_reason: reason });
}

/** Reopens an issue (author or triage). */
export function reopenIssue(state: SandboxState, repo: Repo, actor: Account, number: number): Issue {
  return state.updateIssue(repo, actor, number, { state: 'open' });
}

export function markClosed(state: SandboxState, issue: Issue, actor: Account, reason: 'completed' | 'not_planned', commitId: string | null, closer?: IssueRef): void {
  const now = state.now();
  issue.state = 'closed';
  issue.stateReason = reason;
  issue.closedAt = now;
  issue.closedBy = actor.login;
  issue.updatedAt = now;
  addTimelineEvent(state, issue, actor, { event: 'closed', stateReason: reason, commitId, ...(closer ? { closer } : {}) });
}

export function markReopened(state: SandboxState, issue: Issue, actor: Account): void {
  issue.state = 'open';
  issue.stateReason = 'reopened';
  issue.closedAt = null;
  issue.closedBy = null;
  issue.updatedAt = state.now();
  addTimelineEvent(state, issue, actor, { event: 'reopened' });
}

/** Adds labels to an issue (triage), creating unknown ones; returns the issue's labels. */
export function addLabels(state: SandboxState, repo: Repo, actor: Account, number: number, names: string[]): Label[] {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  for (const label of labelsFor(state, repo, actor, names)) applyLabel(state, issue, actor, label);
  return state.issueLabels(repo, issue);
}

/** Replaces an issue's labels (triage); returns the issue's labels. */
export function setLabels(state: SandboxState, repo: Repo, actor: Account, number: number, names: string[]): Label[] {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  const wanted = labelsFor(state, repo, actor, names);
  for (const name of [...issue.labels]) {
    if (!wanted.some((l) => l.name === name)) unapplyLabel(state, repo, issue, actor, name);
  }
  for (const label of wanted) applyLabel(state, issue, actor, label);
  return state.issueLabels(repo, issue);
}

/** Removes one label (triage); 404 `Label does not exist` when the issue does not carry it. */
export function removeLabel(state: SandboxState, repo: Repo, actor: Account, number: number, name: string): Label[] {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  const label = state.findLabel(repo, name);
  if (!label || !issue.labels.includes(label.name)) throw notFound('Label does not exist');
  unapplyLabel(state, repo, issue, actor, label.name);
  return state.issueLabels(repo, issue);
}

/** Removes every label from an issue (triage). */
export function removeAllLabels(state: SandboxState, repo: Repo, actor: Account, number: number): void {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  for (const name of [...issue.labels]) unapplyLabel(state, repo, issue, actor, name);
}

/** The label objects an issue carries, in the order applied. */
export function issueLabels(state: SandboxState, repo: Repo, issue: Issue): Label[] {
  return issue.labels.map((name) => state.findLabel(repo, name)).filter((l): l is Label => l !== undefined);
}

export function applyLabel(state: SandboxState, issue: Issue, actor: Account, label: Label): void {
  if (issue.labels.includes(label.name)) return;
  issue.labels.push(label.name);
  issue.updatedAt = state.now();
  addTimelineEvent(state, issue, actor, { event: 'labeled', label: { name: label.name, color: label.color } });
}

export function unapplyLabel(state: SandboxState, repo: Repo, issue: Issue, actor: Account, name: string): void {
  const label = state.findLabel(repo, name);
  issue.labels = issue.labels.filter((l) => l !== name);
  issue.updatedAt = state.now();
  addTimelineEvent(state, issue, actor, { event: 'unlabeled', label: { name, color: label?.color ?? DEFAULT_LABEL_COLOR } });
}

/** Adds assignees (triage), silently skipping users who cannot be assigned, as GitHub does. */
export function addAssignees(state: SandboxState, repo: Repo, actor: Account, number: number, logins: string[]): Issue {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  for (const login of unique(logins)) {
    if (issue.assignees.length >= MAX_ASSIGNEES) break;
    if (state.isAssignable(repo, login, issue)) assignLogin(state, issue, actor, state.account(login).login);
  }
  return issue;
}

/** Removes assignees (triage); logins not assigned are ignored. */
export function removeAssignees(state: SandboxState, repo: Repo, actor: Account, number: number, logins: string[]): Issue {
  state.requireAccess(repo, actor, 'triage');
  const issue = state.issue(repo, number);
  for (const login of logins) {
    const assigned = issue.assignees.find((a) => a.toLowerCase() === login.toLowerCase());
    if (assigned) unassignLogin(state, issue, actor, assigned);
  }
  return issue;
}

export function assignLogin(state: SandboxState, issue: Issue, actor: Account, login: string): void {
  if (issue.assignees.includes(login)) return;
  issue.assignees.push(login);
  issue.updatedAt = state.now();
  addTimelineEvent(state, issue, actor, { event: 'assigned', assignee: login });
}

export function unassignLogin(state: SandboxState, issue: Issue, actor: Account, login: string): void {
  issue.assignees = issue.assignees.filter((a) => a !== login);
  issue.updatedAt = state.now();
  addTimelineEvent(state, issue, actor, { event: 'unassigned', assignee: login });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
