/**
 * What the runner tells the action through its environment, read once at the start of a run and
 * passed down: no other module of the action reads `process.env`.
 */
export interface RunEnvironment {
  /** `issues`, `issue_comment`, `schedule`, `push`, `repository_dispatch` … */
  eventName: string;
  /** `owner/repo`. */
  repository: string;
  /** REST base URL; GraphQL is `<apiUrl>/graphql`. */
  apiUrl: string;
  /** Web base URL, for links to files and pull requests. */
  serverUrl: string;
  /** The checked-out repository, for validate, report and the status page. */
  workspace: string;
  eventPath: string | null;
  /** Who started the run (for workflow_dispatch). */
  actor: string | null;
  /** The workflow run, for links from the Log to where an alert was received. */
  runId: string | null;
  /** The whole environment, for notification channels that name their URL by variable. */
  variables: Readonly<Record<string, string | undefined>>;
}

/** Reads the runner's environment; fails with the variable's name when a required one is missing. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): RunEnvironment {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/]+\/[^/]+$/.test(repository)) throw new Error('GITHUB_REPOSITORY is not set to owner/repo; run this inside a GitHub workflow');
  return Object.freeze({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventPath: env.GITHUB_EVENT_PATH || null,
    actor: env.GITHUB_ACTOR || null,
    runId: env.GITHUB_RUN_ID || null,
    variables: env,
  });
}
