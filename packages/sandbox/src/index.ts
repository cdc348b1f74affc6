/**
 * A local, stateful GitHub for end-to-end tests, `sitrep drill` and `sitrep sandbox`.
 *
 * ```ts
 * const sandbox = await createSandbox();
 * const repo = sandbox.repo();                       // acme/incidents
 * const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'] });
 * // run the code under test with GITHUB_API_URL=sandbox.url and token sandbox.botToken …
 * expect(repo.readFile(`incidents/INC-${issue.number}.md`)).toContain('status: triage');
 * sandbox.assertNoViolations();
 * await sandbox.close();
 * ```
 *
 * Every request and response is checked against GitHub's published REST and GraphQL
 * descriptions; a mismatch is recorded in `violations` and fails `assertNoViolations()` and
 * `close()`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Clock, type ClockOptions } from './clock.js';
import { SandboxUsageError } from './errors.js';
import { Faults } from './faults.js';
import { GraphqlApi } from './graphql.js';
import { addMergedPull } from './history.js';
import { SandboxRepo } from './helpers.js';
import { BOT_LOGIN, STANDARD_USERS, type Account, type Permission } from './model.js';
import { RestApi } from './rest.js';
import type { JsonObject } from './rest/views.js';
import { DEFAULT_SEED, validateSeed, type SeedFile, type SeedRepo } from './seed.js';
import { createRequestListener } from './server.js';
import { SandboxState } from './state.js';
import type { RepoOptions } from './state/repositories.js';
import { addTeam } from './state/notifications.js';
import type { MentionNotification } from './rules.js';
import { Traffic, type CounterSnapshot, type RequestRecord } from './traffic.js';
import { ViolationLog } from './violations.js';

export { BOT_LOGIN, STANDARD_USERS } from './model.js';
export type { Permission, ReactionContent, RepositoryDispatch } from './model.js';
export { Clock, parseDuration } from './clock.js';
export type { FaultSpec, ActiveFault } from './faults.js';
export type { CounterSnapshot, RequestRecord } from './traffic.js';
export type { Violation } from './violations.js';
export { SandboxViolationError } from './violations.js';
export { SandboxUsageError } from './errors.js';
export type { SeedFile, SeedRepo, SeedIssue, SeedUser, SeedMergedPull, SeedApp, SeedTeam, SeedRepoSettings } from './seed.js';
export type { RepoSettings, BranchProtection, WorkflowState, MentionNotification, PlatformSettings } from './rules.js';
export {
  GRAPHQL_BLOB_TEXT_LIMIT,
  CONTENTS_INLINE_LIMIT,
  CONTENT_CREATION_LIMITS,
  MAX_TITLE_LENGTH,
  MAX_LABEL_NAME_LENGTH,
  MAX_ASSIGNEES,
  MAX_SEARCH_RESULTS,
  MAX_PUSH_COMMITS,
  MAX_PATH_FILTER_FILES,
  findSecrets,
} from './rules.js';
export { startsWorkflowRun, pathFilterFiles, ConcurrencyGroups, workflowsOf, INACTIVITY_DAYS } from './workflows.js';
export type { RunStatus, WorkflowInfo } from './workflows.js';
export type { MergedPullSpec } from './history.js';
export { readSeedFile, validateSeed, DEFAULT_SEED } from './seed.js';
export type { SandboxRepo, IssueView, PullView, CommentView, LabelView, CommitView, TimelineView, As } from './helpers.js';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** Starting state; {@link DEFAULT_SEED} (acme/incidents with issue #1) when omitted. */
  seed?: SeedFile;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The clock: frozen at 2026-11-21T10:00:00Z unless told otherwise (`seed.clock` also sets the start). */
  clock?: ClockOptions;
}

/** GitHub's REST JSON for sandbox objects, as webhook payloads and API answers carry them. */
export interface SandboxJson {
  repository(fullName?: string): JsonObject;
  issue(number: number, fullName?: string): JsonObject;
  pullRequest(number: number, fullName?: string): JsonObject;
  comment(id: number, fullName?: string): JsonObject;
  label(name: string, fullName?: string): JsonObject;
  user(login: string): JsonObject;
}

/** Request counts by kind, with snapshot and reset. */
export interface SandboxCounters {
  snapshot(): CounterSnapshot;
  reset(): void;
}

