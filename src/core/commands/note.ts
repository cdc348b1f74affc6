import { acknowledge, log, type ChangeContext, type Draft, type Refusal } from '../change.js';
import type { Command } from '../commands.js';

/** `/inc note <text>`: a key event for the timeline, like a pinned message. */
export function applyNote(draft: Draft, command: Extract<Command, { name: 'note' }>, ctx: ChangeContext): Refusal | void {
  log(draft, ctx, { kind: 'note', text: command.text });
  acknowledge(draft, ctx);
}
