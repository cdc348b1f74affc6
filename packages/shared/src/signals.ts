/** How a long-running command (`sitrep relay`, `sitrep sandbox`) waits to be told to stop. */

/**
 * Resolves on the first SIGINT or SIGTERM, or when `signal` aborts (tests, embedding), and stops
 * listening for the others, so the command can shut down in order.
 */
export function untilStopped(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
}
