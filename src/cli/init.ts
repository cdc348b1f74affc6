/** `sitrep init [dir]`: not available in this build yet. */
export async function initCommand(_argv: string[]): Promise<number> {
  console.error('sitrep init: not available yet');
  return 2;
}
