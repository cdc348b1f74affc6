import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import type { Command } from '../commands.js';

/**
 * `/inc cause <pull request URL>`: records the change that caused the incident in `caused_by`
 * (SPEC 4.10). It may be given more than once, one pull request each; a URL already recorded
 * changes nothing (a re-run or a second responder naming the same change), so the Log says each
 * cause once.
 */
export function applyCause(draft: Draft, command: Extract<Command, { name: 'cause' }>, ctx: ChangeContext): Refusal | void {
  const causes = draft.record.caused_by ?? [];
  if (!causes.some((url) => url.toLowerCase() === command.url.toLowerCase())) {
    draft.record.caused_by = [...causes, command.url];
    log(draft, ctx, { kind: 'cause', url: command.url });
    // While the postmortem is in review, its pull request shows the cause at once.
    if (draft.record.postmortem && draft.record.status === 'resolved') draft.effects.buildPostmortem = true;
  }
  acknowledge(draft, ctx);
}
