import * as core from '@actions/core';
import type { Diagnostic } from '../core/diagnostics.js';
import { budgetStopOf } from '../github/errors.js';

/** The message of anything thrown, for the run log and the job summary. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What a run did, for the action's outputs, the job summary and the exit code: one object that
 * every part of a run reports to (errors, notes, counts, the write budget left), so nothing counts
 * errors by hand and the exit code is decided in one place.
 */
export class RunReport {
  incident?: string;
  status?: string;
  reminders = 0;
  escalations = 0;
  postmortemPr?: string;
  followups = 0;
  /** Chat and webhook messages sent. */
  notifications = 0;
  /** Pager events (triggers and resolves) a pager accepted. */
  pages = 0;
  /** Errors met; any makes the run fail once it has done all it could. Read it; report through `error`. */
  errors = 0;
  /** Lines of the job summary (Markdown), one per thing done or skipped. */
  notes: string[] = [];
  /** A table for the job summary (header row first), e.g. the sweep's open incidents. */
  table?: string[][];
  /** Incidents whose committed change the public status page shows: the page is rebuilt once, at the end of the run. */
  statusPage = new Set<string>();
  /** What the run left for the next one when it reached its write budget (incident ids). */
  notReached: string[] = [];
  /** The write budget, once the run's client exists. */
  #budget: { remaining: () => number; total: number } | undefined;
  #budgetStop: string | undefined;

  /** Ties the report to the client's write budget, for `hasRemainingWrites` and the summary. */
  watchBudget(budget: { remaining: () => number; total: number }): void {
    this.#budget = budget;
  }

  /** Whether the run may still write (actions/stale's `hasRemainingOperations`): asked before each incident. */
  hasRemainingWrites(): boolean {
    return !this.#budget || this.#budget.remaining() > 0;
  }

  /** The writes left, when the run has a client. */
  get remainingWrites(): { remaining: number; total: number } | undefined {
    return this.#budget && { remaining: this.#budget.remaining(), total: this.#budget.total };
  }

  /** Logs a line to the run log and the job summary. */
  note(text: string): void {
    core.info(text);
    this.notes.push(text);
  }

  /**
   * One error: counted, logged and listed in the summary as `summary` (the log line may differ).
   * The run goes on with what it can do. A write refused by the budget is not an error but a
   * clean stop: it is named in the summary and the next run picks up what is left.
   */
  error(summary: string, options: { cause?: unknown; log?: string; files?: readonly Diagnostic[]; title?: string } = {}): void {
    const stop = budgetStopOf(options.cause);
    if (stop) {
      this.budgetReached(stop.message);
      return;
    }
    this.errors++;
    const { files = [], title } = options;
    if (!files.length) core.error(options.log ?? summary);
    // Each problem is annotated on its file and line.
    for (const f of files) core.error(f.message, { file: f.path, startLine: f.line, ...(f.column > 1 ? { startColumn: f.column } : {}), ...(title ? { title } : {}) });
    this.notes.push(summary);
  }

  /** A failure of `what`, caught: `what: message`, or a budget stop. Returns the message. */
  failed(what: string, cause: unknown): string {
    const message = messageOf(cause);
    this.error(`${what}: ${message}`, { cause });
    return message;
  }

  /** One problem in a file: counted, listed as `path:line: problem`, annotated on the file. */
  fileError(problem: Diagnostic): void {
    this.error(`\`${problem.path}:${problem.line}\`: ${problem.message}`, { files: [problem] });
  }

  /** The run reached its write budget: named once in the summary; what is left waits for the next run. */
  budgetReached(message: string): void {
    if (this.#budgetStop !== undefined) return;
    this.#budgetStop = message;
    core.warning(message);
    this.notes.push(`⏸️ ${message}`);
  }

  /** Whether the run stopped at its write budget. */
  get stoppedAtBudget(): boolean {
    return this.#budgetStop !== undefined;
  }

  /** SPEC 4, Errors: a run that met any error did all it could, and fails so someone is told. */
  exitCode(): 0 | 1 {
    return this.errors > 0 ? 1 : 0;
  }
}

/** The report's shape as tests and handlers name it. */
export type RunResult = RunReport;

export function emptyResult(): RunReport {
  return new RunReport();
}
