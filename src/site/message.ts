import type { Element, ElementContent, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype drops raw HTML unless told otherwise (allowDangerousHtml); it is never told.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

const SAFE_URL = /^(?:https?:|mailto:)/i;
const HEADING = /^h[1-6]$/;

/**
 * A public message (Markdown) as hast, safe to embed: raw HTML is dropped, images become their
 * alt text (the page asks nothing of another host), links keep only http(s) and mailto targets,
 * headings become strong paragraphs (the page owns its outline), task-list checkboxes go.
 */
export function messageToHast(markdown: string): ElementContent[] {
  // Each message shows on the index, its page and the feed: render it once. Serialising never mutates the nodes.
  const cached = rendered.get(markdown);
  if (cached) return cached;
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const nodes = cleanChildren(tree.children as ElementContent[]);
  if (rendered.size >= CACHE_SIZE) rendered.clear();
  rendered.set(markdown, nodes);
  return nodes;
}

const CACHE_SIZE = 10_000;
const rendered = new Map<string, ElementContent[]>();

function cleanChildren(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap(clean);
}

function clean(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return node.type === 'text' ? [node] : [];
  const children = cleanChildren(node.children);
  const name = node.tagName;
  if (name === 'img') {
    const alt = node.properties.alt;
    return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
  }
  if (name === 'input') return [];
  if (name === 'a') {
    const href = node.properties.href;
    if (typeof href !== 'string' || !SAFE_URL.test(href)) return children;
    return [element('a', { href, rel: ['nofollow', 'noopener'] }, children)];
  }
  if (HEADING.test(name)) return [element('p', {}, [element('strong', {}, children)])];
  // Footnote markup brings ids and in-page links that would collide between messages; keep the words.
  if (name === 'sup' || name === 'section') return children;
  return [element(name, keepProperties(node), children)];
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** Only the properties Markdown structure needs (table alignment, code language, list start). */
function keepProperties(node: Element): Element['properties'] {
  const kept: Element['properties'] = {};
  for (const key of ['align', 'start', 'className']) {
    const value = node.properties[key];
    if (value !== undefined && value !== null) kept[key] = value;
  }
  return kept;
}
