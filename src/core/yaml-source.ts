import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

/** A position in a file, 1-based as editors and GitHub annotations count. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML text parsed with positions, so problems can point at the offending key. */
export interface YamlSource {
  value: unknown;
  /** Syntax errors, located. */
  errors: { message: string; position: Position }[];
  /** Where the value at a JSON pointer (or one of its keys) starts. */
  locate(pointer: string, key?: string): Position;
}

/**
 * Parses YAML keeping positions. `firstLine` is the file line the text starts on
 * (2 for front matter after an opening `---`).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    position: at(error.pos[0]),
  }));
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias without its anchor, or an alias bomb, only fails here: report it like a syntax error, at the alias.
      let offset = 0;
      visit(doc, {
        Alias(_, node) {
          offset = node.range?.[0] ?? 0;
          return node.resolve(doc) ? undefined : visit.BREAK;
        },
      });
      errors.push({ message: error instanceof Error ? error.message : String(error), position: at(offset) });
    }
  }
  return {
    value,
    errors,
    locate(pointer, key) {
      const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let node: unknown = doc.contents;
      let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
      for (const segment of [...segments, ...(key === undefined ? [] : [key])]) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node)) {
          const item = node.items[Number(segment)] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else {
          break;
        }
      }
      return at(offset);
    },
  };
}
