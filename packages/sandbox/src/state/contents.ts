/** Git refs and contents of a sandbox repository: resolving refs, reading files, committing, moving and deleting branches. */
import { GitHubError, notFound } from '../errors.js';
import { branchRaceError } from '../rules.js';
import { isSha, type CommitObject, type GitIdentity, type TreeChange } from '../git.js';
import type { Account, Repo } from '../model.js';
import type { SandboxState } from '../state.js';
import { markClosed } from './issues.js';

/** A file read from a branch or commit. */
export interface FileAtRef {
  path: string;
  sha: string;
  content: Buffer;
  /** The commit the file was read at. */
  commitSha: string;
}

/** A file change for {@link SandboxState.commitFiles}; `content: null` deletes the file. */
export interface FileWrite {
  path: string;
  content: string | Buffer | null;
}

/** Resolves a branch, tag, `heads/x`, `refs/heads/x` or commit sha to a commit sha. */
export function resolveCommitish(state: SandboxState, repo: Repo, ref: string): string | undefined {
  const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
  for (const candidate of candidates) {
    const sha = repo.git.refs.get(candidate);
    if (sha) return sha;
  }
  if (isSha(ref) && repo.git.getCommit(ref)) return ref;
  return undefined;
}

/** Reads a file at a ref (default branch when omitted); undefined when absent. */
export function readFile(state: SandboxState, repo: Repo, path: string, ref?: string): FileAtRef | undefined {
  const commitSha = state.resolveCommitish(repo, ref ?? repo.defaultBranch);
  if (!commitSha) return undefined;
  const commit = repo.git.getCommit(commitSha)!;
  const entry = repo.git.lookup(commit.tree, path);
  if (!entry || entry.type !== 'blob') return undefined;
  const blob = repo.git.getBlob(entry.sha)!;
  return { path, sha: blob.sha, content: blob.content, commitSha };
}

/** The identity git records for an account's API commits. */
export function identity(state: SandboxState, account: Account): GitIdentity {
  return {
    name: account.type === 'User' ? account.name ?? account.login : account.login,
    email: account.email ?? `${account.id}+${account.login}@users.noreply.github.com`,
    date: state.now(),
  };
}

/**
 * Commits file changes on a branch as `actor` (write access). With `expectedHead`, fails with
 * 409 when the branch moved (compare-and-swap on the branch). Creates the branch when
 * `create` is set and it does not exist yet (starting from `from` or the default branch).
 */
export function commitFiles(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  change: { branch: string; message: string; files: FileWrite[]; expectedHead?: string; author?: GitIdentity; committer?: GitIdentity },
): CommitObject {
  state.requireAccess(repo, actor, 'write');
  return writeCommit(state, repo, actor, change);
}

export function writeCommit(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  change: { branch: string; message: string; files: FileWrite[]; expectedHead?: string; create?: boolean; author?: GitIdentity; committer?: GitIdentity },
): CommitObject {
  const refName = `refs/heads/${change.branch}`;
  const head = repo.git.refs.get(refName);
  if (!head && !change.create) throw notFound(`Branch ${change.branch} not found`);
  if (change.expectedHead !== undefined && head !== change.expectedHead) {
    // GitHub's answer to the loser of two writes to one branch (GITHUB-RULES.md row 5).
    throw branchRaceError(change.branch, head ?? '0000000000000000000000000000000000000000', change.expectedHead);
  }
  const baseTree = head ? repo.git.getCommit(head)!.tree : undefined;
  const treeChanges: TreeChange[] = change.files.map((file) =>
    file.content === null ? { path: file.path, sha: null } : { path: file.path, sha: repo.git.writeBlob(file.content).sha, mode: '100644' },
  );
  const tree = repo.git.applyChanges(baseTree, treeChanges);
  const author = change.author ?? state.identity(actor);
  const commit = repo.git.writeCommit({
    tree: tree.sha,
    parents: head ? [head] : [],
    author,
    committer: change.committer ?? author,
    message: change.message,
  });
  state.moveBranch(repo, change.branch, commit.sha);
  return commit;
}

/** Points a branch at a commit and keeps open pull requests from it in step. */
export function moveBranch(state: SandboxState, repo: Repo, branch: string, sha: string): void {
  repo.git.refs.set(`refs/heads/${branch}`, sha);
  repo.pushedAt = state.now();
  for (const issue of repo.issues.values()) {
    if (issue.pull && issue.state === 'open' && issue.pull.headRef === branch) issue.pull.headSha = sha;
  }
}

/**
 * Deletes a branch (write access). Open pull requests from it are closed, as GitHub closes them
 * when their head branch goes away.
 */
export function deleteBranch(state: SandboxState, repo: Repo, actor: Account, branch: string): void {
  state.requireAccess(repo, actor, 'write');
  if (!repo.git.refs.delete(`refs/heads/${branch}`)) throw new GitHubError(422, 'Reference does not exist');
  for (const issue of repo.issues.values()) {
    if (issue.pull && issue.state === 'open' && issue.pull.headRef === branch) markClosed(state, issue, actor, 'completed', null);
  }
}
