/**
 * Where the sandbox records every request or response that disagrees with GitHub's published
 * descriptions, and every gap in the sandbox itself. Tests fail on any record, so neither the
 * code under test nor the sandbox can drift quietly.
 */

/** One problem at a JSON pointer. */
export interface ViolationProblem {
  pointer: string;
  message: string;
}

/** A recorded disagreement with GitHub's descriptions. */
export interface Violation {
  /**
   * `request`: the client sent what GitHub's description forbids. `response`: the sandbox
   * answered what GitHub's description forbids. `unimplemented`: GitHub serves the route or field
   * but the sandbox does not. `internal`: the sandbox failed.
   */
  direction: 'request' | 'response' | 'unimplemented' | 'internal';
  protocol: 'rest' | 'graphql';
  /** REST operationId (`issues/create`) or GraphQL operation (`query IncidentIssues`). */
  operation: string;
  method: string;
  path: string;
  problems: ViolationProblem[];
  /** One line naming the operation and the first bad field. */
  message: string;
}

/** The violation log of one sandbox. */
export class ViolationLog {
  readonly #entries: Violation[] = [];

  /** Records a violation and returns it. */
  record(violation: Omit<Violation, 'message'> & { message?: string }): Violation {
    const first = violation.problems[0];
    const message =
      violation.message ??
      `${violation.protocol.toUpperCase()} ${violation.direction} violation in ${violation.operation}` +
        (first ? ` at ${first.pointer}: ${first.message}` : '');
    const entry: Violation = { ...violation, message };
    this.#entries.push(entry);
    return entry;
  }

  /** Everything recorded so far. */
  get all(): readonly Violation[] {
    return [...this.#entries];
  }

  get length(): number {
    return this.#entries.length;
  }

  /** Returns and forgets everything recorded (for tests that provoke violations on purpose). */
  take(): Violation[] {
    return this.#entries.splice(0, this.#entries.length);
  }

  clear(): void {
    this.#entries.length = 0;
  }

  /** Throws one error listing every violation, if any was recorded. */
  assertNone(): void {
    if (this.#entries.length === 0) return;
    const lines = this.#entries.map((v) => {
      const details = v.problems.slice(0, 5).map((p) => `    ${p.pointer}: ${p.message}`);
      return [`- ${v.message} (${v.method} ${v.path})`, ...details].join('\n');
    });
    throw new SandboxViolationError(`The GitHub sandbox recorded ${this.#entries.length} violation(s):\n${lines.join('\n')}`, this.all);
  }
}

/** Thrown by `assertNoViolations()` and `close()` when violations were recorded. */
export class SandboxViolationError extends Error {
  override readonly name = 'SandboxViolationError';
  constructor(
    message: string,
    readonly violations: readonly Violation[],
  ) {
    super(message);
  }
}
