/**
 * No import cycle in src/ (type-only imports included) or in the workspace packages: a module
 * graph with a cycle has no order in which each module can be read knowing only what it imports,
 * and a runtime cycle makes the order modules run in depend on which one is imported first.
 */
import madge from 'madge';
import { describe, expect, it } from 'vitest';

/**
 * Known cycles, to be removed by the work on the applier (issue 24): the applier calls back into
 * itself through the postmortem, and the reminders import the applier's types. Remove these
 * entries when it lands; a cycle not listed here fails the test.
 */
const KNOWN_CYCLES: readonly string[] = [
  'action/incident-writer.ts → action/postmortem.ts',
  'action/incident-writer.ts → action/reminders.ts',
];

/**
 * Every cycle among the TypeScript modules under a folder, each as "a → b → …" (paths relative to
 * the folder), through type-only imports too unless `runtimeOnly`.
 */
async function cyclesUnder(folder: string, { runtimeOnly = false } = {}): Promise<{ cycles: string[]; graph: Record<string, string[]> }> {
  const result = await madge(folder, {
    fileExtensions: ['ts'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: runtimeOnly } },
  });
  return { cycles: result.circular().map((cycle) => cycle.join(' → ')), graph: result.obj() };
}

describe('import cycles', () => {
  it('none in src/ but the known ones', async () => {
    const { cycles, graph } = await cyclesUnder('src');
    // The graph is read (a resolution that found nothing would find no cycle either).
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(graph['core/log.ts']).toContain('core/roles.ts');
    expect(graph['cli/main.ts']).toContain('cli/validate.ts');
    expect(cycles.filter((cycle) => !KNOWN_CYCLES.includes(cycle))).toEqual([]);
  }, 60_000);

  it('none at run time in the workspace packages (the sandbox and what it shares with the CLI)', async () => {
    // Type-only imports are left out here: the sandbox's state modules (state/*.ts) take the
    // SandboxState facade (state.ts) as their argument type, and the facade calls them.
    const { cycles, graph } = await cyclesUnder('packages', { runtimeOnly: true });
    expect(graph['sandbox/src/index.ts']).toContain('sandbox/src/server.ts');
    expect(cycles).toEqual([]);
  }, 60_000);
});
