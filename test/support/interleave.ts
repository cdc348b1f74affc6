/**
 * Interleaving runs in a known order: a sandbox fault with `hold` keeps one run's request waiting
 * while another run goes ahead, then the test releases it.
 */

/** A request hold and the function that releases it. */
export function gate(): { hold: Promise<void>; release: () => void } {
  let release = (): void => {};
  const hold = new Promise<void>((resolve) => (release = resolve));
  return { hold, release };
}

/** Waits (polling) until a condition holds, such as a held request having reached the sandbox. */
export async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error('timed out waiting for the held request');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
