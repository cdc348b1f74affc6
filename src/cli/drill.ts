/** `sitrep drill [--scenario <name>]`: not available in this build yet. */
export async function drillCommand(_argv: string[]): Promise<number> {
  console.error('sitrep drill: not available yet');
  return 2;
}
