import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../core/change.js';
import type { Command } from '../core/commands.js';

/** `/inc escalate [@user|@org/team ...] [reason]`: pings the named people, else the coordinators team. */
export function applyEscalate(draft: Draft, command: Extract<Command, { name: 'escalate' }>, ctx: ChangeContext): Refusal | void {
  const targets = command.targets.length ? command.targets : [...ctx.config.coordinators];
  if (!targets.length) {
    return { refused: 'no one to escalate to: name @user or @org/team, or set escalation.coordinators in .github/sitrep.yml' };
  }
  draft.effects.escalation = { targets, reason: command.reason };
  log(draft, ctx, { kind: 'escalated', targets, reason: command.reason });
  acknowledge(draft, ctx);
}
