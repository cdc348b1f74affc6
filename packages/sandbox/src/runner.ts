/**
 * Runs the bundled action (`dist/index.js`) as a GitHub runner does: a child process with the
 * runner's environment, the event payload in a file, inputs as `INPUT_*` variables, and files for
 * outputs and the job summary. It talks to the sandbox over HTTP; nothing is mocked.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '@sitrep/shared/package-root';
import type { CounterSnapshot, RequestRecord, Sandbox } from './index.js';

/** The package root (where action.yml and dist/ live). */
export const REPO_ROOT = packageRoot();

/** Options of {@link runAction}. */
export interface RunActionOptions {
  sandbox: Sandbox;
  /** `GITHUB_EVENT_NAME` (`issues`, `issue_comment`, `schedule`, …). */
  eventName: string;
  /** The webhook payload (see events.ts). */
  payload: Record<string, unknown>;
  /**
   * Action inputs by their action.yml names (`token`, `dry-run`, …). Missing ones take their
   * action.yml defaults, as on a runner; `token` defaults to the sandbox's bot token.
   */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** Extra environment (`undefined` removes a variable). */
  env?: Record<string, string | undefined>;
  /** `GITHUB_REPOSITORY` (the sandbox's default repository when omitted). */
  repository?: string;
  /** `GITHUB_ACTOR` (the payload's sender when omitted). */
  actor?: string;
  /** Script to run instead of dist/index.js (tests of the harness itself). */
  script?: string;
  /** Kill the run after this long (default 60 s). */
  timeoutMs?: number;
  /** Sets `RUNNER_DEBUG=1`, which turns on `core.debug` output. */
  debug?: boolean;
}

/** What a run produced. */
export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Outputs written to `GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
  /** The job summary written to `GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** `::error::` / `::warning::` workflow commands printed during the run. */
  annotations: Array<{ level: 'error' | 'warning' | 'notice'; message: string }>;
  /** The sandbox requests made during the run. */
  requests: RequestRecord[];
  /** Counts of those requests by kind. */
  counters: Omit<CounterSnapshot, 'byOperation'> & { byOperation: Record<string, number> };
}

interface ActionYaml {
  inputs?: Record<string, { default?: string }>;
}

let actionInputs: Record<string, { default?: string }> | undefined;

function actionYamlInputs(): Record<string, { default?: string }> {
  if (!actionInputs) {
    const path = join(REPO_ROOT, 'action.yml');
    actionInputs = existsSync(path) ? ((parseYaml(readFileSync(path, 'utf8')) as ActionYaml).inputs ?? {}) : {};
  }
  return actionInputs;
}

