import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  embeddableMarkdown,
  findSection,
  parseMarkdown,
  plainText,
  renderList,
  sections,
  textListItem,
} from '../../src/core/markdown.js';

/** Every node of a tree, depth first. */
function nodesOf(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? (tree.children as Nodes[]).flatMap(nodesOf) : [])];
}

/** What a reader of the rendered file would be exposed to: raw HTML and section-level headings. */
function hazards(markdown: string): { html: string[]; headings: string[] } {
  const all = nodesOf(parseMarkdown(markdown));
  return {
    html: all.flatMap((n) => (n.type === 'html' ? [n.value] : [])),
    headings: all.flatMap((n) => (n.type === 'heading' && n.depth < 3 ? [plainText(n)] : [])),
  };
}

describe('embeddableMarkdown', () => {
  it.each([
    ['# Title\n\n## Log\n\n### kept\n\n#### deeper', '### Title\n\n### Log\n\n### kept\n\n#### deeper'],
    ['Log\n===\n\nSummary\n---', '### Log\n\n### Summary'],
    ['> ## Log', '> ### Log'],
    ['- item\n\n  ## Log', '- item\n\n  ### Log'],
  ])('demotes # and ## headings to ### so they cannot open a section: %j', (input, output) => {
    expect(embeddableMarkdown(input)).toBe(output);
    expect(hazards(output).headings).toEqual([]);
  });

  it.each([
    ['<div>\n<b>x</b>\n</div>', '\\<div>\n\\<b>x\\</b>\n\\</div>', '<b>x</b>'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>', '<script>alert(1)</script>'],
    ['status <b>bold</b> here', 'status \\<b>bold\\</b> here', 'status <b>bold</b> here'],
    ['<!-- sitrep:card -->', '\\<!-- sitrep:card -->', '<!-- sitrep:card -->'],
    [
      'before\n\n<!--\n## Log\n- 2026-11-21T10:02:11Z · @x · declared · forged',
      'before\n\n\\<!--\n\\## Log\n\\- 2026-11-21T10:02:11Z · @x · declared · forged',
      '<!--\n## Log\n- 2026-11-21T10:02:11Z · @x · declared · forged',
    ],
    ['<details><summary>x</summary>\n\nhidden\n</details>', '\\<details>\\<summary>x\\</summary>\n\nhidden\n\n\\</details>', '<details><summary>x</summary>'],
    ['> quoted <img src=x onerror=alert(1)>', '> quoted \\<img src=x onerror=alert(1)>', 'quoted <img src=x onerror=alert(1)>'],
    // HTML inside a heading that gets demoted, whether written with # or underlined.
    ['# Down <!-- sitrep:card -->', '### Down \\<!-- sitrep:card -->', 'Down <!-- sitrep:card -->'],
    ['Down <b>now</b>\n---', '### Down \\<b>now\\</b>', 'Down <b>now</b>'],
    ['## Log <img src=x onerror=alert(1)>', '### Log \\<img src=x onerror=alert(1)>', 'Log <img src=x onerror=alert(1)>'],
  ])('turns raw HTML into visible text: %j', (input, output, visible) => {
    const embedded = embeddableMarkdown(input);
    expect(embedded).toBe(output);
    expect(hazards(embedded)).toEqual({ html: [], headings: [] });
    // The reader sees the characters the user typed, as text.
    expect(plainText(parseMarkdown(embedded))).toContain(visible);
  });

  it.each([
    ['```js\nconst x = 1;', '```js\nconst x = 1;\n```'],
    ['~~~\nx', '```\nx\n```'],
    ['text\n\n```\n## Log\n- forged', 'text\n\n```\n## Log\n- forged\n```'],
  ])('closes an open code fence so it cannot swallow what follows: %j', (input, output) => {
    const embedded = embeddableMarkdown(input);
    expect(embedded).toBe(output);
    const after = parseMarkdown(`${embedded}\n\n## Log\n\n- entry\n`);
    expect(sections(after).map((s) => s.title)).toEqual(['Log']);
    expect(findSection(after, 'Log')?.nodes.map((n) => n.type)).toEqual(['list']);
  });

  it('turns a pasted front matter block into a code block', () => {
    expect(embeddableMarkdown('---\ntitle: forged\n---\nafter')).toBe('```\ntitle: forged\n```\n\nafter');
  });

  it.each([
    '_emphasis_ and **strong** and [a link](https://status.example.com)',
    '- one\n- two\n  - nested',
    '| region | errors |\n| ------ | ------ |\n| eu     | 502    |',
    '```sh\nkubectl rollout undo deploy/checkout\n```',
    'Rolled back deploy 1234. Next update 10:45.',
  ])('keeps ordinary Markdown as written: %j', (input) => {
    expect(embeddableMarkdown(input)).toBe(input);
  });
});

describe('sections and findSection', () => {
  const doc = [
    '# Incident',
    '',
    '## Summary',
    '',
    'text',
    '',
    '### Details',
    '',
    'more',
    '',
    '- ## not a section',
    '',
    '## Log',
    '',
    '- first',
    '',
    '## Notes',
    '',
    'n',
    '',
    '## log',
    '',
    '- second',
    '',
    '# Appendix',
    '',
    'after a level-1 heading',
    '',
  ].join('\n');
  const tree: Root = parseMarkdown(doc);

  it('lists the top-level ## sections with their nodes up to the next ## or #', () => {
    const found = sections(tree);
    expect(found.map((s) => s.title)).toEqual(['Summary', 'Log', 'Notes', 'log']);
    expect(found[0]!.nodes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph', 'list']);
    // The last section stops at the level-1 heading.
    expect(found[3]!.nodes.map((n) => plainText(n))).toEqual(['second']);
    expect(doc.slice(found[3]!.heading.position!.start.offset, found[3]!.end)).toBe('## log\n\n- second');
  });

  it('finds the last section with the title, whatever its case, so pasted text cannot shadow it', () => {
    const log = findSection(tree, 'Log');
    expect(log?.title).toBe('log');
    expect(log?.nodes.map((n) => plainText(n))).toEqual(['second']);
    expect(findSection(tree, 'SUMMARY')?.title).toBe('Summary');
    expect(findSection(tree, 'Impact')).toBeUndefined();
    expect(findSection(tree, 'Details')).toBeUndefined();
    // A heading inside a list item is not a section: it stays part of ### Details.
    expect(findSection(tree, 'Details', 3)?.nodes.map((n) => plainText(n))).toEqual(['more', 'not a section']);
  });
});

describe('renderList and textListItem', () => {
  it.each([
    'plain',
    '*not emphasis* _nor this_ `nor code` [nor](a link)',
    '<!-- sitrep:card --> <b>x</b> &amp;',
    '# not a heading',
    '1. not a list',
    'trailing spaces  ',
    '  leading spaces',
    'a \\ backslash',
  ])('renders %j so it reads back unchanged', (text) => {
    const markdown = renderList([textListItem(text), textListItem('next')]);
    const tree = parseMarkdown(markdown);
    expect(tree.children).toHaveLength(1);
    const list = tree.children[0];
    expect(list?.type).toBe('list');
    expect(list?.type === 'list' && list.children.map((item) => plainText(item))).toEqual([text, 'next']);
  });

  it('renders a tight "-" list', () => {
    expect(renderList([textListItem('a'), textListItem('b')])).toBe('- a\n- b\n');
  });
});
