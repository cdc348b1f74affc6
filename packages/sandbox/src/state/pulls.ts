/** Sandbox pull requests: opening, editing, review requests, changed files and merging. */
import { GitHubError, conflict, validationFailed, type ValidationErrorItem } from '../errors.js';
import { GitStore, type TreeChange } from '../git.js';
import { nodeId } from '../ids.js';
import { atLeast, type Account, type Issue, type Repo } from '../model.js';
import { findClosingReferences } from '../references.js';
import type { SandboxState } from '../state.js';
import { markClosed, newIssue } from './issues.js';
import { requireTitleLength } from '../rules.js';
import { requireBodyLength } from './limits.js';
import { addTimelineEvent, recordReferences } from './timeline.js';

/**
 * Opens a pull request from `head` (`branch` or `owner:branch`) into `base`. Fails 422 as GitHub
 * does for an unknown branch, for no commits between them, and when an open pull request from
 * that head already exists.
 */
export function createPull(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  input: { title: string; head: string; base: string; body?: string | null | undefined; draft?: boolean | undefined },
): Issue {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const headBranch = input.head.includes(':') ? input.head.slice(input.head.indexOf(':') + 1) : input.head;
  const headOwner = input.head.includes(':') ? input.head.slice(0, input.head.indexOf(':')) : repo.owner;
  if (headOwner.toLowerCase() !== repo.owner.toLowerCase()) {
    throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'head' }]);
  }
  const headSha = repo.git.refs.get(`refs/heads/${headBranch}`);
  const baseSha = repo.git.refs.get(`refs/heads/${input.base}`);
  const errors: ValidationErrorItem[] = [];
  if (!baseSha) errors.push({ resource: 'PullRequest', code: 'invalid', field: 'base' });
  if (!headSha) errors.push({ resource: 'PullRequest', code: 'invalid', field: 'head' });
  if (errors.length > 0) throw validationFailed(errors);
  const existing = [...repo.issues.values()].find((i) => i.pull && i.state === 'open' && i.pull.headRef === headBranch && i.pull.baseRef === input.base);
  if (existing) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${headBranch}.` }]);
  }
  if (repo.git.isAncestor(headSha!, baseSha!)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${input.base} and ${headBranch}` }]);
  }
  if (input.title.trim() === '') throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]);
  requireTitleLength('PullRequest', input.title);
  requireBodyLength('PullRequest', input.body);
  const issue = newIssue(state, repo, actor, input.title, input.body ?? null);
  const pullId = state.ids.next();
  issue.pullId = pullId;
  issue.pullNodeId = nodeId('PR', pullId);
  issue.pull = {
    headRef: headBranch,
    headSha: headSha!,
    baseRef: input.base,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    requestedReviewers: [],
    draft: input.draft ?? false,
  };
  recordReferences(state, repo, issue, actor, issue.body ?? '');
  return issue;
}

