/** The HTML document every page sitrep builds shares: doctype, language, charset, viewport. */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';

/**
 * A whole page: `<!doctype html>`, `<html lang="en">`, a head with the charset, the viewport and
 * the title, then the page's own head elements (styles, links, robots) and its body.
 */
export function htmlDocument(input: { title: string; head: ElementContent[]; body: ElementContent[] }): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', input.title),
          ...input.head,
        ]),
        h('body', input.body),
      ]),
    ],
  };
}
