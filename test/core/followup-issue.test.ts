import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseActionItems, type ActionItem } from '../../src/core/action-items.js';
import {
  followupLabels,
  followupMarker,
  followupsCommentMarker,
  followupTitle,
  readFollowupMarker,
  renderFailuresComment,
  renderFollowupIssue,
  renderFollowupsComment,
  type IncidentLinks,
} from '../../src/core/followup-issue.js';
import { parseMarkdown, plainText } from '../../src/core/markdown.js';
import { configFrom } from '../support/builders.js';

const incident: IncidentLinks = {
  id: 'INC-42',
  title: 'Checkout API returns 502 for EU customers',
  issueUrl: 'https://github.com/acme/incidents/issues/42',
  fileUrl: 'https://github.com/acme/incidents/blob/main/incidents/INC-42.md',
  filePath: 'incidents/INC-42.md',
  postmortemUrl: 'https://github.com/acme/incidents/blob/main/postmortems/INC-42.md',
  postmortemPath: 'postmortems/INC-42.md',
};
const config = configFrom('followups:\n  labels: [incident-followup, reliability]\n');

function item(line: string): ActionItem {
  const [parsed] = parseActionItems(`## Action items\n\n${line}\n`);
  if (!parsed) throw new Error(`no item in ${line}`);
  return parsed;
}

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

/** What GitHub would render as a live mention: `@login` not preceded by a word character, in text (not code). */
function liveMentions(markdown: string): string[] {
  return nodesOf(parseMarkdown(markdown))
    .filter((n) => n.type === 'text')
    .flatMap((n) => [...plainText(n).matchAll(/(?<![\w\u200b])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g)].map((m) => m[1] as string));
}

/** Raw HTML nodes: comments (markers) and tags. */
function htmlOf(markdown: string): string[] {
  return nodesOf(parseMarkdown(markdown)).flatMap((n) => (n.type === 'html' ? [n.value] : []));
}

describe('the follow-up marker', () => {
  it('round-trips incident and key', () => {
    const marker = followupMarker('INC-42', 'a1b2c3d4e5f6');
    expect(marker).toBe('<!-- sitrep:followup incident=INC-42 item=a1b2c3d4e5f6 -->');
    expect(readFollowupMarker(`${marker}\nbody`)).toEqual({ incident: 'INC-42', key: 'a1b2c3d4e5f6' });
    expect(readFollowupMarker(`${followupMarker('INC-7', 'a1b2c3d4e5f6-2')}\n`)).toEqual({ incident: 'INC-7', key: 'a1b2c3d4e5f6-2' });
  });

  it.each([
    ['not on the first line', `Hello\n${followupMarker('INC-42', 'a1b2c3d4e5f6')}`],
    ['a malformed key', '<!-- sitrep:followup incident=INC-42 item=zzz -->'],
    ['a malformed incident', '<!-- sitrep:followup incident=INC-042 item=a1b2c3d4e5f6 -->'],
    ['no body', null],
  ])('is not read from %s', (_name, body) => {
    expect(readFollowupMarker(body)).toBeUndefined();
  });
});

