import { nextUpdateDue } from '../cadence.js';
import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import type { Command } from '../commands.js';

/** `/inc update <message> [next: 45m]`: a status update; resets the cadence clock. */
export function applyUpdate(draft: Draft, command: Extract<Command, { name: 'update' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  record.next_update_due = nextUpdateDue(ctx.config, record, ctx.now, command.nextInMs);
  log(draft, ctx, { kind: 'update', status: record.status, message: command.message, nextDue: record.next_update_due });
  acknowledge(draft, ctx);
}