/** The environment variable name a runner gives an input: upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a `GITHUB_OUTPUT` file: `name<<DELIMITER` heredocs (what @actions/core writes) and plain
 * `name=value` lines.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function annotationsOf(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)) {
    const message = match[2]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    found.push({ level: match[1] as 'error' | 'warning' | 'notice', message });
  }
  return found;
}

function countRequests(requests: RequestRecord[]): ActionRun['counters'] {
  const counters: ActionRun['counters'] = { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
  for (const r of requests) {
    counters.total++;
    if (r.kind === 'rest') {
      if (r.method === 'GET' || r.method === 'HEAD') counters.restRead++;
      else counters.restWrite++;
    } else if (r.operation?.startsWith('mutation')) counters.graphqlMutation++;
    else counters.graphqlQuery++;
    if (r.operation) counters.byOperation[r.operation] = (counters.byOperation[r.operation] ?? 0) + 1;
  }
  return counters;
}

/**
 * Runs the action against the sandbox and returns what it printed, output and requested.
 * The sandbox keeps serving while the child runs (the child is asynchronous).
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { sandbox } = options;
  const script = options.script ?? join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(script)) throw new Error(`${script} does not exist: run "npm run build" (the vitest global setup does)`);
  const repository = options.repository ?? sandbox.defaultRepo;
  const repo = sandbox.repo(repository);
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-run-'));
  try {
    const paths = {
      event: join(dir, 'event.json'),
      output: join(dir, 'output.txt'),
      summary: join(dir, 'summary.md'),
      env: join(dir, 'env.txt'),
      path: join(dir, 'path.txt'),
      state: join(dir, 'state.txt'),
      workspace: join(dir, 'workspace'),
      temp: join(dir, 'runner-temp'),
    };
    await writeFile(paths.event, JSON.stringify(options.payload, null, 2));
    for (const file of [paths.output, paths.summary, paths.env, paths.path, paths.state]) await writeFile(file, '');
    await mkdir(paths.workspace);
    await mkdir(paths.temp);

    const sender = (options.payload.sender as { login?: string } | undefined)?.login;
    const defaultBranch = repo.model.defaultBranch;
    const pullNumber = options.eventName === 'pull_request' ? (options.payload.number as number | undefined) : undefined;
    const pullRequest = options.payload.pull_request as { head?: { ref?: string; sha?: string }; base?: { ref?: string } } | undefined;
    const pushRef = options.eventName === 'push' ? (options.payload.ref as string | undefined) : undefined;
    const dispatchRef = options.eventName === 'workflow_dispatch' ? (options.payload.ref as string | undefined) : undefined;
    const ref = pullNumber !== undefined ? `refs/pull/${pullNumber}/merge` : pushRef ?? dispatchRef ?? `refs/heads/${defaultBranch}`;
    const sha =
      options.eventName === 'push'
        ? String(options.payload.after)
        : pullRequest?.head?.sha ?? repo.branch(defaultBranch) ?? '0000000000000000000000000000000000000000';

    // A runner's environment, built from scratch so the test process's own GITHUB_* cannot leak in.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
      GITHUB_REPOSITORY_ID: String(repo.model.id),
      GITHUB_API_URL: sandbox.url,
      GITHUB_GRAPHQL_URL: sandbox.graphqlUrl,
      GITHUB_SERVER_URL: sandbox.serverUrl,
      GITHUB_WORKSPACE: paths.workspace,
      GITHUB_RUN_ID: String(1_000_000 + (sandbox.lastRequestSeq % 1_000_000)),
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'sitrep',
      GITHUB_WORKFLOW: 'sitrep',
      GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/sitrep.yml@refs/heads/${defaultBranch}`,
      GITHUB_ACTION: 'sitrep',
      GITHUB_ACTOR: options.actor ?? sender ?? 'alice',
      GITHUB_TRIGGERING_ACTOR: options.actor ?? sender ?? 'alice',
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_BASE_REF: pullRequest?.base?.ref ?? '',
      GITHUB_HEAD_REF: pullRequest?.head?.ref ?? '',
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_ENV: paths.env,
      GITHUB_PATH: paths.path,
      GITHUB_STATE: paths.state,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'sandbox-runner',
      RUNNER_TEMP: paths.temp,
      RUNNER_TOOL_CACHE: paths.temp,
      ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
    };
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(actionYamlInputs())) {
      if (spec.default !== undefined && !/\$\{\{/.test(spec.default)) inputs[name] = spec.default;
    }
    inputs.token = sandbox.botToken;
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      if (value === undefined) delete inputs[name];
      else inputs[name] = String(value);
    }
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }

    const firstSeq = sandbox.lastRequestSeq;
    const result = await spawnNode(script, env, paths.workspace, options.timeoutMs ?? 60_000);
    const requests = sandbox.requestsSince(firstSeq);
    return {
      ...result,
      outputs: parseOutputFile(await readFile(paths.output, 'utf8')),
      summary: await readFile(paths.summary, 'utf8'),
      annotations: annotationsOf(result.stdout),
      requests,
      counters: countRequests(requests),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The Node.js that runs the built action and CLI in tests: `SITREP_TEST_NODE` when set (CI points
 * it at Node 24, the runtime `action.yml` declares), else the one running the tests.
 */
export function testNode(): string {
  return process.env.SITREP_TEST_NODE || process.execPath;
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(testNode(), [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[runAction] killed after ${timeoutMs} ms`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, stdout, stderr });
    });
  });
}
