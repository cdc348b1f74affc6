/** What a run did, for the action's outputs and the job summary. */
export interface RunResult {
  incident?: string;
  status?: string;
  reminders: number;
  escalations: number;
  postmortemPr?: string;
  followups: number;
  /** Chat and webhook messages sent. */
  notifications: number;
  errors: number;
  /** Lines of the job summary (Markdown), one per thing done or skipped. */
  notes: string[];
  /** A table for the job summary (header row first), e.g. the sweep's open incidents. */
  table?: string[][];
}

export function emptyResult(): RunResult {
  return { reminders: 0, escalations: 0, followups: 0, notifications: 0, errors: 0, notes: [] };
}
