import { formatActionItem } from '../action-items.js';
import { acknowledge, log, loginStanding, type ChangeContext, type Draft, type Refusal } from '../change.js';
import { usageOf, type Command } from '../commands.js';

/**
 * `/inc followup <title> [— owner:, repo:, due:, priority:]`: recorded in the Log in the action-item grammar,
 * so the postmortem pre-fills its Action items from it. An owner GitHub does not know is refused.
 */
export function applyFollowup(draft: Draft, command: Extract<Command, { name: 'followup' }>, ctx: ChangeContext): Refusal | void {
  if (command.owner && loginStanding(ctx, command.owner) === 'unknown') {
    return { refused: `owner @${command.owner} is not a GitHub user; check the spelling`, usage: usageOf('followup', ctx.config.command) };
  }
  log(draft, ctx, { kind: 'followup', item: formatActionItem(command) });
  // While the postmortem is in review, its pull request takes the new item at once.
  if (draft.record.postmortem && draft.record.status === 'resolved') draft.effects.buildPostmortem = true;
  acknowledge(draft, ctx);
}

export { formatActionItem };
