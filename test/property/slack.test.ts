import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Link, List, Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createIncidentText, logItem, parseIncident, parseLogLine } from '../../src/core/incident-file.js';
import { parseMarkdown, renderList } from '../../src/core/markdown.js';
import { describeLogEntry } from '../../src/core/log.js';
import { readPeople, textForSlack, timelineNote } from '../../src/core/slack.js';
import { anIncident } from '../support/builders.js';
import { hostileText, liveMentions, RUNS } from './support.js';

const people = readPeople({ alice: { slack: 'U0ALICE' } });

/** Text as Slack sends it: its markup for mentions, links and user groups, entities, and anything else. */
const slackText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<@U0ALICE>', '<@U0ZED|zed>', '<!channel>', '<!here>', '<!everyone>', '<!subteam^S0DBA|@dba>', '<#C0OPS|ops>',
        '<https://evil.example/x?a=1&amp;b=2|click here>', '<mailto:a@b.example|mail>', '&lt;!-- sitrep:card --&gt;',
        '&lt;@U0ALICE&gt;', '&lt;!here&gt;', '[x](https://evil.example)', '*bold*', '_it_', '~s~', '`code`', '\n', ' · ',
      ),
      hostileText(6),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

function htmlNodes(markdown: string | Nodes): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') found.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(typeof markdown === 'string' ? parseMarkdown(markdown) : markdown);
  return found;
}

describe('Slack text through the Log and back into Slack (property)', () => {
  it('keeps nothing live: no mention, link or marker on GitHub or in Slack', () => {
    fc.assert(
      fc.property(slackText, (text) => {
        const entry = timelineNote(
          { channel: 'C0INC42', ts: '1763719092.000100', user: 'U0ZED', userName: 'Zed', text, permalink: 'https://acme.slack.com/archives/C0INC42/p1763719092000100' },
          people,
          'github-actions[bot]',
        );
        // The Log line as the file holds it (the whole file's reading is checked below, once: it is slow).
        const markdown = renderList([logItem(entry)]);
        // On GitHub: nobody pinged (but the Log line's own actor), no HTML (so no marker), and the entry reads back as written.
        expect(liveMentions(markdown)).toEqual(['github-actions']);
        const tree = parseMarkdown(markdown);
        expect(htmlNodes(tree)).toEqual([]);
        const paragraph = (tree.children[0] as List).children[0]!.children[0] as Paragraph;
        const link = paragraph.children.at(-1) as Link;
        expect(link.url).toBe(entry.ref);
        const line = toString({ ...paragraph, children: paragraph.children.slice(0, -1) }).slice(0, -3);
        const read = [{ ...parseLogLine(line)!, ref: link.url }];
        expect(read).toEqual([entry]);
        // Back in Slack: no `<…>` markup at all (mentions, links, user groups), no `@word`.
        const inSlack = textForSlack(describeLogEntry(read[0]!));
        expect(inSlack).not.toMatch(/[<>]/);
        expect(inSlack).not.toMatch(/(?:^|[^\u200b])@[A-Za-z0-9]/);
        expect(inSlack).not.toMatch(/<!|<@|<#|<http/);
      }),
      RUNS,
    );
    // 1,000 Markdown round trips: about 12 s on an idle core.
  }, 120_000);

  it('reads a hostile note back from a whole incident file unchanged', () => {
    const entry = timelineNote(
      { channel: 'C0INC42', ts: '1763719092.000100', user: 'U0ALICE', text: '<!channel> &lt;!-- sitrep:card --&gt; <https://x.example|x> · *b* @bob', permalink: 'https://acme.slack.com/archives/C0INC42/p1763719092000100' },
      people,
      'github-actions[bot]',
    );
    const file = createIncidentText({ record: anIncident(), summary: 's', impact: 'i', log: [entry] });
    expect(htmlNodes(file)).toEqual([]);
    expect(liveMentions(file)).toEqual(['alice']);
    expect(parseIncident(file).document!.log).toEqual([entry]);
  });
});
