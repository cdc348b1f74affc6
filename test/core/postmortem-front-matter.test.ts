/**
 * Merging the generated front matter into a postmortem keeps people's YAML intact whatever style
 * they wrote the title in (issue 28, item 4): plain, quoted, literal and folded block scalars,
 * trailing spaces and CRLF line ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { stringifyFrontMatter } from '../../src/core/incident-file.js';
import { mergeFrontMatter, readPostmortemFrontMatter } from '../../src/core/postmortem/front-matter.js';
import { regenerate } from '../../src/core/postmortem/regenerate.js';

/** Words a title is made of: no YAML indicators at the start, so every style below can hold them. */
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}$/);
const titleText = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

type Style = 'plain' | 'single' | 'double' | 'literal' | 'literal-strip' | 'literal-keep' | 'folded' | 'folded-strip';
const STYLES: Style[] = ['plain', 'single', 'double', 'literal', 'literal-strip', 'literal-keep', 'folded', 'folded-strip'];

/** `title:` written in a style; block scalars span lines and end with their line break. */
function titleLines(title: string, style: Style, trailing: string): string[] {
  switch (style) {
    case 'plain':
      return [`title: ${title}${trailing}`];
    case 'single':
      return [`title: '${title}'${trailing}`];
    case 'double':
      return [`title: "${title}"${trailing}`];
    case 'literal':
      return [`title: |${trailing}`, `  ${title}`];
    case 'literal-strip':
      return [`title: |-${trailing}`, `  ${title}`];
    case 'literal-keep':
      return [`title: |+${trailing}`, `  ${title}`, ''];
    case 'folded':
      return [`title: >${trailing}`, ...title.split(' ').map((w) => `  ${w}`)];
    case 'folded-strip':
      return [`title: >-${trailing}`, ...title.split(' ').map((w) => `  ${w}`)];
  }
}

function existingYaml(title: string, style: Style, trailing: string, eol: string, titleFirst: boolean): string {
  const before = ['id: INC-7', 'incident: INC-7'];
  const after = ['severity: P2', '# people keep notes here', 'status: in-review', 'authors: [alice]', 'date: 2026-11-21', 'reviewed_by: bob'];
  const lines = titleFirst ? [...titleLines(title, style, trailing), ...before, ...after] : [...before, ...titleLines(title, style, trailing), ...after];
  return lines.join(eol);
}

function freshYaml(title: string): string {
  return stringifyFrontMatter({ id: 'INC-7', incident: 'INC-7', title, severity: 'P1', status: 'draft', authors: ['carol'], date: '2026-11-21', pull_request: null }).trimEnd();
}

describe('mergeFrontMatter over every scalar style of the title', () => {
  it('writes the new title and severity and keeps every other field, comment and line of people', () => {
    fc.assert(
      fc.property(
        titleText,
        titleText,
        fc.constantFrom(...STYLES),
        fc.constantFrom('', ' ', '   ', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (oldTitle, newTitle, style, trailing, eol, titleFirst) => {
          const existing = existingYaml(oldTitle, style, trailing, eol, titleFirst);
          const merged = mergeFrontMatter(existing, freshYaml(newTitle));
          // The severity changes in every case, so there is always something to merge.
          expect(merged).toBeDefined();
          const value = parseYaml(merged!) as Record<string, unknown>;
          expect(value).toEqual({
            id: 'INC-7',
            incident: 'INC-7',
            title: newTitle,
            severity: 'P1',
            // people's fields: sitrep does not own status or authors once written
            status: 'in-review',
            authors: ['alice'],
            date: '2026-11-21',
            reviewed_by: 'bob',
          });
          expect(merged).toContain('# people keep notes here');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves an unchanged title in its own style, byte for byte', () => {
    fc.assert(
      fc.property(titleText, fc.constantFrom(...STYLES), fc.constantFrom('\n', '\r\n'), (title, style, eol) => {
        const existing = existingYaml(title, style, '', eol, false);
        const parsedTitle = (parseYaml(existing) as { title: string }).title;
        const merged = mergeFrontMatter(existing, freshYaml(parsedTitle));
        expect(merged).toBeDefined();
        // Only the severity line differs.
        expect(merged).toBe(existing.replace('severity: P2', 'severity: P1'));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the postmortem readable after a rebuild whose title was a literal block', () => {
    const existing = `---\nid: INC-7\nincident: INC-7\ntitle: |\n  Checkout down\nseverity: P2\nstatus: draft\nauthors: [alice]\ndate: 2026-11-21\n---\n\n# Postmortem\n`;
    const fresh = `---\n${freshYaml('Checkout is down')}\n---\n\n# Postmortem\n`;
    const out = regenerate(existing, fresh);
    expect(readPostmortemFrontMatter(out)).toMatchObject({ title: 'Checkout is down', severity: 'P1', status: 'draft', authors: ['alice'] });
    expect(out.endsWith('---\n\n# Postmortem\n')).toBe(true);
  });
});
