/**
 * `repository_dispatch` / `sitrep-page` (SPEC 4.11): a pager's acknowledge, resolve, escalate or
 * reassign, forwarded by `sitrep relay`. The payload is checked once (`readPageAnswer`), then the
 * change goes through the one applier: this handler only finds the incident.
 */
import { readPageAnswer } from '../core/paging.js';
import { inlineUserText } from '../core/sanitize.js';
import { PAGE_EVENT_TYPE } from '../paging/verify.js';
import type { RepositoryDispatchPayload } from './alert.js';
import { applyEvent } from './applier.js';
import { changeContext, load, note, type EventRun } from './run.js';

/** Handles one `sitrep-page` dispatch. A payload that does not match the schema fails the run, naming the field. */
export async function handlePageAnswer(run: EventRun, event: RepositoryDispatchPayload): Promise<void> {
  if (event.action !== PAGE_EVENT_TYPE) return note(run, `repository_dispatch "${inlineUserText(String(event.action))}" is not ${PAGE_EVENT_TYPE}; nothing to do`);
  const read = readPageAnswer(event.client_payload);
  if ('problems' in read) {
    const message = `the ${PAGE_EVENT_TYPE} payload is not valid, so nothing was changed: ${read.problems.map(inlineUserText).join('; ')}. See schemas/page.schema.json; re-run this workflow once the sender is fixed.`;
    run.result.error(`**Error:** ${message}`, { log: message });
    return;
  }
  const { answer } = read;
  const loaded = await load(run, Number(answer.incident.slice('INC-'.length)));
  if (!loaded.record) return note(run, `${answer.incident} has no incident file; the pager's ${answer.action} is dropped`);
  const actor = event.sender?.login ?? 'github-actions';
  await applyEvent(run, loaded, { type: 'page-answer', answer }, changeContext(run, loaded, actor, ''));
}
