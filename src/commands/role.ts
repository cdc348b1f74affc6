import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../core/change.js';
import type { Command } from '../core/commands.js';

/** `/inc role <role> @user` (also `/inc handoff`): assigns a role; the first assignment acknowledges. */
export function applyRole(draft: Draft, command: Extract<Command, { name: 'role' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  if (/\[bot\]$/i.test(command.login)) return { refused: `@${command.login} is a bot; roles are held by people` };
  const previous = record.roles[command.role];
  if (previous?.toLowerCase() === command.login.toLowerCase()) return { refused: `@${command.login} already holds ${command.role}` };
  record.roles[command.role] = command.login;
  log(draft, ctx, { kind: 'role', role: command.role, login: command.login, previous: previous ?? null });
  acknowledge(draft, ctx, true);
}
