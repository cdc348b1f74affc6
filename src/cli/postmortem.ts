/** `sitrep postmortem INC-<n> [dir]`: not available in this build yet. */
export async function postmortemCommand(_argv: string[]): Promise<number> {
  console.error('sitrep postmortem: not available yet');
  return 2;
}
