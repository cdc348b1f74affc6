import { nextUpdateDue } from '../cadence.js';
import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import type { Command } from '../commands.js';
import { toMillis } from '../time.js';

/** `/inc severity <S> [reason]`: a raised severity brings the next update forward, never back. */
export function applySeverity(draft: Draft, command: Extract<Command, { name: 'severity' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  if (record.severity === command.severity) return { refused: `the incident is already ${command.severity}` };
  const from = record.severity;
  record.severity = command.severity;
  const due = nextUpdateDue(ctx.config, record, ctx.now);
  if (due && (!record.next_update_due || toMillis(due) < toMillis(record.next_update_due))) record.next_update_due = due;
  log(draft, ctx, { kind: 'severity', from, to: command.severity, reason: command.reason });
  acknowledge(draft, ctx);
}
