import { note, type EventRun } from './incident-writer.js';

/**
 * Builds (or rebuilds) the postmortem pull request of an incident (SPEC 4.4).
 * Until the postmortem builder lands, the request is recorded in the job summary.
 */
export async function buildPostmortem(run: EventRun, issueNumber: number, actor: string): Promise<void> {
  note(run, `INC-${issueNumber}: postmortem requested by @${actor}; the postmortem builder is not part of this version`);
}
