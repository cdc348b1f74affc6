import type { ChangeContext, Draft, Refusal } from '../core/change.js';
import type { Command } from '../core/commands.js';
import { applyCause } from './cause.js';
import { applyEscalate } from './escalate.js';
import { applyFollowup } from './followup.js';
import { applyNote } from './note.js';
import { applyPostmortem } from './postmortem.js';
import { applyPublic } from './public.js';
import { applyRole } from './role.js';
import { applySeverity } from './severity.js';
import { applyStatus } from './status.js';
import { applyUpdate } from './update.js';

/** Applies one command to a draft. */
export function applyCommand(draft: Draft, command: Command, ctx: ChangeContext): Refusal | void {
  switch (command.name) {
    case 'update':
      return applyUpdate(draft, command, ctx);
    case 'status':
      return applyStatus(draft, command, ctx);
    case 'severity':
      return applySeverity(draft, command, ctx);
    case 'role':
      return applyRole(draft, command, ctx);
    case 'escalate':
      return applyEscalate(draft, command, ctx);
    case 'note':
      return applyNote(draft, command, ctx);
    case 'followup':
      return applyFollowup(draft, command, ctx);
    case 'postmortem':
      return applyPostmortem(draft, ctx);
    case 'public':
      return applyPublic(draft, command, ctx);
    case 'cause':
      return applyCause(draft, command, ctx);
    case 'help':
      draft.effects.help = true;
      return;
    default:
      // A command added to the grammar but not wired here fails to compile.
      return unwired(command);
  }
}

function unwired(command: never): never {
  throw new Error(`command ${JSON.stringify(command)} is not wired into applyCommand`);
}

/** A line that did not apply, with the reason and the usage to show. */
export interface LineRefusal {
  line: string;
  lineNumber: number;
  reason: string;
  usage?: string;
}