/** Updates a pull request's title, body, state or base (author or write access). */
export function updatePull(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  number: number,
  input: { title?: string | undefined; body?: string | null | undefined; state?: 'open' | 'closed' | undefined; base?: string | undefined },
): Issue {
  const pull = state.pull(repo, number);
  if (pull.author.toLowerCase() !== actor.login.toLowerCase()) state.requireAccess(repo, actor, 'write');
  else state.requireAccess(repo, actor, 'read');
  if (input.base !== undefined && input.base !== pull.pull.baseRef) {
    if (!repo.git.refs.has(`refs/heads/${input.base}`)) throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
    pull.pull.baseRef = input.base;
  }
  if (input.state === 'open' && pull.state === 'closed' && !pull.pull.merged) {
    const duplicate = [...repo.issues.values()].find((i) => i !== pull && i.pull && i.state === 'open' && i.pull.headRef === pull.pull.headRef);
    if (duplicate) {
      throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${pull.pull.headRef}.` }]);
    }
  }
  const { base: _base, ...issueFields } = input;
  return state.updateIssue(repo, actor, number, issueFields);
}

/** Requests reviews (triage). Reviewers must be collaborators and not the author (422). */
export function requestReviewers(state: SandboxState, repo: Repo, actor: Account, number: number, reviewers: string[]): Issue {
  state.requireAccess(repo, actor, 'triage');
  const pull = state.pull(repo, number);
  if (reviewers.some((login) => login.toLowerCase() === pull.author.toLowerCase())) {
    throw validationFailed([], 'Review cannot be requested from pull request author.');
  }
  const notCollaborators = reviewers.filter((login) => {
    const account = state.findAccount(login);
    return !account || account.type !== 'User' || !atLeast(state.permission(repo, account.login), 'read') || !repo.grants.has(account.login.toLowerCase());
  });
  if (notCollaborators.length > 0) {
    throw validationFailed(
      [],
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
    );
  }
  for (const login of reviewers) {
    const canonical = state.account(login).login;
    if (pull.pull.requestedReviewers.includes(canonical)) continue;
    pull.pull.requestedReviewers.push(canonical);
    addTimelineEvent(state, pull, actor, { event: 'review_requested', reviewer: canonical });
  }
  pull.updatedAt = state.now();
  return pull;
}

/** Files a pull request changes: its head against the merge base with its base. */
export function pullFiles(state: SandboxState, repo: Repo, pull: Issue & { pull: NonNullable<Issue['pull']> }): ReturnType<GitStore['diffTrees']> {
  const baseTip = pull.pull.merged ? undefined : repo.git.refs.get(`refs/heads/${pull.pull.baseRef}`);
  const head = pull.pull.headSha;
  const base = baseTip ? repo.git.mergeBase(baseTip, head) : mergedBase(state, repo, pull);
  const baseTree = base ? repo.git.getCommit(base)!.tree : repo.git.emptyTree;
  return repo.git.diffTrees(baseTree, repo.git.getCommit(head)!.tree);
}

export function mergedBase(state: SandboxState, repo: Repo, pull: Issue & { pull: NonNullable<Issue['pull']> }): string | undefined {
  const mergeCommit = pull.pull.mergeCommitSha ? repo.git.getCommit(pull.pull.mergeCommitSha) : undefined;
  const firstParent = mergeCommit?.parents[0];
  return firstParent ? repo.git.mergeBase(firstParent, pull.pull.headSha) : undefined;
}

/**
 * Merges a pull request (write access). `merge` makes a merge commit, `squash` one commit,
 * `rebase` fast-forwards when it can. A stale `sha` fails 409 and a closed or conflicting pull
 * request 405, as GitHub does. Issues the body closes (`Fixes #3`) are closed.
 */
export function mergePull(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  number: number,
  input: { merge_method?: 'merge' | 'squash' | 'rebase' | undefined; commit_title?: string | undefined; commit_message?: string | undefined; sha?: string | undefined } = {},
): { sha: string; message: string } {
  state.requireAccess(repo, actor, 'write');
  const pull = state.pull(repo, number);
  if (pull.state !== 'open' || pull.pull.merged) throw new GitHubError(405, 'Pull Request is not mergeable');
  if (input.sha !== undefined && input.sha !== pull.pull.headSha) {
    throw conflict('Head branch was modified. Review and try the merge again.');
  }
  const baseRef = `refs/heads/${pull.pull.baseRef}`;
  const baseTip = repo.git.refs.get(baseRef);
  if (!baseTip) throw new GitHubError(405, 'Base branch was deleted');
  const head = pull.pull.headSha;
  const method = input.merge_method ?? 'merge';
  const tree = mergeTrees(state, repo, baseTip, head);
  if (tree === undefined) throw new GitHubError(405, 'Pull Request is not mergeable');
  const identity = state.identity(actor);
  const title = input.commit_title ?? (method === 'squash' ? `${pull.title} (#${pull.number})` : `Merge pull request #${pull.number} from ${repo.owner}/${pull.pull.headRef}`);
  const message = input.commit_message !== undefined ? `${title}\n\n${input.commit_message}` : method === 'merge' ? `${title}\n\n${pull.title}` : title;
  let sha: string;
  if (method === 'rebase' && repo.git.isAncestor(baseTip, head)) sha = head;
  else {
    const parents = method === 'merge' ? [baseTip, head] : [baseTip];
    sha = repo.git.writeCommit({ tree, parents, author: identity, committer: identity, message }).sha;
  }
  state.moveBranch(repo, pull.pull.baseRef, sha);
  const now = state.now();
  pull.pull.merged = true;
  pull.pull.mergedAt = now;
  pull.pull.mergedBy = actor.login;
  pull.pull.mergeCommitSha = sha;
  pull.pull.headSha = head;
  addTimelineEvent(state, pull, actor, { event: 'merged', commitId: sha });
  markClosed(state, pull, actor, 'completed', null);
  if (pull.pull.baseRef === repo.defaultBranch) {
    for (const ref of findClosingReferences(pull.body ?? '', repo.fullName)) {
      const target = state.findRepo(ref.repo)?.issues.get(ref.number);
      if (target && !target.pull && target.state === 'open' && ref.repo.toLowerCase() === repo.fullName.toLowerCase()) {
        markClosed(state, target, actor, 'completed', sha, { repo: repo.fullName, number: pull.number });
      }
    }
  }
  return { sha, message: 'Pull Request successfully merged' };
}

/**
 * Three-way merges the trees of `base` and `head` per file; undefined on a conflict (both sides
 * changed one file differently).
 */
export function mergeTrees(state: SandboxState, repo: Repo, base: string, head: string): string | undefined {
  const git = repo.git;
  const ancestor = git.mergeBase(base, head);
  const baseTree = git.getCommit(base)!.tree;
  const headTree = git.getCommit(head)!.tree;
  if (ancestor === head) return baseTree;
  if (ancestor === base) return headTree;
  const files = (tree: string) => new Map(git.flatten(tree).map((e) => [e.path, e]));
  const a = ancestor ? files(git.getCommit(ancestor)!.tree) : new Map<string, { sha: string; mode: string }>();
  const ours = files(baseTree);
  const theirs = files(headTree);
  const changes: TreeChange[] = [];
  for (const path of new Set([...ours.keys(), ...theirs.keys(), ...a.keys()])) {
    const o = ours.get(path)?.sha ?? null;
    const t = theirs.get(path)?.sha ?? null;
    const original = a.get(path)?.sha ?? null;
    if (o === t || t === original) continue;
    if (o !== original) return undefined;
    changes.push({ path, sha: t });
  }
  return git.applyChanges(baseTree, changes).sha;
}