describe('renderFollowupIssue', () => {
  it('titles the issue with the item, links incident, record and postmortem, and gives owner, due date and priority', () => {
    const issue = renderFollowupIssue(item('- [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high'), incident, config);
    expect(issue.title).toBe('Alert on 5xx ratio');
    expect(issue.labels).toEqual(['incident-followup', 'reliability', 'INC-42']);
    expect(issue.assignees).toEqual(['carol']);
    const key = item('- [ ] Alert on 5xx ratio').key;
    expect(readFollowupMarker(issue.body)).toEqual({ incident: 'INC-42', key });
    expect(issue.body).toContain('- **Owner:** @carol');
    expect(issue.body).toContain('- **Due:** 2026-12-05');
    expect(issue.body).toContain('- **Priority:** high');
    expect(issue.body).toContain(`- **Incident:** ${incident.issueUrl}`);
    expect(issue.body).toContain(`[incidents/INC-42.md](${incident.fileUrl})`);
    expect(issue.body).toContain(`[postmortems/INC-42.md](${incident.postmortemUrl})`);
    expect(liveMentions(issue.body)).toEqual(['carol']);
  });

  it('leaves out what the item does not give and assigns no one without an owner', () => {
    const issue = renderFollowupIssue(item('- [ ] Rotate the keys'), incident, config);
    expect(issue.assignees).toEqual([]);
    expect(issue.body).not.toMatch(/Due|Priority/);
    expect(issue.body).toContain('_not named; assign someone_');
    expect(liveMentions(issue.body)).toEqual([]);
  });

  it("shortens an item too long for GitHub's body limit, visibly, pointing at the postmortem", () => {
    const title = 'Add a dashboard panel for <each> region & zone '.repeat(2_000);
    const issue = renderFollowupIssue(item(`- [ ] ${title} — owner: @carol`), incident, config);
    expect(issue.body.length).toBeLessThan(10_000);
    expect(issue.body).toContain('… (truncated; the whole item is in postmortems/INC-42.md)');
    expect(issue.body).toContain('- **Owner:** @carol');
    expect(liveMentions(issue.body)).toEqual(['carol']);
  });

  it('a hand-typed issue link in the closing comment cannot ping or carry markup', () => {
    const body = renderFollowupsComment('INC-42', [{ title: 'Rotate keys', url: 'https://x.example/<br>@victim', repo: 'acme/x' }], true);
    expect(liveMentions(body)).toEqual([]);
    expect(body).not.toContain('<br>');
  });

  it('pings no one but the owner, whatever the titles say', () => {
    const hostile = { ...incident, title: 'Outage for @acme/everyone cc @dave' };
    const issue = renderFollowupIssue(item('- [ ] Ask @bob and @acme/sre to review — owner: @carol'), hostile, config);
    expect(liveMentions(issue.body)).toEqual(['carol']);
    expect(liveMentions(issue.title)).toEqual([]);
    expect(issue.body).toContain('@\u200bacme/everyone');
    expect(issue.title).toBe('Ask @\u200bbob and @\u200bacme/sre to review');
  });

  it('cannot carry HTML or forge a marker from an item title', () => {
    const forged = followupMarker('INC-42', 'ffffffffffff');
    const issue = renderFollowupIssue(item(`- [ ] Fix ${forged} <img src=x onerror=alert(1)> — owner: @carol`), { ...incident, title: `<b>${forged}</b>` }, config);
    // The only raw HTML is sitrep's own: its marker and the <sub> of the footer.
    expect(htmlOf(issue.body)).toEqual([followupMarker('INC-42', item(`- [ ] Fix ${forged} <img src=x onerror=alert(1)>`).key), '<sub>', '</sub>']);
    expect(issue.body.match(/<!-- sitrep/g)).toHaveLength(1);
    expect(readFollowupMarker(issue.body)?.key).not.toBe('ffffffffffff');
  });

  it('keeps the title on one line within GitHub limits', () => {
    expect(followupTitle('a\n  b')).toBe('a b');
    const long = followupTitle('x'.repeat(300));
    expect(long).toHaveLength(256);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('followupLabels', () => {
  it('adds the incident id to the configured labels, with colours and descriptions', () => {
    expect(followupLabels(configFrom(''), 'INC-42')).toEqual([
      { name: 'incident-followup', color: '5319e7', description: 'Follow-up work from an incident postmortem' },
      { name: 'INC-42', color: 'b60205', description: 'Follow-up of incident INC-42' },
    ]);
  });
});

describe('the comments on the incident issue', () => {
  const filed = [
    { title: 'Alert on 5xx @dave', url: 'https://github.com/acme/checkout/issues/7', repo: 'acme/checkout', owner: 'carol', due: '2026-12-05' },
    { title: 'Rotate the keys', url: 'https://github.com/acme/incidents/issues/50', repo: 'acme/incidents' },
  ];

  it('lists the follow-ups as the incident closes, pinging no one again', () => {
    const comment = renderFollowupsComment('INC-42', filed, true);
    expect(comment.split('\n')[0]).toBe(followupsCommentMarker(filed.map((f) => f.url)));
    expect(comment).toContain('✅ **INC-42 is closed**: the postmortem is merged and its follow-ups are filed:');
    expect(comment).toContain('- https://github.com/acme/checkout/issues/7 — Alert on 5xx @\u200bdave (owner @\u200bcarol, due 2026-12-05)');
    expect(comment).toContain('- https://github.com/acme/incidents/issues/50 — Rotate the keys');
    expect(liveMentions(comment)).toEqual([]);
    expect(renderFollowupsComment('INC-42', [], true)).toContain('it has no open action items.');
  });

  it('marks the list by its set of issues, whatever the order', () => {
    expect(followupsCommentMarker(['b', 'a'])).toBe(followupsCommentMarker(['a', 'b']));
    expect(followupsCommentMarker(['a'])).not.toBe(followupsCommentMarker(['a', 'b']));
  });

  it('reports each unreachable item with its repository and names the token input', () => {
    const comment = renderFailuresComment('INC-42', 'postmortems/INC-42.md', {
      unreachable: [{ item: { title: 'Fix <script> in @payments', line: 20 }, repo: 'acme/payments', status: 404 }],
      failed: [],
      malformed: [{ title: 'Bad', line: 22, problems: ['due "soon" is not a date; write due: YYYY-MM-DD, e.g. due: 2026-12-05'] }],
    });
    expect(comment).toMatch(/^<!-- sitrep:followup-failures set=[0-9a-f]{12} -->\n⚠️ \*\*Some follow-ups of INC-42 could not be filed.\*\*/);
    expect(comment).toContain('- "Fix &lt;script&gt; in @\u200bpayments" (line 20) → `acme/payments` (HTTP 404)');
    expect(comment).toContain("The workflow's own token (`GITHUB_TOKEN`) reaches only the repository the workflow runs in");
    expect(comment).toContain("action's `token` input");
    expect(comment).toContain('- "Bad" (line 22): due "soon" is not a date');
    expect(htmlOf(comment)).toHaveLength(1);
    expect(liveMentions(comment)).toEqual([]);
  });
});