/** A running sandbox. */
export interface Sandbox {
  /** REST base URL: what goes into `GITHUB_API_URL` (`http://127.0.0.1:PORT`). */
  readonly url: string;
  /** `${url}/graphql`, for `GITHUB_GRAPHQL_URL`. */
  readonly graphqlUrl: string;
  /** Web base URL for `GITHUB_SERVER_URL` (html_url links point here). */
  readonly serverUrl: string;
  /** The first seeded repository (`acme/incidents` by default). */
  readonly defaultRepo: string;
  /** alice's token: admin on the seeded repository. */
  readonly token: string;
  /** The Actions bot's token (`github-actions[bot]`, write access where granted). */
  readonly botToken: string;
  /** The bot's REST login, `github-actions[bot]`. */
  readonly botLogin: string;
  /** The token of a user or the bot. */
  tokenFor(login: string): string;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly counters: SandboxCounters;
  /** Every request received so far. */
  readonly requests: readonly RequestRecord[];
  /** Sequence number of the last request (to slice `requestsSince`). */
  readonly lastRequestSeq: number;
  requestsSince(seq: number): RequestRecord[];
  readonly violations: ViolationLog;
  /** Throws listing every recorded violation, if any. */
  assertNoViolations(): void;
  /** The raw state, for what the helpers do not cover. */
  readonly state: SandboxState;
  /** REST JSON of sandbox objects (for event payloads). */
  readonly json: SandboxJson;
  /** Helpers over a repository (the default one when omitted). */
  repo(fullName?: string): SandboxRepo;
  /** Adds a user with roles on repositories (`{ 'acme/incidents': 'triage' }`). */
  addUser(login: string, options?: { name?: string; email?: string; permissions?: Record<string, Permission> }): Account;
  /** Creates a repository (roles default to the standard users'; the bot gets `botAccess`, default none). */
  addRepo(fullName: string, options?: RepoOptions): SandboxRepo;
  /**
   * Installs a GitHub App: its bot `<slug>[bot]` gets a token (`tokenFor('<slug>[bot]')`) and the
   * given roles. Its writes carry its own identity, not `github-actions[bot]`'s. `readsMembers`
   * lets its @team mentions notify the team (the Actions bot's never do).
   */
  addApp(slug: string, options?: { permissions?: Record<string, Permission>; readsMembers?: boolean }): Account;
  /** Adds a team `org/slug` with members, for @team mentions. */
  addTeam(fullName: string, members: string[]): void;
  /** Who each comment notified through its @mentions, oldest first. */
  readonly notifications: readonly MentionNotification[];
  /**
   * Stops the server. Throws a SandboxViolationError afterwards if violations were recorded, unless
   * `ignoreViolations` is set.
   */
  close(options?: { ignoreViolations?: boolean }): Promise<void>;
}

function applySeed(state: SandboxState, seed: SeedFile): string {
  for (const user of STANDARD_USERS) state.addAccount(user.login, { name: user.name });
  state.addBot();
  for (const user of seed.users ?? []) {
    if (!state.findAccount(user.login)) state.addAccount(user.login, { name: user.name ?? null, email: user.email ?? null });
  }
  const repos: SeedRepo[] = seed.repos && seed.repos.length > 0 ? seed.repos : DEFAULT_SEED.repos!;
  repos.forEach((spec, index) => seedRepo(state, spec, index === 0));
  for (const user of seed.users ?? []) {
    for (const [fullName, role] of Object.entries(user.permissions ?? {})) {
      const repo = state.findRepo(fullName);
      if (!repo) throw new SandboxUsageError(`seed: user ${user.login} has a role on ${fullName}, which the seed does not create`);
      state.grant(repo, user.login, role);
    }
  }
  for (const app of seed.apps ?? []) addApp(state, app.slug, { ...(app.permissions ? { permissions: app.permissions } : {}), readsMembers: app.reads_members ?? false });
  for (const team of seed.teams ?? []) addTeam(state, team.name, team.members ?? []);
  if (seed.platform?.enforce_rate_limits !== undefined) state.platform.enforceRateLimits = seed.platform.enforce_rate_limits;
  if (seed.platform?.graphql_timeout_nodes !== undefined) state.platform.graphqlTimeoutNodes = seed.platform.graphql_timeout_nodes;
  return repos[0]!.name;
}

/** Adds a GitHub App's bot, `<slug>[bot]`, with a token and roles on repositories (GITHUB-RULES.md row 11). */
function addApp(state: SandboxState, slug: string, options: { permissions?: Record<string, Permission>; readsMembers?: boolean }): Account {
  const account = state.addAccount(`${slug}[bot]`, { type: 'Bot' });
  account.readsMembers = options.readsMembers ?? false;
  for (const [fullName, role] of Object.entries(options.permissions ?? {})) {
    const repo = state.findRepo(fullName);
    if (!repo) throw new SandboxUsageError(`app ${slug} has a role on ${fullName}, which does not exist`);
    state.grant(repo, account.login, role);
  }
  return account;
}

