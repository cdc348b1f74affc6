import { acknowledge, log, loginStanding, type ChangeContext, type Draft, type Refusal } from '../change.js';
import { usageOf, type Command } from '../commands.js';
import { pagerNamed } from '../paging.js';

function namesPager(reason: string, ctx: ChangeContext): boolean {
  return pagerNamed(ctx.config, reason) !== undefined;
}

/**
 * `/inc escalate [@user|@org/team ...] [reason]`: pings the named people, else the coordinators
 * team. A user GitHub does not know is refused: a page to nobody would look like a page sent.
 */
export function applyEscalate(draft: Draft, command: Extract<Command, { name: 'escalate' }>, ctx: ChangeContext): Refusal | void {
  const unknown = command.targets.filter((t) => !t.includes('/') && loginStanding(ctx, t.replace(/^@/, '')) === 'unknown');
  if (unknown.length) {
    return { refused: `${unknown.join(', ')} ${unknown.length > 1 ? 'are not GitHub users' : 'is not a GitHub user'}; check the spelling`, usage: usageOf('escalate', ctx.config.command) };
  }
  const targets = command.targets.length ? command.targets : [...ctx.config.coordinators];
  if (!targets.length) {
    return { refused: 'no one to escalate to: name @user or @org/team, or set escalation.coordinators in .github/sitrep.yml' };
  }
  draft.effects.escalation = { targets, reason: command.reason };
  // Pages (SPEC 4.11) with no @ target, or with a pager's name as the target (`/inc escalate primary`).
  const page = ctx.config.paging.length > 0 && (command.targets.length === 0 || namesPager(command.reason, ctx));
  log(draft, ctx, { kind: 'escalated', targets, reason: command.reason, ...(page ? { page: true } : {}) });
  acknowledge(draft, ctx);
}
