/**
 * The test harness (`@sitrep/sandbox/testing`): a sandbox per test file that fails any test during which it
 * recorded a violation, the runner (`runAction`), event builders and a small HTTP client.
 *
 * ```ts
 * const ctx = useSandbox();
 * it('declares an incident', async () => {
 *   const issue = ctx.sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'] });
 *   const run = await runAction({ sandbox: ctx.sandbox, ...issuesEvent(ctx.sandbox, 'opened', { number: issue.number }) });
 *   expect(run.exitCode).toBe(0);
 * });
 * ```
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSandbox, type Sandbox, type SandboxOptions } from '../index.js';

export * from '../events.js';
export * from '../runner.js';
export * from './http.js';
export { assertWebhookPayload } from './webhook-schemas.js';

/** Holds the current sandbox of a test file. */
export interface SandboxContext {
  readonly sandbox: Sandbox;
}

/**
 * Registers hooks that give each test a sandbox (a fresh one per test with `fresh: true`, else one
 * per file) and fail the test if the sandbox recorded a violation while it ran.
 */
export function useSandbox(options: SandboxOptions & { fresh?: boolean } = {}): SandboxContext {
  let current: Sandbox | undefined;
  const context: SandboxContext = {
    get sandbox(): Sandbox {
      if (!current) throw new Error('the sandbox is not running: use ctx.sandbox inside a test');
      return current;
    },
  };
  const start = async () => {
    const { fresh: _fresh, ...sandboxOptions } = options;
    current = await createSandbox(sandboxOptions);
  };
  const stop = async () => {
    await current?.close({ ignoreViolations: true });
    current = undefined;
  };
  if (options.fresh) {
    beforeEach(start);
    afterEach(stop);
  } else {
    beforeAll(start);
    afterAll(stop);
  }
  // Registered after the stop hook so it runs first (vitest runs after-hooks in reverse order).
  afterEach(() => {
    if (!current || current.violations.length === 0) return;
    try {
      current.assertNoViolations();
    } finally {
      // One failing test must not fail the next ones too.
      current.violations.clear();
    }
  });
  return context;
}
