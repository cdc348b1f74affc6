/** Shared arbitraries and checks of the property-based tests (issue 18). */
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../src/core/markdown.js';
import { MAX_BODY_LENGTH } from '../../src/core/sanitize.js';

/** Every property runs at least this many cases. */
export const RUNS = { numRuns: 1000 } as const;

/** Any text, including astral characters, control characters and lone surrogates. */
export const anyText = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });

/** Text a hostile or careless author writes: Markdown, HTML, markers, mentions, entities. */
export const hostileText = (maxLength = 30) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom('@alice', '@acme/everyone', '<!-- sitrep:card -->', '-->', '<img src=x>', '&amp;', '&', '`', '|', '*', '\\', '---', '#', '\u200b', '🔥', 'next: 5m', '/inc', ' ', '  '),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** A single line (no line breaks). */
export const oneLine = (text: fc.Arbitrary<string>) => text.map((t) => t.replace(/[\r\n\u2028\u2029\u0085]/g, ' '));

/**
 * The @mentions GitHub would turn into pings: an `@login` or `@org/team` not preceded by a word
 * character, in the text of the Markdown (outside code and HTML).
 */
export function liveMentions(markdown: string): string[] {
  // The text GitHub renders as prose: text nodes of the Markdown tree (not code, not HTML).
  const texts: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(markdown));
  const prose = texts.join('\n');
  return [...prose.matchAll(/(?:^|[^A-Za-z0-9_`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g)].map((m) => (m[1] ?? '').toLowerCase());
}

/** Whether a body fits GitHub's limit (counting UTF-16 units, which never under-counts). */
export function fits(body: string): boolean {
  return body.length <= MAX_BODY_LENGTH;
}
