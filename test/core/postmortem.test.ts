import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/core/config.js';
import { readIncident } from '../../src/core/incident-file.js';
import { findSection, parseMarkdown, plainText } from '../../src/core/markdown.js';
import { readPostmortemFrontMatter } from '../../src/core/postmortem/front-matter.js';
import type { PostmortemInput } from '../../src/core/postmortem/input.js';
import { renderPullRequestBody } from '../../src/core/postmortem/pull-request.js';
import { regenerate } from '../../src/core/postmortem/regenerate.js';
import { endMarker, scanPostmortem, startMarker } from '../../src/core/postmortem/regions.js';
import { renderPostmortem } from '../../src/core/postmortem/render.js';
import { BUNDLED_POSTMORTEM_TEMPLATE } from '../../src/core/postmortem-template.generated.js';
import { NO_ACCESS, type RepoChanges } from '../../src/core/suspect-changes.js';
import { validateRepositoryFiles } from '../../src/core/validate.js';
import type { TimelineEvent } from '../../src/core/timeline.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/postmortem');
const update = process.env.UPDATE_FIXTURES === '1';

function read(dir: string, name: string): string | undefined {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A fixture folder as the input of renderPostmortem. */
function fixtureInput(name: string): PostmortemInput {
  const dir = join(FIXTURES, name);
  const options = JSON.parse(read(dir, 'options.json') ?? '{}') as { now?: string; pullRequestUrl?: string };
  const existing = read(dir, 'existing.md');
  return {
    incident: readIncident(read(dir, 'incident.md') ?? '', `incidents/INC-42.md`),
    timeline: JSON.parse(read(dir, 'timeline.json') ?? '[]') as TimelineEvent[],
    template: read(dir, 'template.md') ?? BUNDLED_POSTMORTEM_TEMPLATE,
    config: loadConfig(read(dir, 'config.yml') ?? null),
    now: Date.parse(options.now ?? '2026-11-22T09:00:00Z'),
    ...(existing !== undefined ? { existing } : {}),
    ...(options.pullRequestUrl ? { pullRequestUrl: options.pullRequestUrl } : {}),
  };
}

function nodesOf(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? (tree.children as Nodes[]).flatMap(nodesOf) : [])];
}

/** The text of a Markdown document that GitHub would scan for mentions: everything but code. */
function mentionable(markdown: string): string {
  return nodesOf(parseMarkdown(markdown)).flatMap((n) => (n.type === 'text' ? [n.value] : [])).join('\n');
}

/** The rows of the table in a section, as plain text cells. */
function tableRows(markdown: string, section: string): string[][] {
  const found = findSection(parseMarkdown(markdown), section);
  const table = found?.nodes.find((n) => n.type === 'table');
  if (table?.type !== 'table') return [];
  return table.children.map((row) => row.children.map((c) => plainText(c)));
}

function validate(text: string, incident: string) {
  return validateRepositoryFiles(
    [
      { path: 'incidents/INC-42.md', text: incident },
      { path: 'postmortems/INC-42.md', text },
    ],
    null,
  );
}

describe('postmortem fixtures (UPDATE_FIXTURES=1 rewrites output.md)', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(cases)('%s', (name) => {
    const input = fixtureInput(name);
    const output = renderPostmortem(input);
    const expectedPath = join(FIXTURES, name, 'output.md');
    if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, output);
    expect(output).toBe(readFileSync(expectedPath, 'utf8'));
    // What sitrep writes, `sitrep validate` accepts.
    expect(validate(output, input.incident.text)).toEqual([]);
    // Rendering again over its own output changes nothing.
    expect(renderPostmortem({ ...input, existing: output })).toBe(output);
  });
});

