// Inlines templates/postmortem.md into a TypeScript module, so the bundled action and CLI carry the
// template while it stays a real Markdown file. Run by scripts/build.mjs; a unit test checks it is fresh.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const TEMPLATE = new URL('templates/postmortem.md', root);
export const MODULE = new URL('src/core/postmortem-template.generated.ts', root);

/** The module's source for a template text. */
export function templateModule(text) {
  return [
    '// Generated from templates/postmortem.md by scripts/postmortem-template.mjs: do not edit by hand.',
    '',
    '/** The bundled postmortem template; a repository overrides it with `.github/sitrep/postmortem.md`. */',
    `export const BUNDLED_POSTMORTEM_TEMPLATE: string = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
}

/** Writes the module when it differs from the template. */
export async function writeTemplateModule() {
  const source = templateModule(await readFile(TEMPLATE, 'utf8'));
  const current = await readFile(MODULE, 'utf8').catch(() => null);
  if (current !== source) await writeFile(MODULE, source);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeTemplateModule();
