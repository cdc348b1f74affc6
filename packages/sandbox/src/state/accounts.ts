/** The sandbox's accounts: users, bots and organizations, and their tokens. */
import { randomBytes } from 'node:crypto';
import { SandboxUsageError } from '../errors.js';
import { nodeId } from '../ids.js';
import { BOT_ID, BOT_LOGIN, type Account } from '../model.js';
import type { SandboxState } from '../state.js';

/** Adds a user, bot or organization. Users and bots get a token. */
export function addAccount(state: SandboxState, login: string, options: { type?: Account['type']; name?: string | null; email?: string | null; id?: number } = {}): Account {
  const key = login.toLowerCase();
  if (state.accounts.has(key)) throw new SandboxUsageError(`account ${login} already exists`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new SandboxUsageError(`invalid login ${login}: letters, digits and hyphens`);
  }
  const type = options.type ?? 'User';
  const id = options.id ?? state.ids.next();
  const prefix = type === 'Bot' ? 'ghs_' : 'ghp_';
  const account: Account = {
    id,
    nodeId: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
    login,
    type,
    name: options.name ?? null,
    email: options.email ?? null,
    createdAt: state.now(),
    token: type === 'Organization' ? null : `${prefix}${randomBytes(18).toString('hex')}`,
  };
  state.accounts.set(key, account);
  return account;
}

/** Adds the Actions bot with its real id. */
export function addBot(state: SandboxState): Account {
  return state.addAccount(BOT_LOGIN, { type: 'Bot', id: BOT_ID });
}

export function findAccount(state: SandboxState, login: string): Account | undefined {
  return state.accounts.get(login.toLowerCase());
}

/** The account with this login; a usage error when there is none (a test bug). */
export function account(state: SandboxState, login: string): Account {
  const account = state.findAccount(login);
  if (!account) throw new SandboxUsageError(`no account ${login}; add it with addUser()`);
  return account;
}

export function accountByToken(state: SandboxState, token: string): Account | undefined {
  for (const account of state.accounts.values()) if (account.token === token) return account;
  return undefined;
}
