import { nextUpdateDue, severityOf } from '../core/cadence.js';
import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../core/change.js';
import type { Command } from '../core/commands.js';
import { allowedMoves, canMove, describeMove } from '../core/lifecycle.js';
import { formatTimestamp } from '../core/time.js';

/** `/inc status <status> [message]` (and `/inc resolve`, `/inc decline`): moves the lifecycle; counts as an update. */
export function applyStatus(draft: Draft, command: Extract<Command, { name: 'status' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  const from = record.status;
  const to = command.status;
  if (from === to) return { refused: `the incident is already ${to}; use update to post an update` };
  if (!canMove(from, to)) {
    return { refused: `cannot move from ${from} to ${to}; from ${from} the incident can move to ${allowedMoves(from).join(', ')}` };
  }
  const now = formatTimestamp(ctx.now);
  const move = describeMove(from, to);
  record.status = to;
  if (move === 'reopened') {
    const cleared = [record.resolved_at && 'resolved_at', record.closed_at && 'closed_at'].filter((k): k is string => Boolean(k));
    record.resolved_at = null;
    record.closed_at = null;
    log(draft, ctx, { kind: 'reopened', from, to, cleared, message: command.message });
  } else {
    log(draft, ctx, { kind: move === 'regression' ? 'regression' : 'status', from, to, message: command.message });
  }
  if (to === 'monitoring') record.mitigated_at ??= now;
  if (to === 'resolved') {
    record.resolved_at = now;
    if (severityOf(ctx.config, record.severity).postmortem === 'required' && !record.postmortem) {
      draft.effects.buildPostmortem = true;
    }
  }
  if (to === 'closed') record.closed_at = now;
  record.next_update_due = nextUpdateDue(ctx.config, record, ctx.now);
  acknowledge(draft, ctx);
}
