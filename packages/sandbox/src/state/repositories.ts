/** The sandbox's repositories, and who may see and act on them (grants, roles, visibility). */
import { SandboxUsageError, forbidden, notFound } from '../errors.js';
import { GitStore } from '../git.js';
import { nodeId } from '../ids.js';
import { BOT_LOGIN, STANDARD_USERS, atLeast, type Account, type Permission, type Repo } from '../model.js';
import type { SandboxState } from '../state.js';
import { defaultSettings } from '../rules.js';
import { writeCommit, type FileWrite } from './contents.js';

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

/** Creates a repository with a first commit on its default branch. */
export function addRepo(state: SandboxState, fullName: string, options: RepoOptions = {}): Repo {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length > 0) throw new SandboxUsageError(`repository must be owner/name, got ${fullName}`);
  if (state.repos.has(fullName.toLowerCase())) throw new SandboxUsageError(`repository ${fullName} already exists`);
  const ownerAccount = state.findAccount(owner) ?? state.addAccount(owner, { type: 'Organization' });
  const id = state.ids.next();
  const now = state.now();
  const grants = new Map<string, Permission>();
  for (const [login, role] of Object.entries(options.permissions ?? DEFAULT_GRANTS)) {
    if (state.findAccount(login)) grants.set(login.toLowerCase(), role);
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
    settings: defaultSettings(options.private ?? true),
  };
  state.repos.set(repo.fullName.toLowerCase(), repo);
  const initial: FileWrite[] = Object.entries(options.files ?? { 'README.md': `# ${name}\n` }).map(([path, content]) => ({
    path,
    content,
  }));
  const ownerIsUser = ownerAccount.type === 'User';
  const committer = ownerIsUser ? ownerAccount : state.findAccount('alice') ?? ownerAccount;
  writeCommit(state, repo, committer, { branch: repo.defaultBranch, message: 'Initial commit', files: initial, create: true });
  return repo;
}

export function findRepo(state: SandboxState, fullName: string): Repo | undefined {
  return state.repos.get(fullName.toLowerCase());
}

/** The repository; a usage error when there is none (a test bug). */
export function repo(state: SandboxState, fullName: string): Repo {
  const repo = state.findRepo(fullName);
  if (!repo) throw new SandboxUsageError(`no repository ${fullName}; add it with addRepo()`);
  return repo;
}

/** Sets `login`'s role on a repository (`none` removes the grant). */
export function grant(state: SandboxState, repo: Repo, login: string, role: Permission): void {
  const account = state.account(login);
  if (role === 'none') repo.grants.delete(account.login.toLowerCase());
  else repo.grants.set(account.login.toLowerCase(), role);
}

/** The role `login` holds on a repository, considering ownership and visibility. */
export function permission(state: SandboxState, repo: Repo, login: string): Permission {
  const key = login.toLowerCase();
  if (key === repo.owner.toLowerCase()) return 'admin';
  const granted = repo.grants.get(key);
  if (granted) return granted;
  // Anyone may read a public repository; the workflow token, however, reaches only where granted.
  const account = state.findAccount(login);
  if (!repo.private && account?.type === 'User') return 'read';
  // An App's token reads public repositories too (GITHUB-RULES.md row 10), but acts on none.
  if (!repo.private && account?.type === 'Bot') return 'read';
  return 'none';
}

/**
 * Checks that `actor` holds `needed` on the repository, failing as GitHub does: 404 when the
 * actor may not see it, 403 when it may see but not act (worded for the bot's integration
 * token or for a user).
 */
export function requireAccess(state: SandboxState, repo: Repo, actor: Account, needed: Permission): void {
  const held = state.permission(repo, actor.login);
  if (actor.type === 'Bot') {
    // An installation token reaches only its repositories (and reads public ones): another
    // private repository does not exist for it.
    if (held === 'none' && repo.private) throw notFound();
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
export function participationLevel(state: SandboxState, actor: Account): Permission {
  return actor.type === 'Bot' ? 'write' : 'read';
}

/** Finds a repository by name for `actor`, hiding the ones it may not see (404). */
export function visibleRepo(state: SandboxState, actor: Account, owner: string, name: string): Repo {
  const repo = state.findRepo(`${owner}/${name}`);
  if (!repo) throw notFound();
  state.requireAccess(repo, actor, 'read');
  return repo;
}
