import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../core/change.js';
import type { Command } from '../core/commands.js';

/**
 * `/inc followup <title> [repo:] [owner:] [due:]`: recorded in the Log in the action-item grammar,
 * so the postmortem pre-fills its Action items from it.
 */
export function applyFollowup(draft: Draft, command: Extract<Command, { name: 'followup' }>, ctx: ChangeContext): Refusal | void {
  log(draft, ctx, { kind: 'followup', item: formatActionItem(command) });
  // While the postmortem is in review, its pull request takes the new item at once.
  if (draft.record.postmortem && draft.record.status === 'resolved') draft.effects.buildPostmortem = true;
  acknowledge(draft, ctx);
}

/** `Title — owner: @carol, repo: acme/checkout, due: 2026-12-05`, the grammar of SPEC 4.5. */
export function formatActionItem(item: { title: string; owner?: string; repo?: string; due?: string }): string {
  const fields = [
    item.owner && `owner: @${item.owner}`,
    item.repo && `repo: ${item.repo}`,
    item.due && `due: ${item.due}`,
  ].filter(Boolean);
  return fields.length ? `${item.title} — ${fields.join(', ')}` : item.title;
}
