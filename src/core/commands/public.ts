import { nextUpdateDue } from '../cadence.js';
import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import type { Command } from '../commands.js';

/**
 * `/inc public <message> [title: <public title>] [next: 45m]`: an update for the status page
 * (SPEC 4.9). Publishing is what lets the incident reach the page, so `public` is kept (an empty
 * object at least) once given; a title given replaces the public one. Like `/inc update`, it
 * resets the cadence clock.
 */
export function applyPublic(draft: Draft, command: Extract<Command, { name: 'public' }>, ctx: ChangeContext): Refusal | void {
  const { record } = draft;
  record.public = { ...(record.public ?? {}), ...(command.title !== undefined ? { title: command.title } : {}) };
  record.next_update_due = nextUpdateDue(ctx.config, record, ctx.now, command.nextInMs);
  log(draft, ctx, { kind: 'public', message: command.message, nextDue: record.next_update_due });
  acknowledge(draft, ctx);
}