describe('renderPostmortem', () => {
  const input = fixtureInput('p1-resolved');
  const output = renderPostmortem(input);

  it('writes the front matter with the yaml library, valid against the schema', () => {
    expect(readPostmortemFrontMatter(output)).toEqual({
      id: 'INC-42',
      incident: 'INC-42',
      title: 'Checkout API returns 502 for EU customers',
      severity: 'P1',
      status: 'draft',
      authors: ['carol', 'bob', 'alice'],
      date: '2026-11-21',
      pull_request: 'https://github.com/acme/incidents/pull/43',
    });
  });

  it('has every section of SPEC 4.4, in order', () => {
    const headings = parseMarkdown(output).children.flatMap((n) => (n.type === 'heading' && n.depth === 2 ? [plainText(n)] : []));
    expect(headings).toEqual([
      'Summary', 'Impact', 'Key metrics', 'Timeline', 'Changes in the impact window', 'Root cause', 'Contributing factors',
      'What went well', 'What went badly', 'Where we got lucky', 'Action items', 'Responders',
    ]);
  });

  it('carries Summary and Impact over from the incident file', () => {
    expect(plainText({ type: 'root', children: findSection(parseMarkdown(output), 'Summary')?.nodes ?? [] })).toBe(
      'Checkout API returned 502 for EU customers after deploy 1234.',
    );
    expect(output).toContain('returned **502** for EU');
    expect(output).toContain('About 30% of EU checkouts failed for 90 minutes.');
  });

  it('computes the key metrics', () => {
    expect(tableRows(output, 'Key metrics').map((r) => r.slice(0, 2))).toEqual([
      ['Metric', 'Value'],
      ['Time to declare', '12m'],
      ['Time to acknowledge', '2m'],
      ['Time to mitigate', '1h 18m'],
      ['Time to resolve', '2h 38m'],
      ['Impact duration', '1h 30m'],
      ['Status updates', '4 of 4 due'],
    ]);
  });

  it('builds the timeline from the Log and the linked pull requests, in time order, with who and links', () => {
    const rows = tableRows(output, 'Timeline');
    expect(rows[0]).toEqual(['Time (UTC)', 'Event', 'Who']);
    const events = rows.slice(1).map((r) => r[1]);
    expect(events).toContain('Note: Error rate dropped after rollback on eu-west-1');
    expect(events).toContain('Severity: P2 → P1. EU checkout down');
    expect(events).toContain('Role handed off: coordinator: @\u200bcarol (was @\u200balice)');
    expect(events).toContain('Pull request linked: acme/checkout#77 Fix connection pool size');
    expect(events).toContain('Pull request merged: acme/checkout#77 Fix connection pool size');
    expect(events).toContain('Title changed: “Checkout 502s” → “Checkout API returns 502 for EU customers”');
    // The pull request is linked once, the postmortem's own pull request not at all, follow-ups not here.
    expect(events.filter((e) => e?.startsWith('Pull request linked'))).toHaveLength(1);
    expect(events.join('\n')).not.toContain('Postmortem:');
    expect(events.join('\n')).not.toContain('Alert on 5xx');
    const times = rows.slice(1).map((r) => r[0] ?? '');
    expect([...times].sort()).toEqual(times);
    const links = nodesOf(findSection(parseMarkdown(output), 'Timeline')?.nodes[1] as Nodes).flatMap((n) => (n.type === 'link' ? [n.url] : []));
    expect(links).toContain('https://github.com/acme/incidents/issues/42#issuecomment-105');
    expect(links).toContain('https://github.com/acme/checkout/pull/77');
  });

  it('pre-fills the action items as a task list in the follow-up grammar', () => {
    const section = findSection(parseMarkdown(output), 'Action items');
    const list = section?.nodes.find((n) => n.type === 'list');
    expect(list?.type === 'list' && list.children.map((i) => [i.checked, plainText(i)])).toEqual([
      [false, 'Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05'],
      [false, 'Validate pool settings in CI — owner: @bob'],
    ]);
    expect(output).toContain('- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05\n');
  });

  it('lists role holders first, then everyone else who acted, never the bot', () => {
    expect(tableRows(output, 'Responders')).toEqual([
      ['Responder', 'Role', 'First action', 'Actions'],
      ['@\u200bcarol', 'coordinator', '2026-11-21 10:42 UTC', '3'],
      ['@\u200bbob', 'operations', '2026-11-21 10:02 UTC', '7'],
      ['@\u200balice', 'communications; coordinator until 2026-11-21 10:41 UTC', '2026-11-21 10:04 UTC', '7'],
      ['@\u200bdave', '—', '2026-11-21 10:12 UTC', '1'],
    ]);
  });

  it('puts metrics, timeline, changes, action items and responders between generated markers', () => {
    const regions = scanPostmortem(output).regions.map((r) => r.name);
    expect(regions).toEqual(['metrics', 'timeline', 'changes', 'action-items', 'responders']);
  });

  it('leaves the human-written sections as prompts that validate accepts only as a draft', () => {
    const final = output.replace('status: draft', 'status: final');
    expect(validate(final, input.incident.text).map((p) => p.message)).toEqual([expect.stringContaining('"## Root cause" is empty')]);
  });
});

