/**
 * The sandbox's GitHub: accounts, repositories with git history, issues, pull requests,
 * comments, reactions, labels and timelines, with GitHub's rules for who may do what.
 *
 * Every operation takes the acting account and enforces the permission GitHub would, throwing
 * the {@link GitHubError} GitHub would answer. REST, GraphQL and the test helpers all call these
 * operations, so the three agree by construction.
 */
import { randomBytes } from 'node:crypto';
import { Clock } from './clock.js';
import {
  GitHubError,
  SandboxUsageError,
  conflict,
  forbidden,
  notFound,
  validationFailed,
  type ValidationErrorItem,
} from './errors.js';
import { GitStore, isSha, type CommitObject, type GitIdentity, type TreeChange } from './git.js';
import { IdSequence, nodeId } from './ids.js';
import { RateLimits } from './ratelimit.js';
import {
  BOT_ID,
  BOT_LOGIN,
  STANDARD_USERS,
  atLeast,
  type Account,
  type Comment,
  type Issue,
  type IssueRef,
  type Label,
  type Permission,
  type Reaction,
  type ReactionContent,
  type Repo,
  type StateReason,
  type TimelineEvent,
} from './model.js';
import { findReferences, findClosingReferences } from './references.js';

/** Options for a new repository. */
export interface RepoOptions {
  /** Private repositories are invisible to accounts without a grant (default true). */
  private?: boolean;
  defaultBranch?: string;
  description?: string | null;
  /** login → role. Defaults to {@link DEFAULT_GRANTS}. */
  permissions?: Record<string, Permission>;
  /** Role of the Actions bot token here (default `none`: the workflow token reaches only its own repository). */
  botAccess?: Permission;
  /** Files of the first commit on the default branch: path → content. */
  files?: Record<string, string>;
}

/** The roles the standard users hold on a repository unless told otherwise. */
export const DEFAULT_GRANTS: Readonly<Record<string, Permission>> = Object.fromEntries(
  STANDARD_USERS.filter((u) => u.role !== 'none').map((u) => [u.login, u.role]),
);

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

const DEFAULT_LABEL_COLOR = 'ededed';
const LABEL_COLOR = /^[0-9a-fA-F]{6}$/;

/** Where the sandbox is served, for the URLs it writes into objects. */
export interface SandboxUrls {
  /** REST base (`GITHUB_API_URL`). */
  api: string;
  /** Web base (`GITHUB_SERVER_URL`), used for `html_url` and issue links. */
  web: string;
}

/** All of the sandbox's GitHub data. */
export class SandboxState {
  readonly clock: Clock;
  readonly ids = new IdSequence();
  /** Lower-cased login → account. */
  readonly accounts = new Map<string, Account>();
  /** Lower-cased `owner/name` → repository. */
  readonly repos = new Map<string, Repo>();
  readonly rateLimits: RateLimits;
  urls: SandboxUrls = { api: 'http://127.0.0.1', web: 'http://127.0.0.1' };

  constructor(clock: Clock = new Clock()) {
    this.clock = clock;
    this.rateLimits = new RateLimits(clock);
  }

  /** Current time as GitHub writes it. */
  now(): string {
    return this.clock.iso();
  }

  // ---------------------------------------------------------------- accounts

