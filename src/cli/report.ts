/** `sitrep report [dir] [--json]` */
export async function reportCommand(_argv: string[]): Promise<number> {
  console.error('sitrep report: not available yet');
  return 2;
}
