import { acknowledge, type ChangeContext, type Draft, type Refusal } from '../core/change.js';

/** `/inc postmortem`: (re)build the postmortem pull request now. */
export function applyPostmortem(draft: Draft, ctx: ChangeContext): Refusal | void {
  draft.effects.buildPostmortem = true;
  acknowledge(draft, ctx);
}