function seedRepo(state: SandboxState, spec: SeedRepo, first: boolean): void {
  const repo = state.addRepo(spec.name, {
    private: spec.private ?? true,
    defaultBranch: spec.default_branch ?? 'main',
    description: spec.description ?? null,
    ...(spec.permissions ? { permissions: spec.permissions } : {}),
    botAccess: spec.bot ?? (first ? 'write' : 'none'),
    ...(spec.files ? { files: spec.files } : {}),
  });
  const admin = state.account('alice');
  for (const label of spec.labels ?? []) state.createLabel(repo, admin, label);
  for (const issueSpec of spec.issues ?? []) {
    const author = state.account(issueSpec.author ?? 'alice');
    const issue = state.createIssue(repo, author, {
      title: issueSpec.title,
      body: issueSpec.body ?? null,
      labels: issueSpec.labels,
      assignees: issueSpec.assignees,
    });
    for (const comment of issueSpec.comments ?? []) state.addComment(repo, state.account(comment.author ?? 'alice'), issue.number, comment.body);
    if (issueSpec.state === 'closed') state.closeIssue(repo, author, issue.number);
  }
  const settings = spec.settings;
  if (settings?.actions_can_create_pull_requests !== undefined) repo.settings.actionsCanCreatePullRequests = settings.actions_can_create_pull_requests;
  if (settings?.push_protection !== undefined) repo.settings.pushProtection = settings.push_protection;
  if (settings?.protected_branches) repo.settings.protectedBranches = settings.protected_branches.map((p) => ({ ...p }));
  if (settings?.workflow_states) repo.settings.workflowStates = { ...settings.workflow_states };
  for (const pull of spec.merged_pulls ?? []) {
    addMergedPull(state, repo, { title: pull.title, mergedAt: pull.merged_at, ...(pull.author ? { author: pull.author } : {}), ...(pull.body ? { body: pull.body } : {}) });
  }
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts a sandbox on 127.0.0.1. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ? validateSeed(options.seed) : DEFAULT_SEED;
  const clock = new Clock({ ...options.clock, ...(seed.clock && options.clock?.start === undefined ? { start: seed.clock } : {}) });
  const state = new SandboxState(clock);
  const violations = new ViolationLog();
  const traffic = new Traffic();
  const faults = new Faults();
  const rest = new RestApi(state, violations);
  const graphql = new GraphqlApi(state, rest.views, violations);
  const server = createServer(createRequestListener({ state, rest, graphql, faults, traffic, violations }));
  // Clients keep connections alive; close() must not wait for them.
  server.keepAliveTimeout = 1000;
  const address = await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${address.port}`;
  state.urls = { api: url, web: url };
  const defaultRepo = applySeed(state, seed);

  const repoHandle = (fullName = defaultRepo) => {
    state.repo(fullName);
    return new SandboxRepo(state, state.repo(fullName).fullName);
  };
  const repoModel = (fullName = defaultRepo) => state.repo(fullName);
  const tokenFor = (login: string) => {
    const token = state.account(login).token;
    if (!token) throw new SandboxUsageError(`${login} is an organization and has no token`);
    return token;
  };

  const json: SandboxJson = {
    repository: (fullName) => rest.views.repository(repoModel(fullName)),
    issue: (number, fullName) => {
      const repo = repoModel(fullName);
      return rest.views.issue(repo, state.issue(repo, number));
    },
    pullRequest: (number, fullName) => {
      const repo = repoModel(fullName);
      return rest.views.pull(repo, state.pull(repo, number), true);
    },
    comment: (id, fullName) => {
      const repo = repoModel(fullName);
      return rest.views.comment(repo, state.comment(repo, id));
    },
    label: (name, fullName) => {
      const repo = repoModel(fullName);
      const label = state.findLabel(repo, name);
      if (!label) throw new SandboxUsageError(`no label ${name} in ${repo.fullName}`);
      return rest.views.label(repo, label);
    },
    user: (login) => rest.views.user(state.account(login).login),
  };

  let closed = false;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    serverUrl: url,
    defaultRepo,
    token: tokenFor('alice'),
    botToken: tokenFor(BOT_LOGIN),
    botLogin: BOT_LOGIN,
    tokenFor,
    clock,
    faults,
    counters: { snapshot: () => traffic.snapshot(), reset: () => traffic.reset() },
    get requests() {
      return traffic.requests();
    },
    get lastRequestSeq() {
      return traffic.lastSeq;
    },
    requestsSince: (seq) => traffic.requests(seq),
    violations,
    assertNoViolations: () => violations.assertNone(),
    state,
    json,
    repo: repoHandle,
    addUser(login, userOptions = {}) {
      const account = state.addAccount(login, { name: userOptions.name ?? null, email: userOptions.email ?? null });
      for (const [fullName, role] of Object.entries(userOptions.permissions ?? {})) state.grant(state.repo(fullName), login, role);
      return account;
    },
    addRepo(fullName, repoOptions = {}) {
      state.addRepo(fullName, repoOptions);
      return repoHandle(fullName);
    },
    addApp: (slug, appOptions = {}) => addApp(state, slug, appOptions),
    addTeam(fullName, members) {
      addTeam(state, fullName, members);
    },
    get notifications() {
      return state.notifications;
    },
    async close(closeOptions = {}) {
      if (!closed) {
        closed = true;
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        });
      }
      if (!closeOptions.ignoreViolations) violations.assertNone();
    },
  };
}
