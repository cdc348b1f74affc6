/**
 * Merged pull requests in the past, with the merge time given: the history the suspect changes
 * read (SPEC 8). Each is made as a person would make it (a branch, a commit, a pull request, a
 * merge), with the clock set to the time and put back afterwards, so every timestamp, timeline
 * event and search agrees.
 */
import { SandboxUsageError } from './errors.js';
import { atLeast, type Repo } from './model.js';
import type { SandboxState } from './state.js';

/** A pull request to record as merged at `mergedAt`. */
export interface MergedPullSpec {
  title: string;
  body?: string;
  /** Login of the author (default `bob`); it must be able to push. */
  author?: string;
  /** Login of who merged it (default alice, an admin); it also pushes the branch when the author cannot. */
  mergedBy?: string;
  /** RFC 3339 time of the merge; the pull request is opened ten minutes earlier. */
  mergedAt: string;
  /** path → content changed on its branch (default one file named after the pull request). */
  files?: Record<string, string>;
}

const OPENED_BEFORE_MS = 10 * 60_000;

/** Opens and merges a pull request at the given time; returns its number. */
export function addMergedPull(state: SandboxState, repo: Repo, spec: MergedPullSpec): number {
  const mergedAt = Date.parse(spec.mergedAt);
  if (Number.isNaN(mergedAt)) throw new SandboxUsageError(`merged pull request "${spec.title}": merged_at ${spec.mergedAt} is not a time`);
  const author = state.account(spec.author ?? 'bob');
  const merger = state.account(spec.mergedBy ?? 'alice');
  // Someone without push access would open it from a fork; here the merger pushes the branch.
  const pusher = atLeast(state.permission(repo, author.login), 'write') ? author : merger;
  const saved = state.clock.now();
  try {
    state.clock.set(mergedAt - OPENED_BEFORE_MS);
    let branch = `history/${repo.issues.size + 1}`;
    for (let n = 2; repo.git.refs.has(`refs/heads/${branch}`); n++) branch = `history/${repo.issues.size + 1}-${n}`;
    const base = repo.defaultBranch;
    state.moveBranch(repo, branch, state.resolveCommitish(repo, base)!);
    const files = spec.files ?? { [`changes/${branch.replace('/', '-')}.md`]: `${spec.title}\n` };
    state.commitFiles(repo, pusher, {
      branch,
      message: spec.title,
      files: Object.entries(files).map(([path, content]) => ({ path, content })),
    });
    const pull = state.createPull(repo, author, { title: spec.title, head: branch, base, ...(spec.body ? { body: spec.body } : {}) });
    state.clock.set(mergedAt);
    state.mergePull(repo, merger, pull.number, {});
    return pull.number;
  } finally {
    state.clock.set(saved);
  }
}