describe('hostile text in the timeline', () => {
  const hostile = [
    'a | b || c',
    'line one\nline two\r\n| --- |',
    'cc @acme/everyone and @bob',
    '<img src=x onerror=alert(1)> <b>bold</b>',
    `${endMarker('timeline')} ${startMarker('responders')}`,
    '`code` *star* [link](javascript:alert(1)) ![img](x)',
    '# not a heading',
  ];
  const base = fixtureInput('p1-resolved');
  const incidentText = base.incident.text.replace(
    '\n- 2026-11-21T12:40:00Z',
    hostile.map((h, i) => `\n- 2026-11-21T12:0${i}:00Z · @bob · note · ${h.replace(/\r?\n/g, ' ')}`).join('') + '\n- 2026-11-21T12:40:00Z',
  );
  const pr: TimelineEvent = {
    kind: 'cross-referenced',
    at: '2026-11-21T12:30:00Z',
    actor: 'mallory',
    byBot: false,
    source: { type: 'PullRequest', repository: 'acme/x', number: 9, title: hostile.join(' '), url: 'https://github.com/acme/x/pull/9', mergedAt: null },
  };
  const output = renderPostmortem({ ...base, incident: readIncident(incidentText), timeline: [...base.timeline, pr] });
  const tree = parseMarkdown(output);

  it('keeps every row a row of three cells', () => {
    const rows = tableRows(output, 'Timeline');
    expect(rows.every((r) => r.length === 3)).toBe(true);
    expect(rows.map((r) => r[1])).toContain(`Note: ${hostile[0]}`);
  });

  it('pings no one and injects no HTML', () => {
    const section = findSection(tree, 'Timeline');
    const all = (section?.nodes ?? []).flatMap((n) => nodesOf(n));
    expect(all.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual([startMarker('timeline'), endMarker('timeline')]);
    expect(all.filter((n) => n.type === 'image')).toEqual([]);
    const links = all.flatMap((n) => (n.type === 'link' ? [n.url] : []));
    expect(links.every((u) => u.startsWith('https://'))).toBe(true);
    expect(plainText({ type: 'root', children: section?.nodes ?? [] })).not.toMatch(/@[A-Za-z]/);
  });

  it('cannot forge a region marker', () => {
    expect(scanPostmortem(output).regions.map((r) => r.name)).toEqual(['metrics', 'timeline', 'changes', 'action-items', 'responders']);
    expect(renderPostmortem({ ...base, incident: readIncident(incidentText), timeline: [...base.timeline, pr], existing: output })).toBe(output);
  });

  it('escapes it in the pull request body too', () => {
    const body = renderPullRequestBody({ ...base, incident: readIncident(incidentText), timeline: [pr] }, { path: 'postmortems/INC-42.md', fileUrl: 'https://x' });
    expect(mentionable(body)).not.toMatch(/@[A-Za-z]/);
    const html = nodesOf(parseMarkdown(body)).flatMap((n) => (n.type === 'html' ? [n.value] : []));
    expect(html).toEqual(['<!-- sitrep:postmortem INC-42 -->']);
  });
});

describe('regenerate', () => {
  const input = fixtureInput('p1-resolved');
  const first = renderPostmortem(input);
  const edited = first
    .replace('status: draft', 'status: in-review  # set by the reviewers')
    .replace('authors: [carol, bob, alice]', 'authors: [carol, bob, alice, dave]')
    .replace('## Root cause\n\n', '## Root cause\n\nA connection pool of 10 could not take the EU peak.\n\n')
    .replace('- [ ] Validate pool settings in CI — owner: @bob', '- [x] Validate pool settings in CI — owner: @bob, issue: https://github.com/acme/checkout/issues/5')
    .replace('## Responders', '## Notes from the review\n\nWe should drill this.\n\n## Responders');
  const later = {
    ...input,
    incident: readIncident(input.incident.text.replace('severity: P1', 'severity: P2').concat(
      '- 2026-11-22T08:00:00Z · @carol · note · Customer comms sent · [link](https://github.com/acme/incidents/issues/42#issuecomment-130)\n',
      '- 2026-11-22T08:01:00Z · @carol · followup · Late follow-up — owner: @carol\n',
    )),
  };
  const rebuilt = renderPostmortem({ ...later, existing: edited });

  it('rewrites the generated regions', () => {
    expect(tableRows(rebuilt, 'Timeline').map((r) => r[1])).toContain('Note: Customer comms sent');
  });

  it('keeps every human edit, in the body and in the front matter', () => {
    expect(rebuilt).toContain('A connection pool of 10 could not take the EU peak.');
    expect(rebuilt).toContain('## Notes from the review\n\nWe should drill this.');
    expect(rebuilt).toContain('status: in-review  # set by the reviewers');
    expect(rebuilt).toContain('authors: [carol, bob, alice, dave]');
    expect(readPostmortemFrontMatter(rebuilt)?.severity).toBe('P2');
  });

  it('never rewrites the action items once they exist', () => {
    expect(rebuilt).toContain('- [x] Validate pool settings in CI — owner: @bob, issue: https://github.com/acme/checkout/issues/5');
    expect(rebuilt).not.toContain('Late follow-up');
  });

  it('appends follow-ups recorded after the postmortem was built, once, keeping what people wrote', () => {
    const withoutFirst = edited.replace(/- \[ \] Alert on 5xx ratio per region[^\n]*\n/, '');
    const built = readIncident(
      input.incident.text.concat(
        '- 2026-11-22T07:00:00Z · @alice · postmortem · pull request #43 opened for review · [link](https://github.com/acme/incidents/pull/43)\n',
        '- 2026-11-22T08:01:00Z · @carol · followup · Page the database team on replica lag — owner: @carol, due: 2026-12-10\n',
        '- 2026-11-22T08:02:00Z · @carol · followup · Validate pool settings in CI — owner: @bob\n',
      ),
    );
    const once = renderPostmortem({ ...input, incident: built, existing: withoutFirst });
    const twice = renderPostmortem({ ...input, incident: built, existing: once });
    const items = findSection(parseMarkdown(twice), 'Action items')?.nodes.flatMap((n) => (n.type === 'list' ? n.children.map((i) => plainText(i)) : []));
    expect(items).toEqual([
      'Validate pool settings in CI — owner: @bob, issue: https://github.com/acme/checkout/issues/5',
      'Page the database team on replica lag — owner: @carol, due: 2026-12-10',
    ]);
    expect(twice).toContain('- [ ] Page the database team on replica lag — owner: @carol, due: 2026-12-10');
  });

  it('changes nothing else: outside the regions and generated fields the text is identical', () => {
    const outside = (text: string) => {
      const scan = scanPostmortem(text);
      let rest = text;
      for (const r of [...scan.regions].sort((a, b) => b.bodyStart - a.bodyStart)) rest = rest.slice(0, r.bodyStart) + rest.slice(r.bodyEnd);
      return rest.replace('severity: P2', 'severity: P1');
    };
    expect(outside(rebuilt)).toBe(outside(edited));
  });

  it('does not erase a known pull request with an unknown one, nor restore a region a human removed', () => {
    const noRegion = edited.replace(/<!-- sitrep:generated:responders -->[\s\S]*<!-- \/sitrep:generated:responders -->\n/, 'Everyone on call.\n');
    const offline = renderPostmortem({ ...later, existing: noRegion, pullRequestUrl: undefined } as PostmortemInput);
    expect(readPostmortemFrontMatter(offline)?.pull_request).toBe('https://github.com/acme/incidents/pull/43');
    expect(offline).toContain('Everyone on call.');
    expect(scanPostmortem(offline).regions.map((r) => r.name)).not.toContain('responders');
  });

  it('treats a marker inside a code block as text', () => {
    const quoted = edited.replace('We should drill this.', `\`\`\`\n${startMarker('responders')}\nkeep me\n${endMarker('responders')}\n\`\`\``);
    const out = regenerate(quoted, renderPostmortem(later));
    expect(out).toContain(`\`\`\`\n${startMarker('responders')}\nkeep me\n${endMarker('responders')}\n\`\`\``);
    expect(tableRows(out, 'Responders')[0]).toEqual(['Responder', 'Role', 'First action', 'Actions']);
  });
});

describe('Changes in the impact window', () => {
  const input = fixtureInput('p1-resolved');
  const pull = (n: number, mergedAt: string, title = `Change ${n}`) => ({ number: n, title, author: 'dave', mergedAt, url: `https://github.com/acme/checkout/pull/${n}` });
  const changes: RepoChanges[] = [
    { repo: 'acme/checkout', pulls: [pull(12, '2026-11-21T09:40:00Z', 'Shrink the pool <b>@carol</b>'), pull(11, '2026-11-21T08:00:00Z')], more: 0 },
    { repo: 'acme/secret', error: NO_ACCESS },
  ];
  const section = (text: string) => {
    const region = scanPostmortem(text).regions.find((r) => r.name === 'changes');
    return region ? text.slice(region.bodyStart, region.bodyEnd) : undefined;
  };

  it('lists the merged pull requests, newest first, and names a repository sitrep cannot read', () => {
    const out = renderPostmortem({ ...input, changes });
    const rows = tableRows(out, 'Changes in the impact window');
    expect(rows.map((r) => r[1])).toEqual(['Pull request', 'acme/checkout#12', 'acme/checkout#11']);
    expect(rows[1]?.[2]).toBe('Shrink the pool <b>@\u200bcarol</b>');
    expect(section(out)).not.toMatch(/@carol/);
    expect(section(out)).toContain('Not listed: acme/secret, which sitrep');
    expect(section(out)).toContain('Pull requests merged from 2026-11-21 07:50 to 2026-11-21 11:20 UTC in acme/checkout.');
    expect(validate(out, input.incident.text)).toEqual([]);
  });

  it('counts what it does not list beyond 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => pull(100 + i, `2026-11-21T09:${String(i % 60).padStart(2, '0')}:00Z`));
    const out = renderPostmortem({ ...input, changes: [{ repo: 'acme/checkout', pulls: many, more: 40 }] });
    expect(tableRows(out, 'Changes in the impact window')).toHaveLength(51);
    expect(section(out)).toContain('And 50 more not listed.');
  });

  it('shows the changes recorded as the cause, linked', () => {
    const caused = readIncident(input.incident.text.replace('postmortem: null', 'postmortem: null\ncaused_by: [https://github.com/acme/checkout/pull/12]'));
    const out = renderPostmortem({ ...input, incident: caused, changes });
    expect(section(out)).toContain('**Caused by**: [acme/checkout#12](https://github.com/acme/checkout/pull/12)');
  });

  it('offline, says the list needs GitHub, and a rebuild offline keeps the list GitHub gave', () => {
    const offline = renderPostmortem(input);
    expect(section(offline)).toContain('are listed when the postmortem is built on GitHub (/inc postmortem)');
    const online = renderPostmortem({ ...input, changes });
    expect(renderPostmortem({ ...input, existing: online })).toBe(online);
    expect(section(renderPostmortem({ ...input, existing: offline, changes }))).toContain('acme/checkout#12');
  });

  it('is added to a postmortem drafted before it existed, before Root cause, keeping every edit', () => {
    const old = renderPostmortem(input)
      .replace(/## Changes in the impact window\n\n<!-- sitrep:generated:changes -->[\s\S]*?<!-- \/sitrep:generated:changes -->\n\n/, '')
      .replace('## Root cause\n\n', '## Root cause\n\nThe pool was too small.\n\n');
    expect(old).not.toContain('sitrep:generated:changes');
    const rebuilt = renderPostmortem({ ...input, existing: old, changes });
    expect(rebuilt).toContain('## Changes in the impact window\n\n<!-- sitrep:generated:changes -->');
    expect(rebuilt.indexOf('## Changes in the impact window')).toBeLessThan(rebuilt.indexOf('## Root cause\n\nThe pool was too small.'));
    expect(section(rebuilt)).toContain('acme/checkout#12');
    expect(renderPostmortem({ ...input, existing: rebuilt, changes })).toBe(rebuilt);
  });

  it('is not added back where people kept the heading and removed the region', () => {
    const optedOut = renderPostmortem(input).replace(/<!-- sitrep:generated:changes -->[\s\S]*?<!-- \/sitrep:generated:changes -->\n/, 'Not relevant here.\n');
    const rebuilt = renderPostmortem({ ...input, existing: optedOut, changes });
    expect(rebuilt).toContain('## Changes in the impact window\n\nNot relevant here.\n');
    expect(rebuilt).not.toContain('sitrep:generated:changes');
  });
});

describe('renderPullRequestBody', () => {
  const input = fixtureInput('p1-resolved');
  const ctx = { path: 'postmortems/INC-42.md', fileUrl: 'https://github.com/acme/incidents/blob/sitrep/postmortem/INC-42/postmortems/INC-42.md' };

  it('says what to do and shows metrics and timeline', () => {
    const body = renderPullRequestBody(input, ctx);
    expect(body).toContain('[`postmortems/INC-42.md`](https://github.com/acme/incidents/blob/sitrep/postmortem/INC-42/postmortems/INC-42.md)');
    // No one is mentioned (text outside code would ping): review requests notify the reviewers.
    expect(mentionable(body)).not.toMatch(/@[A-Za-z]/);
    expect(body).toContain('| Time to resolve');
    expect(body).toContain('Pull request merged: acme/checkout#77');
  });

  it('summarises an over-long timeline under the limit, keeping the first and last events', () => {
    const log = Array.from({ length: 1500 }, (_, i) => {
      const at = new Date(Date.parse('2026-11-21T10:03:00Z') + i * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return `- ${at} · @alice · note · step ${i} ${'x'.repeat(60)}\n`;
    });
    const big = { ...input, incident: readIncident(input.incident.text.replace('\n## Log\n\n', `\n## Log\n\n${log.join('')}`)) };
    const body = renderPullRequestBody(big, ctx);
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body.length).toBeGreaterThan(55_000);
    expect(body).toContain('step 0 ');
    expect(body).toContain('Status: monitoring → resolved');
    expect(body).toMatch(/… \d+ more events: the full timeline is in postmortems\/INC-42\.md/);
  });
});

describe('the bundled template', () => {
  it('is inlined fresh from templates/postmortem.md (run npm run build)', () => {
    const template = readFileSync(join(import.meta.dirname, '../../templates/postmortem.md'), 'utf8');
    expect(BUNDLED_POSTMORTEM_TEMPLATE).toBe(template);
  });

  it('renders with the defaults for an incident just declared', () => {
    const text = readFileSync(join(FIXTURES, 'p1-resolved/incident.md'), 'utf8');
    const output = renderPostmortem({ incident: readIncident(text), timeline: [], template: BUNDLED_POSTMORTEM_TEMPLATE, config: defaultConfig(), now: Date.parse('2026-11-21T12:00:00Z') });
    expect(readPostmortemFrontMatter(output)?.pull_request).toBeNull();
  });
});
