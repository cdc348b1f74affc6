import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import { POSTMORTEM_REQUESTED } from '../postmortem/input.js';

/**
 * `/inc postmortem`: (re)build the postmortem pull request now. Logged, so the command changes
 * the record and is acknowledged like any other.
 */
export function applyPostmortem(draft: Draft, ctx: ChangeContext): Refusal | void {
  draft.effects.buildPostmortem = true;
  log(draft, ctx, { kind: 'postmortem', text: POSTMORTEM_REQUESTED });
  acknowledge(draft, ctx);
}
