import type { Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// One processor for every Markdown file sitrep reads or writes: front matter and GFM (tables, task lists).
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', fences: true, emphasis: '_' });

// Reading an incident file needs only its sections and the Log's list: CommonMark finds the same
// structure at about twice the speed, which matters for long Logs and whole-repository validation.
const structureOnly = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Parses Markdown (with YAML front matter and GFM) into an mdast tree with positions. With
 * `gfm: false`, GFM's inline and table syntax is not recognised (its text stays text); headings,
 * lists and their positions are the same.
 */
export function parseMarkdown(text: string, options: { gfm?: boolean } = {}): Root {
  return options.gfm === false ? structureOnly.parse(text) : processor.parse(text);
}

/** Serialises an mdast tree; text nodes are escaped so they read back unchanged. */
export function stringifyMarkdown(tree: Root | RootContent): string {
  const root: Root = tree.type === 'root' ? tree : { type: 'root', children: [tree] };
  return processor.stringify(root);
}

export { toString as plainText };

/** A `## Heading` section: its heading and the nodes up to the next heading of the same or higher level. */
export interface Section {
  heading: Heading;
  title: string;
  nodes: RootContent[];
  /** Offset just after the section's last node (or its heading). */
  end: number;
}

/** The top-level sections of a document at `depth` (2 for `##`). */
export function sections(tree: Root, depth = 2): Section[] {
  const found: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= depth) {
      current = node.depth === depth ? { heading: node, title: toString(node).trim(), nodes: [], end: node.position?.end.offset ?? 0 } : undefined;
      if (current) found.push(current);
      continue;
    }
    if (current) {
      current.nodes.push(node);
      current.end = node.position?.end.offset ?? current.end;
    }
  }
  return found;
}

/** The last section titled `title` (case-insensitive). The last one wins so pasted text cannot shadow it. */
export function findSection(tree: Root, title: string, depth = 2): Section | undefined {
  return sections(tree, depth).filter((s) => s.title.toLowerCase() === title.toLowerCase()).at(-1);
}

/** A single-line list item whose text reads back exactly as given. */
export function textListItem(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

/** Renders items as a tight `-` list. */
export function renderList(items: ListItem[]): string {
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  return stringifyMarkdown(list);
}

/**
 * Makes user-supplied Markdown safe to embed under a `##` section of a file sitrep owns:
 * headings of level 1–2 become level 3 (so they cannot open or shadow a section), raw HTML
 * becomes visible text, and the result is re-serialised so fences and comments are closed.
 */
export function embeddableMarkdown(text: string): string {
  const tree = parseMarkdown(text);
  const visit = (node: Nodes): Nodes => {
    // Demote, then visit the heading's own text: `# Down <!-- x -->` must not keep its HTML.
    if (node.type === 'heading' && node.depth < 3) return visit({ ...node, depth: 3 });
    if (node.type === 'html') return { type: 'text', value: node.value };
    if (node.type === 'yaml') return { type: 'code', value: node.value };
    if ('children' in node) {
      return { ...node, children: (node.children as Nodes[]).map(visit) } as Nodes;
    }
    return node;
  };
  const children = tree.children.map((child) => {
    const mapped = visit(child);
    // A block of raw HTML becomes a paragraph of its text, escaped by the stringifier.
    return (mapped.type === 'text' ? { type: 'paragraph', children: [mapped] } : mapped) as RootContent;
  });
  return stringifyMarkdown({ type: 'root', children }).trimEnd();
}
