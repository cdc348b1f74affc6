import { acknowledge, log, loginStanding, type ChangeContext, type Draft, type Refusal } from '../change.js';
import { usageOf, type Command } from '../commands.js';

/**
 * `/inc role <role> @user` (also `/inc handoff`): assigns a role; the first assignment acknowledges.
 * A login GitHub does not know is refused, so no staffing check ever counts it; one GitHub knows
 * but cannot assign to the issue holds the role, and the author is told.
 */
export function applyRole(draft: Draft, command: Extract<Command, { name: 'role' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  if (/\[bot\]$/i.test(command.login)) return { refused: `@${command.login} is a bot; roles are held by people` };
  const standing = loginStanding(ctx, command.login);
  if (standing === 'unknown') {
    return { refused: `@${command.login} is not a GitHub user; check the spelling`, usage: usageOf('role', ctx.config.command) };
  }
  const previous = record.roles[command.role];
  if (previous?.toLowerCase() === command.login.toLowerCase()) return { refused: `@${command.login} already holds ${command.role}` };
  record.roles[command.role] = command.login;
  log(draft, ctx, { kind: 'role', role: command.role, login: command.login, previous: previous ?? null });
  acknowledge(draft, ctx, true);
  if (standing === 'exists') {
    (draft.effects.notices ??= []).push(
      `@${command.login} now holds ${command.role}, but GitHub cannot assign them to this issue: only people with access to the repository, or who took part in the issue, can be assigned. The role is recorded and shown on the card; give them access (or ask them to comment here) to have them assigned.`,
    );
  }
}
