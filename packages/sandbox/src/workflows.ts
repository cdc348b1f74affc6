/**
 * How GitHub Actions starts workflow runs, as far as sitrep meets it (GITHUB-RULES.md rows 1, 3,
 * 13, 14, 15): which events start a run at all, the one pending run a concurrency group keeps, the
 * state of a repository's workflows, and the files a path filter sees. The sandbox does not run
 * workflows; tests use these rules to decide which runs to start, in which order.
 */
import { parse as parseYaml } from 'yaml';
import { BOT_LOGIN, type Repo } from './model.js';
import { MAX_PATH_FILTER_FILES, type WorkflowState } from './rules.js';
import type { SandboxState } from './state.js';

/** Events the workflow token causes that still start workflow runs. */
const TOKEN_EVENTS_THAT_RUN = new Set(['workflow_dispatch', 'repository_dispatch']);

/**
 * Whether an event starts a workflow run (row 1): one caused by the workflow's own `GITHUB_TOKEN`
 * (`github-actions[bot]`) starts none, except `workflow_dispatch` and `repository_dispatch`. An
 * App token's events (`<app>[bot]`) and people's do.
 */
export function startsWorkflowRun(eventName: string, causedBy: string): boolean {
  if (causedBy.toLowerCase() !== BOT_LOGIN) return true;
  return TOKEN_EVENTS_THAT_RUN.has(eventName);
}

/** The files an `on.push.paths` / `on.pull_request.paths` filter sees: the first 300 of the diff (row 15). */
export function pathFilterFiles(files: readonly string[]): string[] {
  return files.slice(0, MAX_PATH_FILTER_FILES);
}

/** A run's fate in its concurrency group. */
export type RunStatus = 'running' | 'pending' | 'cancelled' | 'completed';

/**
 * Concurrency groups as GitHub plays them (row 13): at most one running and one pending run per
 * group. A new run waits while one runs; it replaces (cancels) the run already pending. With
 * `cancel-in-progress: true`, it cancels the running one instead and starts at once.
 */
export class ConcurrencyGroups {
  readonly #running = new Map<string, string>();
  readonly #pending = new Map<string, string>();
  readonly #status = new Map<string, RunStatus>();

  /** Queues a run in a group; returns its status right after. */
  queue(group: string, runId: string, options: { cancelInProgress?: boolean } = {}): RunStatus {
    if (this.#status.has(runId)) throw new Error(`run ${runId} was already queued`);
    const running = this.#running.get(group);
    if (running === undefined) return this.#start(group, runId);
    if (options.cancelInProgress) {
      this.#status.set(running, 'cancelled');
      const pending = this.#pending.get(group);
      if (pending !== undefined) this.#status.set(pending, 'cancelled');
      this.#pending.delete(group);
      return this.#start(group, runId);
    }
    const pending = this.#pending.get(group);
    if (pending !== undefined) this.#status.set(pending, 'cancelled');
    this.#pending.set(group, runId);
    this.#status.set(runId, 'pending');
    return 'pending';
  }

  /** Marks a running run completed; the group's pending run, if any, starts. Returns the run that started. */
  complete(runId: string): string | undefined {
    for (const [group, running] of this.#running) {
      if (running !== runId) continue;
      this.#status.set(runId, 'completed');
      this.#running.delete(group);
      const next = this.#pending.get(group);
      this.#pending.delete(group);
      if (next !== undefined) this.#start(group, next);
      return next;
    }
    throw new Error(`run ${runId} is not running`);
  }

  status(runId: string): RunStatus | undefined {
    return this.#status.get(runId);
  }

  #start(group: string, runId: string): RunStatus {
    this.#running.set(group, runId);
    this.#status.set(runId, 'running');
    return 'running';
  }
}

/** A workflow of a repository, as `GET /repos/{o}/{r}/actions/workflows` lists it. */
export interface WorkflowInfo {
  id: number;
  path: string;
  name: string;
  state: WorkflowState;
  hasSchedule: boolean;
}

/** Days without activity after which GitHub disables a public repository's scheduled workflows. */
export const INACTIVITY_DAYS = 60;

const workflowIds = new WeakMap<Repo, Map<string, number>>();

/**
 * The workflows in `.github/workflows/` on the default branch (row 14). A workflow's state is the
 * one its settings name (`workflowStates`, by file name); otherwise a workflow with a `schedule`
 * trigger in a public repository nobody pushed to for 60 days is `disabled_inactivity`, and any
 * other is `active`.
 */
export function workflowsOf(state: SandboxState, repo: Repo): WorkflowInfo[] {
  const head = state.resolveCommitish(repo, repo.defaultBranch);
  if (!head) return [];
  const dir = repo.git.lookup(repo.git.getCommit(head)!.tree, '.github/workflows');
  if (!dir || dir.type !== 'tree') return [];
  let ids = workflowIds.get(repo);
  if (!ids) workflowIds.set(repo, (ids = new Map()));
  const inactive = !repo.private && state.clock.nowMs() - Date.parse(repo.pushedAt) > INACTIVITY_DAYS * 86_400_000;
  const found: WorkflowInfo[] = [];
  for (const entry of repo.git.getTree(dir.sha)!.entries) {
    if (entry.type !== 'blob' || !/\.ya?ml$/.test(entry.name)) continue;
    const path = `.github/workflows/${entry.name}`;
    let id = ids.get(path);
    if (id === undefined) ids.set(path, (id = state.ids.next()));
    let parsed: { name?: unknown; on?: unknown } = {};
    try {
      parsed = (parseYaml(repo.git.getBlob(entry.sha)!.content.toString('utf8')) ?? {}) as typeof parsed;
    } catch {
      // GitHub still lists a workflow it cannot parse, under its path.
    }
    const on = parsed.on;
    const hasSchedule = on !== null && typeof on === 'object' && 'schedule' in on;
    const explicit = repo.settings.workflowStates[entry.name];
    const stateOf: WorkflowState = explicit ?? (hasSchedule && inactive ? 'disabled_inactivity' : 'active');
    found.push({ id, path, name: typeof parsed.name === 'string' ? parsed.name : path, state: stateOf, hasSchedule });
  }
  return found;
}