  /** Adds a user, bot or organization. Users and bots get a token. */
  addAccount(login: string, options: { type?: Account['type']; name?: string | null; email?: string | null; id?: number } = {}): Account {
    const key = login.toLowerCase();
    if (this.accounts.has(key)) throw new SandboxUsageError(`account ${login} already exists`);
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
      throw new SandboxUsageError(`invalid login ${login}: letters, digits and hyphens`);
    }
    const type = options.type ?? 'User';
    const id = options.id ?? this.ids.next();
    const prefix = type === 'Bot' ? 'ghs_' : 'ghp_';
    const account: Account = {
      id,
      nodeId: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
      login,
      type,
      name: options.name ?? null,
      email: options.email ?? null,
      createdAt: this.now(),
      token: type === 'Organization' ? null : `${prefix}${randomBytes(18).toString('hex')}`,
    };
    this.accounts.set(key, account);
    return account;
  }

  /** Adds the Actions bot with its real id. */
  addBot(): Account {
    return this.addAccount(BOT_LOGIN, { type: 'Bot', id: BOT_ID });
  }

  findAccount(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** The account with this login; a usage error when there is none (a test bug). */
  account(login: string): Account {
    const account = this.findAccount(login);
    if (!account) throw new SandboxUsageError(`no account ${login}; add it with addUser()`);
    return account;
  }

  accountByToken(token: string): Account | undefined {
    for (const account of this.accounts.values()) if (account.token === token) return account;
    return undefined;
  }

  // ---------------------------------------------------------------- repositories

  /** Creates a repository with a first commit on its default branch. */
  addRepo(fullName: string, options: RepoOptions = {}): Repo {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0) throw new SandboxUsageError(`repository must be owner/name, got ${fullName}`);
    if (this.repos.has(fullName.toLowerCase())) throw new SandboxUsageError(`repository ${fullName} already exists`);
    const ownerAccount = this.findAccount(owner) ?? this.addAccount(owner, { type: 'Organization' });
    const id = this.ids.next();
    const now = this.now();
    const grants = new Map<string, Permission>();
    for (const [login, role] of Object.entries(options.permissions ?? DEFAULT_GRANTS)) {
      if (this.findAccount(login)) grants.set(login.toLowerCase(), role);
      else if (options.permissions) throw new SandboxUsageError(`no account ${login} to grant ${role} on ${fullName}`);
    }
    if (options.botAccess && options.botAccess !== 'none') grants.set(BOT_LOGIN, options.botAccess);
    const repo: Repo = {
      id,
      nodeId: nodeId('R', id),
      owner: ownerAccount.login,
      name,
      fullName: `${ownerAccount.login}/${name}`,
      private: options.private ?? true,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? 'main',
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      git: new GitStore(),
      labels: [],
      issues: new Map(),
      comments: new Map(),
      nextNumber: 1,
      grants,
      dispatches: [],
    };
    this.repos.set(repo.fullName.toLowerCase(), repo);
    const initial: FileWrite[] = Object.entries(options.files ?? { 'README.md': `# ${name}\n` }).map(([path, content]) => ({
      path,
      content,
    }));
    const ownerIsUser = ownerAccount.type === 'User';
    const committer = ownerIsUser ? ownerAccount : this.findAccount('alice') ?? ownerAccount;
    this.#writeCommit(repo, committer, { branch: repo.defaultBranch, message: 'Initial commit', files: initial, create: true });
    return repo;
  }

  findRepo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** The repository; a usage error when there is none (a test bug). */
  repo(fullName: string): Repo {
    const repo = this.findRepo(fullName);
    if (!repo) throw new SandboxUsageError(`no repository ${fullName}; add it with addRepo()`);
    return repo;
  }

  /** Sets `login`'s role on a repository (`none` removes the grant). */
  grant(repo: Repo, login: string, role: Permission): void {
    const account = this.account(login);
    if (role === 'none') repo.grants.delete(account.login.toLowerCase());
    else repo.grants.set(account.login.toLowerCase(), role);
  }

  /** The role `login` holds on a repository, considering ownership and visibility. */
  permission(repo: Repo, login: string): Permission {
    const key = login.toLowerCase();
    if (key === repo.owner.toLowerCase()) return 'admin';
    const granted = repo.grants.get(key);
    if (granted) return granted;
    // Anyone may read a public repository; the workflow token, however, reaches only where granted.
    const account = this.findAccount(login);
    if (!repo.private && account?.type === 'User') return 'read';
    return 'none';
  }

  /**
   * Checks that `actor` holds `needed` on the repository, failing as GitHub does: 404 when the
   * actor may not see it, 403 when it may see but not act (worded for the bot's integration
   * token or for a user).
   */
  requireAccess(repo: Repo, actor: Account, needed: Permission): void {
    const held = this.permission(repo, actor.login);
    if (actor.type === 'Bot') {
      if (!atLeast(held, needed)) throw forbidden('Resource not accessible by integration');
      return;
    }
    if (!atLeast(held, 'read')) throw notFound();
    if (!atLeast(held, needed)) throw forbidden('Must have admin rights to Repository.');
  }

  /**
   * The role needed to open issues, comment and react. Any reader may as a user; a token's
   * `issues: read` grant does not let the workflow token write anything.
   */
  participationLevel(actor: Account): Permission {
    return actor.type === 'Bot' ? 'write' : 'read';
  }

  /** Finds a repository by name for `actor`, hiding the ones it may not see (404). */
  visibleRepo(actor: Account, owner: string, name: string): Repo {
    const repo = this.findRepo(`${owner}/${name}`);
    if (!repo) throw notFound();
    this.requireAccess(repo, actor, 'read');
    return repo;
  }

  // ---------------------------------------------------------------- git

  /** Resolves a branch, tag, `heads/x`, `refs/heads/x` or commit sha to a commit sha. */
  resolveCommitish(repo: Repo, ref: string): string | undefined {
    const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
    for (const candidate of candidates) {
      const sha = repo.git.refs.get(candidate);
      if (sha) return sha;
    }
    if (isSha(ref) && repo.git.getCommit(ref)) return ref;
    return undefined;
  }

  /** Reads a file at a ref (default branch when omitted); undefined when absent. */
  readFile(repo: Repo, path: string, ref?: string): FileAtRef | undefined {
    const commitSha = this.resolveCommitish(repo, ref ?? repo.defaultBranch);
    if (!commitSha) return undefined;
    const commit = repo.git.getCommit(commitSha)!;
    const entry = repo.git.lookup(commit.tree, path);
    if (!entry || entry.type !== 'blob') return undefined;
    const blob = repo.git.getBlob(entry.sha)!;
    return { path, sha: blob.sha, content: blob.content, commitSha };
  }

  /** The identity git records for an account's API commits. */
  identity(account: Account): GitIdentity {
    return {
      name: account.type === 'User' ? account.name ?? account.login : account.login,
      email: account.email ?? `${account.id}+${account.login}@users.noreply.github.com`,
      date: this.now(),
    };
  }

  /**
   * Commits file changes on a branch as `actor` (write access). With `expectedHead`, fails with
   * 409 when the branch moved (compare-and-swap on the branch). Creates the branch when
   * `create` is set and it does not exist yet (starting from `from` or the default branch).
   */
  commitFiles(
    repo: Repo,
    actor: Account,
    change: { branch: string; message: string; files: FileWrite[]; expectedHead?: string; author?: GitIdentity; committer?: GitIdentity },
  ): CommitObject {
    this.requireAccess(repo, actor, 'write');
    return this.#writeCommit(repo, actor, change);
  }

  #writeCommit(
    repo: Repo,
    actor: Account,
    change: { branch: string; message: string; files: FileWrite[]; expectedHead?: string; create?: boolean; author?: GitIdentity; committer?: GitIdentity },
  ): CommitObject {
    const refName = `refs/heads/${change.branch}`;
    const head = repo.git.refs.get(refName);
    if (!head && !change.create) throw notFound(`Branch ${change.branch} not found`);
    if (change.expectedHead !== undefined && head !== change.expectedHead) {
      throw conflict(`${change.branch} has moved since ${change.expectedHead}`);
    }
    const baseTree = head ? repo.git.getCommit(head)!.tree : undefined;
    const treeChanges: TreeChange[] = change.files.map((file) =>
      file.content === null ? { path: file.path, sha: null } : { path: file.path, sha: repo.git.writeBlob(file.content).sha, mode: '100644' },
    );
    const tree = repo.git.applyChanges(baseTree, treeChanges);
    const author = change.author ?? this.identity(actor);
    const commit = repo.git.writeCommit({
      tree: tree.sha,
      parents: head ? [head] : [],
      author,
      committer: change.committer ?? author,
      message: change.message,
    });
    this.moveBranch(repo, change.branch, commit.sha);
    return commit;
  }

  /** Points a branch at a commit and keeps open pull requests from it in step. */
  moveBranch(repo: Repo, branch: string, sha: string): void {
    repo.git.refs.set(`refs/heads/${branch}`, sha);
    repo.pushedAt = this.now();
    for (const issue of repo.issues.values()) {
      if (issue.pull && issue.state === 'open' && issue.pull.headRef === branch) issue.pull.headSha = sha;
    }
  }

  /**
   * Deletes a branch (write access). Open pull requests from it are closed, as GitHub closes them
   * when their head branch goes away.
   */
  deleteBranch(repo: Repo, actor: Account, branch: string): void {
    this.requireAccess(repo, actor, 'write');
    if (!repo.git.refs.delete(`refs/heads/${branch}`)) throw new GitHubError(422, 'Reference does not exist');
    for (const issue of repo.issues.values()) {
      if (issue.pull && issue.state === 'open' && issue.pull.headRef === branch) this.#close(issue, actor, 'completed', null);
    }
  }

  // ---------------------------------------------------------------- labels

  /** A repository label by name, case-insensitively as GitHub matches them. */
  findLabel(repo: Repo, name: string): Label | undefined {
    const key = name.toLowerCase();
    return repo.labels.find((l) => l.name.toLowerCase() === key);
  }

  /** Creates a label (write access); 422 `already_exists` for a duplicate name in any case. */
  createLabel(repo: Repo, actor: Account, input: { name: string; color?: string | undefined; description?: string | null | undefined }): Label {
    this.requireAccess(repo, actor, 'write');
    if (input.name.trim() === '') throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
    if (this.findLabel(repo, input.name)) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const color = normalizeColor(input.color ?? DEFAULT_LABEL_COLOR);
    const id = this.ids.next();
    const now = this.now();
    const label: Label = {
      id,
      nodeId: nodeId('LA', id),
      name: input.name,
      color,
      description: input.description ?? null,
      isDefault: false,
      createdAt: now,
      updatedAt: now,
    };
    repo.labels.push(label);
    return label;
  }

  /** Updates a label (write access); renaming it renames it on every issue. */
  updateLabel(
    repo: Repo,
    actor: Account,
    name: string,
    input: { new_name?: string | undefined; color?: string | undefined; description?: string | null | undefined },
  ): Label {
    this.requireAccess(repo, actor, 'write');
    const label = this.findLabel(repo, name);
    if (!label) throw notFound();
    if (input.new_name !== undefined && input.new_name !== label.name) {
      const clash = this.findLabel(repo, input.new_name);
      if (clash && clash !== label) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      for (const issue of repo.issues.values()) {
        issue.labels = issue.labels.map((l) => (l === label.name ? input.new_name! : l));
      }
      label.name = input.new_name;
    }
    if (input.color !== undefined) label.color = normalizeColor(input.color);
    if (input.description !== undefined) label.description = input.description;
    label.updatedAt = this.now();
    return label;
  }

  /** Deletes a label from the repository and every issue (write access). */
  deleteLabel(repo: Repo, actor: Account, name: string): void {
    this.requireAccess(repo, actor, 'write');
    const label = this.findLabel(repo, name);
    if (!label) throw notFound();
    repo.labels = repo.labels.filter((l) => l !== label);
    for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l !== label.name);
  }

  /**
   * Returns the labels for these names, creating missing ones grey (`ededed`) as GitHub does when
   * an issue is labelled with a new name. Creating needs write access.
   */
  #labelsFor(repo: Repo, actor: Account, names: string[]): Label[] {
    const labels: Label[] = [];
    for (const raw of names) {
      const name = raw.trim();
      if (name === '') continue;
      let label = this.findLabel(repo, name);
      if (!label) {
        if (!atLeast(this.permission(repo, actor.login), 'write')) {
          throw forbidden('You do not have permission to create labels on this repository.', [
            { resource: 'Repository', field: 'label', code: 'unauthorized' },
          ]);
        }
        label = this.createLabel(repo, actor, { name });
      }
      if (!labels.includes(label)) labels.push(label);
    }
    return labels;
  }

  // ---------------------------------------------------------------- issues

  /** An issue or pull request by number; 404 when absent. */
  issue(repo: Repo, number: number): Issue {
    const issue = repo.issues.get(number);
    if (!issue) throw notFound();
    return issue;
  }

  /** A pull request by number; 404 when absent or an issue. */
  pull(repo: Repo, number: number): Issue & { pull: NonNullable<Issue['pull']> } {
    const issue = repo.issues.get(number);
    if (!issue?.pull) throw notFound();
    return issue as Issue & { pull: NonNullable<Issue['pull']> };
  }

  /**
   * Users GitHub lets be assigned: members with a role on the repository and, on any repository,
   * the issue's participants (author and commenters). Bots never.
   */
  isAssignable(repo: Repo, login: string, issue?: Issue): boolean {
    const account = this.findAccount(login);
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
  createIssue(
    repo: Repo,
    actor: Account,
    input: { title: string; body?: string | null | undefined; labels?: string[] | undefined; assignees?: string[] | undefined },
  ): Issue {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    if (input.title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
    requireBodyLength('Issue', input.body);
    const canTriage = atLeast(this.permission(repo, actor.login), 'triage');
    const labels = canTriage ? this.#labelsFor(repo, actor, input.labels ?? []) : [];
    const issue = this.#newIssue(repo, actor, input.title, input.body ?? null);
    for (const label of labels) this.#applyLabel(issue, actor, label);
    if (canTriage) {
      for (const login of unique(input.assignees ?? [])) {
        if (this.isAssignable(repo, login, issue)) this.#assign(issue, actor, this.account(login).login);
      }
    }
    this.#recordReferences(repo, issue, actor, issue.body ?? '');
    return issue;
  }

  #newIssue(repo: Repo, actor: Account, title: string, body: string | null): Issue {
    const id = this.ids.next();
    const now = this.now();
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
  #canEditIssue(repo: Repo, issue: Issue, actor: Account): boolean {
    return issue.author.toLowerCase() === actor.login.toLowerCase() || atLeast(this.permission(repo, actor.login), 'triage');
  }

  /**
   * Updates an issue. Title, body and state need authorship or triage; labels and assignees need
   * triage and are silently ignored otherwise, as GitHub documents. Invalid assignees fail 422.
   */
  updateIssue(
    repo: Repo,
    actor: Account,
    number: number,
    input: {
      title?: string | undefined;
      body?: string | null | undefined;
      state?: 'open' | 'closed' | undefined;
      state_reason?: StateReason | 'duplicate' | undefined;
      labels?: string[] | undefined;
      assignees?: string[] | undefined;
    },
  ): Issue {
    this.requireAccess(repo, actor, 'read');
    const issue = this.issue(repo, number);
    const editsContent = input.title !== undefined || input.body !== undefined || input.state !== undefined;
    if (editsContent && !this.#canEditIssue(repo, issue, actor)) {
      throw actor.type === 'Bot' ? forbidden('Resource not accessible by integration') : forbidden('Must have admin rights to Repository.');
    }
    const canTriage = atLeast(this.permission(repo, actor.login), 'triage');
    if (input.assignees !== undefined && canTriage) {
      const invalid = input.assignees.filter((login) => !this.isAssignable(repo, login, issue));
      if (invalid.length > 0) {
        throw validationFailed(invalid.map((value) => ({ resource: 'Issue', code: 'invalid', field: 'assignees', value })));
      }
    }
    if (input.title !== undefined && input.title !== issue.title) {
      if (input.title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      this.#event(issue, actor, { event: 'renamed', from: issue.title, to: input.title });
      issue.title = input.title;
    }
    if (input.body !== undefined && input.body !== issue.body) {
      requireBodyLength(issue.pull ? 'PullRequest' : 'Issue', input.body);
      issue.body = input.body;
      this.#recordReferences(repo, issue, actor, input.body ?? '');
    }
    if (input.labels !== undefined && canTriage) this.setLabels(repo, actor, number, input.labels);
    if (input.assignees !== undefined && canTriage) {
      const wanted = unique(input.assignees.map((login) => this.account(login).login));
      for (const login of [...issue.assignees]) if (!wanted.includes(login)) this.#unassign(issue, actor, login);
      for (const login of wanted) if (!issue.assignees.includes(login)) this.#assign(issue, actor, login);
    }
    if (input.state === 'closed' && issue.state === 'open') {
      const reason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
      this.#close(issue, actor, reason, null);
    } else if (input.state === 'open' && issue.state === 'closed') {
      if (issue.pull?.merged) throw validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request has been merged.' }]);
      this.#reopen(issue, actor);
    } else if (input.state === undefined && input.state_reason !== undefined && issue.state === 'closed' && input.state_reason !== 'reopened') {
      issue.stateReason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    }
    issue.updatedAt = this.now();
    return issue;
  }

  /** Closes an issue (author or triage). */
  closeIssue(repo: Repo, actor: Account, number: number, reason: 'completed' | 'not_planned' = 'completed'): Issue {
    return this.updateIssue(repo, actor, number, { state: 'closed', state_reason: reason });
  }

  /** Reopens an issue (author or triage). */
  reopenIssue(repo: Repo, actor: Account, number: number): Issue {
    return this.updateIssue(repo, actor, number, { state: 'open' });
  }

  #close(issue: Issue, actor: Account, reason: 'completed' | 'not_planned', commitId: string | null, closer?: IssueRef): void {
    const now = this.now();
    issue.state = 'closed';
    issue.stateReason = reason;
    issue.closedAt = now;
    issue.closedBy = actor.login;
    issue.updatedAt = now;
    this.#event(issue, actor, { event: 'closed', stateReason: reason, commitId, ...(closer ? { closer } : {}) });
  }

  #reopen(issue: Issue, actor: Account): void {
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closedAt = null;
    issue.closedBy = null;
    issue.updatedAt = this.now();
    this.#event(issue, actor, { event: 'reopened' });
  }

  /** Adds labels to an issue (triage), creating unknown ones; returns the issue's labels. */
  addLabels(repo: Repo, actor: Account, number: number, names: string[]): Label[] {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    for (const label of this.#labelsFor(repo, actor, names)) this.#applyLabel(issue, actor, label);
    return this.issueLabels(repo, issue);
  }

  /** Replaces an issue's labels (triage); returns the issue's labels. */
  setLabels(repo: Repo, actor: Account, number: number, names: string[]): Label[] {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    const wanted = this.#labelsFor(repo, actor, names);
    for (const name of [...issue.labels]) {
      if (!wanted.some((l) => l.name === name)) this.#unapplyLabel(repo, issue, actor, name);
    }
    for (const label of wanted) this.#applyLabel(issue, actor, label);
    return this.issueLabels(repo, issue);
  }

  /** Removes one label (triage); 404 `Label does not exist` when the issue does not carry it. */
  removeLabel(repo: Repo, actor: Account, number: number, name: string): Label[] {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    const label = this.findLabel(repo, name);
    if (!label || !issue.labels.includes(label.name)) throw notFound('Label does not exist');
    this.#unapplyLabel(repo, issue, actor, label.name);
    return this.issueLabels(repo, issue);
  }

  /** Removes every label from an issue (triage). */
  removeAllLabels(repo: Repo, actor: Account, number: number): void {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    for (const name of [...issue.labels]) this.#unapplyLabel(repo, issue, actor, name);
  }

  /** The label objects an issue carries, in the order applied. */
  issueLabels(repo: Repo, issue: Issue): Label[] {
    return issue.labels.map((name) => this.findLabel(repo, name)).filter((l): l is Label => l !== undefined);
  }

  #applyLabel(issue: Issue, actor: Account, label: Label): void {
    if (issue.labels.includes(label.name)) return;
    issue.labels.push(label.name);
    issue.updatedAt = this.now();
    this.#event(issue, actor, { event: 'labeled', label: { name: label.name, color: label.color } });
  }

  #unapplyLabel(repo: Repo, issue: Issue, actor: Account, name: string): void {
    const label = this.findLabel(repo, name);
    issue.labels = issue.labels.filter((l) => l !== name);
    issue.updatedAt = this.now();
    this.#event(issue, actor, { event: 'unlabeled', label: { name, color: label?.color ?? DEFAULT_LABEL_COLOR } });
  }

  /** Adds assignees (triage), silently skipping users who cannot be assigned, as GitHub does. */
  addAssignees(repo: Repo, actor: Account, number: number, logins: string[]): Issue {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    for (const login of unique(logins)) {
      if (issue.assignees.length >= 10) break;
      if (this.isAssignable(repo, login, issue)) this.#assign(issue, actor, this.account(login).login);
    }
    return issue;
  }

  /** Removes assignees (triage); logins not assigned are ignored. */
  removeAssignees(repo: Repo, actor: Account, number: number, logins: string[]): Issue {
    this.requireAccess(repo, actor, 'triage');
    const issue = this.issue(repo, number);
    for (const login of logins) {
      const assigned = issue.assignees.find((a) => a.toLowerCase() === login.toLowerCase());
      if (assigned) this.#unassign(issue, actor, assigned);
    }
    return issue;
  }

  #assign(issue: Issue, actor: Account, login: string): void {
    if (issue.assignees.includes(login)) return;
    issue.assignees.push(login);
    issue.updatedAt = this.now();
    this.#event(issue, actor, { event: 'assigned', assignee: login });
  }

  #unassign(issue: Issue, actor: Account, login: string): void {
    issue.assignees = issue.assignees.filter((a) => a !== login);
    issue.updatedAt = this.now();
    this.#event(issue, actor, { event: 'unassigned', assignee: login });
  }

  #event(issue: Issue, actor: Account, event: DistributiveOmit<TimelineEvent, 'id' | 'nodeId' | 'actor' | 'createdAt'>): TimelineEvent {
    const id = this.ids.next();
    const full = { id, nodeId: nodeId('EV', id), actor: actor.login, createdAt: this.now(), ...event } as TimelineEvent;
    issue.timeline.push(full);
    return full;
  }

  // ---------------------------------------------------------------- comments

  /** Comments on an issue (read access), oldest first. */
  listComments(repo: Repo, issue: Issue): Comment[] {
    return issue.commentIds.map((id) => repo.comments.get(id)).filter((c): c is Comment => c !== undefined);
  }

  /** A comment by id; 404 when absent. */
  comment(repo: Repo, id: number): Comment {
    const comment = repo.comments.get(id);
    if (!comment) throw notFound();
    return comment;
  }

  /** Comments on an issue as `actor` (read access); 422 for an empty body. */
  addComment(repo: Repo, actor: Account, number: number, body: string): Comment {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    const issue = this.issue(repo, number);
    if (body.trim() === '') throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
    requireBodyLength('IssueComment', body);
    if (issue.locked && !atLeast(this.permission(repo, actor.login), 'write')) {
      throw forbidden('Unable to create comment because issue is locked.');
    }
    const id = this.ids.next();
    const now = this.now();
    const comment: Comment = {
      id,
      nodeId: nodeId('IC', id),
      issueNumber: number,
      body,
      author: actor.login,
      createdAt: now,
      updatedAt: now,
      lastEditedAt: null,
      reactions: [],
    };
    repo.comments.set(id, comment);
    issue.commentIds.push(id);
    issue.updatedAt = now;
    this.#event(issue, actor, { event: 'commented', commentId: id });
    this.#recordReferences(repo, issue, actor, body);
    return comment;
  }

  /** Edits a comment: its author, or write access and up (maintainers edit others' comments). */
  updateComment(repo: Repo, actor: Account, id: number, body: string): Comment {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    const comment = this.comment(repo, id);
    this.#requireCommentOwnership(repo, actor, comment);
    if (body.trim() === '') throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
    requireBodyLength('IssueComment', body);
    const now = this.now();
    comment.body = body;
    comment.updatedAt = now;
    comment.lastEditedAt = now;
    const issue = this.issue(repo, comment.issueNumber);
    issue.updatedAt = now;
    this.#recordReferences(repo, issue, actor, body);
    return comment;
  }

  /** Deletes a comment: its author, or write access and up. */
  deleteComment(repo: Repo, actor: Account, id: number): void {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    const comment = this.comment(repo, id);
    this.#requireCommentOwnership(repo, actor, comment);
    repo.comments.delete(id);
    const issue = this.issue(repo, comment.issueNumber);
    issue.commentIds = issue.commentIds.filter((c) => c !== id);
    // GitHub drops a deleted comment from the timeline too.
    issue.timeline = issue.timeline.filter((e) => !(e.event === 'commented' && e.commentId === id));
    issue.updatedAt = this.now();
  }

  #requireCommentOwnership(repo: Repo, actor: Account, comment: Comment): void {
    if (comment.author.toLowerCase() === actor.login.toLowerCase()) return;
    if (atLeast(this.permission(repo, actor.login), 'write')) return;
    throw actor.type === 'Bot' ? forbidden('Resource not accessible by integration') : forbidden('Must have admin rights to Repository.');
  }

  /**
   * Reacts to a comment or an issue (read access). Returns the reaction and whether it is new:
   * GitHub answers 201 for a new one and 200 with the existing one for a repeat.
   */
  addReaction(
    repo: Repo,
    actor: Account,
    target: { commentId: number } | { issueNumber: number },
    content: ReactionContent,
  ): { reaction: Reaction; created: boolean } {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    const holder = 'commentId' in target ? this.comment(repo, target.commentId) : this.issue(repo, target.issueNumber);
    const existing = holder.reactions.find((r) => r.user === actor.login && r.content === content);
    if (existing) return { reaction: existing, created: false };
    const id = this.ids.next();
    const reaction: Reaction = { id, nodeId: nodeId('REA', id), user: actor.login, content, createdAt: this.now() };
    holder.reactions.push(reaction);
    return { reaction, created: true };
  }

  /** Removes `actor`'s reaction of this content (read access); returns whether one existed. */
  removeReaction(repo: Repo, actor: Account, target: { commentId: number } | { issueNumber: number }, content: ReactionContent): boolean {
    this.requireAccess(repo, actor, this.participationLevel(actor));
    const holder = 'commentId' in target ? this.comment(repo, target.commentId) : this.issue(repo, target.issueNumber);
    const before = holder.reactions.length;
    holder.reactions = holder.reactions.filter((r) => !(r.user === actor.login && r.content === content));
    return holder.reactions.length !== before;
  }

  // ---------------------------------------------------------------- cross references

  /**
   * Records a cross-referenced event on every other issue or pull request `text` mentions
   * (`#12`, `owner/repo#12`, or its URL), once per source, as GitHub's timeline shows.
   */
  #recordReferences(repo: Repo, source: Issue, actor: Account, text: string): void {
    for (const ref of findReferences(text, repo.fullName, [this.urls.web, 'https://github.com'])) {
      const targetRepo = this.findRepo(ref.repo);
      const target = targetRepo?.issues.get(ref.number);
      if (!targetRepo || !target) continue;
      if (targetRepo === repo && target === source) continue;
      // A reference from a private repository is not shown on a repository that cannot see it.
      if (repo.private && repo !== targetRepo) continue;
      const already = target.timeline.some(
        (e) => e.event === 'cross-referenced' && e.source.repo === repo.fullName && e.source.number === source.number,
      );
      if (already) continue;
      const sourceRef: IssueRef = { repo: repo.fullName, number: source.number };
      this.#event(target, actor, { event: 'cross-referenced', source: sourceRef });
    }
  }

  // ---------------------------------------------------------------- pull requests

  /**
   * Opens a pull request from `head` (`branch` or `owner:branch`) into `base`. Fails 422 as GitHub
   * does for an unknown branch, for no commits between them, and when an open pull request from
   * that head already exists.
   */
  createPull(
    repo: Repo,
    actor: Account,
    input: { title: string; head: string; base: string; body?: string | null | undefined; draft?: boolean | undefined },
  ): Issue {
    this.requireAccess(repo, actor, this.participationLevel(actor));
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
    requireBodyLength('PullRequest', input.body);
    const issue = this.#newIssue(repo, actor, input.title, input.body ?? null);
    const pullId = this.ids.next();
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
    this.#recordReferences(repo, issue, actor, issue.body ?? '');
    return issue;
  }

  /** Updates a pull request's title, body, state or base (author or write access). */
  updatePull(
    repo: Repo,
    actor: Account,
    number: number,
    input: { title?: string | undefined; body?: string | null | undefined; state?: 'open' | 'closed' | undefined; base?: string | undefined },
  ): Issue {
    const pull = this.pull(repo, number);
    if (pull.author.toLowerCase() !== actor.login.toLowerCase()) this.requireAccess(repo, actor, 'write');
    else this.requireAccess(repo, actor, 'read');
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
    return this.updateIssue(repo, actor, number, issueFields);
  }

  /** Requests reviews (triage). Reviewers must be collaborators and not the author (422). */
  requestReviewers(repo: Repo, actor: Account, number: number, reviewers: string[]): Issue {
    this.requireAccess(repo, actor, 'triage');
    const pull = this.pull(repo, number);
    if (reviewers.some((login) => login.toLowerCase() === pull.author.toLowerCase())) {
      throw validationFailed([], 'Review cannot be requested from pull request author.');
    }
    const notCollaborators = reviewers.filter((login) => {
      const account = this.findAccount(login);
      return !account || account.type !== 'User' || !atLeast(this.permission(repo, account.login), 'read') || !repo.grants.has(account.login.toLowerCase());
    });
    if (notCollaborators.length > 0) {
      throw validationFailed(
        [],
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
      );
    }
    for (const login of reviewers) {
      const canonical = this.account(login).login;
      if (pull.pull.requestedReviewers.includes(canonical)) continue;
      pull.pull.requestedReviewers.push(canonical);
      this.#event(pull, actor, { event: 'review_requested', reviewer: canonical });
    }
    pull.updatedAt = this.now();
    return pull;
  }

  /** Files a pull request changes: its head against the merge base with its base. */
  pullFiles(repo: Repo, pull: Issue & { pull: NonNullable<Issue['pull']> }): ReturnType<GitStore['diffTrees']> {
    const baseTip = pull.pull.merged ? undefined : repo.git.refs.get(`refs/heads/${pull.pull.baseRef}`);
    const head = pull.pull.headSha;
    const base = baseTip ? repo.git.mergeBase(baseTip, head) : this.#mergedBase(repo, pull);
    const baseTree = base ? repo.git.getCommit(base)!.tree : repo.git.emptyTree;
    return repo.git.diffTrees(baseTree, repo.git.getCommit(head)!.tree);
  }

  #mergedBase(repo: Repo, pull: Issue & { pull: NonNullable<Issue['pull']> }): string | undefined {
    const mergeCommit = pull.pull.mergeCommitSha ? repo.git.getCommit(pull.pull.mergeCommitSha) : undefined;
    const firstParent = mergeCommit?.parents[0];
    return firstParent ? repo.git.mergeBase(firstParent, pull.pull.headSha) : undefined;
  }

  /**
   * Merges a pull request (write access). `merge` makes a merge commit, `squash` one commit,
   * `rebase` fast-forwards when it can. A stale `sha` fails 409 and a closed or conflicting pull
   * request 405, as GitHub does. Issues the body closes (`Fixes #3`) are closed.
   */
  mergePull(
    repo: Repo,
    actor: Account,
    number: number,
    input: { merge_method?: 'merge' | 'squash' | 'rebase' | undefined; commit_title?: string | undefined; commit_message?: string | undefined; sha?: string | undefined } = {},
  ): { sha: string; message: string } {
    this.requireAccess(repo, actor, 'write');
    const pull = this.pull(repo, number);
    if (pull.state !== 'open' || pull.pull.merged) throw new GitHubError(405, 'Pull Request is not mergeable');
    if (input.sha !== undefined && input.sha !== pull.pull.headSha) {
      throw conflict('Head branch was modified. Review and try the merge again.');
    }
    const baseRef = `refs/heads/${pull.pull.baseRef}`;
    const baseTip = repo.git.refs.get(baseRef);
    if (!baseTip) throw new GitHubError(405, 'Base branch was deleted');
    const head = pull.pull.headSha;
    const method = input.merge_method ?? 'merge';
    const tree = this.#mergeTrees(repo, baseTip, head);
    if (tree === undefined) throw new GitHubError(405, 'Pull Request is not mergeable');
    const identity = this.identity(actor);
    const title = input.commit_title ?? (method === 'squash' ? `${pull.title} (#${pull.number})` : `Merge pull request #${pull.number} from ${repo.owner}/${pull.pull.headRef}`);
    const message = input.commit_message !== undefined ? `${title}\n\n${input.commit_message}` : method === 'merge' ? `${title}\n\n${pull.title}` : title;
    let sha: string;
    if (method === 'rebase' && repo.git.isAncestor(baseTip, head)) sha = head;
    else {
      const parents = method === 'merge' ? [baseTip, head] : [baseTip];
      sha = repo.git.writeCommit({ tree, parents, author: identity, committer: identity, message }).sha;
    }
    this.moveBranch(repo, pull.pull.baseRef, sha);
    const now = this.now();
    pull.pull.merged = true;
    pull.pull.mergedAt = now;
    pull.pull.mergedBy = actor.login;
    pull.pull.mergeCommitSha = sha;
    pull.pull.headSha = head;
    this.#event(pull, actor, { event: 'merged', commitId: sha });
    this.#close(pull, actor, 'completed', null);
    if (pull.pull.baseRef === repo.defaultBranch) {
      for (const ref of findClosingReferences(pull.body ?? '', repo.fullName)) {
        const target = this.findRepo(ref.repo)?.issues.get(ref.number);
        if (target && !target.pull && target.state === 'open' && ref.repo.toLowerCase() === repo.fullName.toLowerCase()) {
          this.#close(target, actor, 'completed', sha, { repo: repo.fullName, number: pull.number });
        }
      }
    }
    return { sha, message: 'Pull Request successfully merged' };
  }

  /**
   * Three-way merges the trees of `base` and `head` per file; undefined on a conflict (both sides
   * changed one file differently).
   */
  #mergeTrees(repo: Repo, base: string, head: string): string | undefined {
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
}

/** Lower-cases and validates a label colour (six hex digits, an optional leading `#`). */
function normalizeColor(color: string): string {
  const bare = color.startsWith('#') ? color.slice(1) : color;
  if (!LABEL_COLOR.test(bare)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
  return bare.toLowerCase();
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** GitHub's limit on an issue, pull request or comment body, in characters (code points). */
export const MAX_BODY_LENGTH = 65_536;

/**
 * GitHub refuses a body over 65,536 characters with a 422 whose error item reads
 * `Body is too long (maximum is 65536 characters)` (for comments, on the field `data`).
 */
function requireBodyLength(resource: 'Issue' | 'PullRequest' | 'IssueComment', body: string | null | undefined): void {
  if (!body || body.length <= MAX_BODY_LENGTH) return;
  // Counted in code points, as GitHub counts characters; .length (UTF-16 units) only over-counts.
  let count = 0;
  for (const _ of body) count++;
  if (count <= MAX_BODY_LENGTH) return;
  throw validationFailed([
    resource === 'IssueComment'
      ? { resource, code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }
      : { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` },
  ]);
}
