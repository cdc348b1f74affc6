import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusPageCommand } from '../../src/cli/status-page.js';
import { ConfigurationError } from '../../src/core/config.js';
import { buildStatusPage, buildStatusSite } from '../../src/site/build.js';
import { messageToHast } from '../../src/site/message.js';
import { toHtml } from 'hast-util-to-html';
import { configText, incidentFile, logLine, sampleFiles, SAMPLE_CONFIG, SAMPLE_NOW } from './fixtures.js';

const site = () => buildStatusPage(sampleFiles(), SAMPLE_CONFIG, SAMPLE_NOW);
const htmlFiles = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith('.html'));

describe('buildStatusPage', () => {
  it('builds the index, a page per published incident, the stylesheet, the feed and the JSON API', () => {
    expect([...site().keys()].sort()).toEqual([
      '.nojekyll', 'api/v2/status.json', 'api/v2/summary.json', 'favicon.svg', 'feed.atom', 'history.html', 'incidents/INC-31.html', 'incidents/INC-42.html', 'index.html', 'style.css',
    ]);
  });

  it('shows the banner, the components with their state and bars, and active and past incidents on the index', () => {
    const { document } = parseHTML(site().get('index.html') as string);
    expect(document.querySelector('.banner-text')?.textContent).toBe('Major outage');
    const components = [...document.querySelectorAll('.component')].map((c) => [
      c.querySelector('.component-name')?.textContent,
      c.querySelector('.badge')?.textContent,
      c.querySelectorAll('.bar').length,
    ]);
    expect(components).toEqual([
      ['Checkout', 'Major outage', 30],
      ['Search', 'Operational', 30],
      ['Login', 'Operational', 30],
    ]);
    expect(document.querySelector('.bars')?.getAttribute('aria-label')).toMatch(/^Checkout: \d+\.\d\d% available over the last 30 days$/);
    expect([...document.querySelectorAll('#active ~ .card h3')].map((e) => e.textContent)).toEqual(['Checkout errors']);
    expect([...document.querySelectorAll('.past a')].map((e) => [e.textContent, e.getAttribute('href')])).toEqual([
      ['Incident affecting Search', 'incidents/INC-31.html'],
    ]);
    // Public updates newest first.
    const updates = [...document.querySelectorAll('.card .updates time')].map((t) => t.getAttribute('datetime'));
    expect(updates).toEqual([...updates].sort().reverse());
  });

  it.each([
    [[], 'All systems operational', 'none'],
    [['P3'], 'Degraded performance', 'minor'],
    [['P3', 'P2'], 'Partial outage', 'major'],
    [['P2', 'P1'], 'Major outage', 'critical'],
  ])('active published severities %j make the banner "%s" (indicator %s)', (severities, banner, indicator) => {
    const files = severities.map((severity, n) =>
      incidentFile({ issue: n + 1, severity, status: 'investigating' }, [
        logLine('2026-11-30T10:00:00Z', 'bob', 'declared', `${severity}, investigating`),
        logLine('2026-11-30T10:05:00Z', 'alice', 'public', 'Looking into it.'),
      ]),
    );
    // A resolved P1 and an unpublished P1 never move the banner.
    files.push(incidentFile({ issue: 90, severity: 'P1', status: 'resolved', resolved_at: '2026-11-30T11:00:00Z' }, [logLine('2026-11-30T10:05:00Z', 'alice', 'public', 'Down.')]));
    files.push(incidentFile({ issue: 91, severity: 'P1', status: 'fixing' }, [logLine('2026-11-30T10:05:00Z', 'alice', 'update (fixing)', 'Down.')]));
    const built = buildStatusPage(files, null, SAMPLE_NOW);
    expect(parseHTML(built.get('index.html') as string).document.querySelector('.banner-text')?.textContent).toBe(banner);
    expect(JSON.parse(built.get('api/v2/summary.json') as string).status).toEqual({ indicator, description: banner });
  });

  it('writes api/v2/summary.json in the shape of Atlassian Statuspage', () => {
    const summary = JSON.parse(site().get('api/v2/summary.json') as string);
    expect(Object.keys(summary).sort()).toEqual(['components', 'incidents', 'page', 'scheduled_maintenances', 'status']);
    expect(summary.page).toEqual({ id: 'acme-status', name: 'Acme Status', url: '', time_zone: 'Etc/UTC', updated_at: '2026-11-30T09:35:00Z' });
    expect(summary.status).toEqual({ indicator: 'critical', description: 'Major outage' });
    expect(summary.scheduled_maintenances).toEqual([]);
    expect(summary.components.map((c: { id: string; name: string; status: string; position: number }) => [c.id, c.name, c.status, c.position])).toEqual([
      ['checkout', 'Checkout', 'major_outage', 1],
      ['search', 'Search', 'operational', 2],
      ['login', 'Login', 'operational', 3],
    ]);
    for (const component of summary.components) {
      expect(Object.keys(component).sort()).toEqual([
        'created_at', 'description', 'group', 'group_id', 'id', 'name', 'only_show_if_degraded', 'page_id', 'position', 'showcase', 'start_date', 'status', 'updated_at',
      ]);
    }
    // Unresolved incidents only.
    expect(summary.incidents).toHaveLength(1);
    const [incident] = summary.incidents;
    expect(incident).toMatchObject({
      id: 'INC-42', name: 'Checkout errors', status: 'identified', impact: 'critical', shortlink: 'incidents/INC-42.html',
      started_at: '2026-11-30T08:50:00Z', created_at: '2026-11-30T09:15:00Z', monitoring_at: null, resolved_at: null, page_id: 'acme-status',
    });
    expect(incident.components.map((c: { name: string }) => c.name)).toEqual(['Checkout']);
    expect(incident.incident_updates.map((u: { status: string; body: string; display_at: string }) => [u.status, u.body, u.display_at])).toEqual([
      ['identified', 'We found the cause and are rolling out a fix.', '2026-11-30T09:35:00Z'],
      ['identified', 'The cause has been identified and a fix is in progress.', '2026-11-30T09:30:00Z'],
      ['investigating', 'Some customers see **errors** at checkout. We are on it.', '2026-11-30T09:15:00Z'],
    ]);
  });

  it('writes one Atom entry per published incident, linking to its page', () => {
    const { document } = parseHTML(site().get('feed.atom') as string, 'text/xml' as never);
    const entries = [...document.querySelectorAll('entry')].map((e) => [
      e.querySelector('title')?.textContent.replace(/^<!\[CDATA\[|\]\]>$/g, ''),
      e.querySelector('id')?.textContent,
      e.querySelector('link')?.getAttribute('href'),
      e.querySelector('updated')?.textContent,
    ]);
    expect(entries).toEqual([
      ['Checkout errors', 'urn:sitrep:acme-status:INC-42', 'incidents/INC-42.html', '2026-11-30T09:35:00.000Z'],
      ['Incident affecting Search', 'urn:sitrep:acme-status:INC-31', 'incidents/INC-31.html', '2026-11-20T15:02:00.000Z'],
    ]);
  });

  it('uses absolute feed links under status_page.url', () => {
    const built = buildStatusPage(sampleFiles(), configText({ title: 'Acme Status', url: 'https://acme.github.io/status/' }), SAMPLE_NOW);
    const atom = built.get('feed.atom') as string;
    expect(atom).toContain('<link href="https://acme.github.io/status/incidents/INC-42.html"/>');
    expect(atom).toContain('<link rel="self" href="https://acme.github.io/status/feed.atom"/>');
    expect(JSON.parse(built.get('api/v2/summary.json') as string).page.url).toBe('https://acme.github.io/status/');
    // The pages themselves stay relative.
    expect(built.get('index.html')).not.toContain('https://acme.github.io');
  });

  it('links only relatively, to files it built, and loads nothing from anywhere', () => {
    const built = site();
    for (const [path, html] of htmlFiles(built)) {
      const { document } = parseHTML(html);
      expect(document.querySelectorAll('[src], script, iframe, object, embed, img').length, path).toBe(0);
      for (const element of document.querySelectorAll('[href]')) {
        const href = element.getAttribute('href') as string;
        if (href.startsWith('#')) continue;
        expect(href, `${path}: ${href}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/)/i);
        const target = new URL(href, `http://site.invalid/base/${path}`).pathname.replace('/base/', '');
        expect(built.has(target), `${path} links to ${href}, which was not built`).toBe(true);
      }
    }
    expect(built.get('style.css')).not.toMatch(/url\(|@import/);
  });

  it('marks every time with a UTC datetime', () => {
    for (const [path, html] of htmlFiles(site())) {
      const times = [...parseHTML(html).document.querySelectorAll('time')];
      expect(times.length, path).toBeGreaterThan(0);
      for (const time of times) {
        expect(time.getAttribute('datetime'), path).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(time.textContent).toMatch(/ UTC$/);
      }
    }
  });

  it('is readable on a phone and in the dark', () => {
    const built = site();
    for (const [, html] of htmlFiles(built)) expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(built.get('style.css')).toContain('@media (prefers-color-scheme: dark)');
  });

  it('lists past incidents of the history period on the index, and all of them in the incident history', () => {
    const old = incidentFile({ issue: 3, status: 'resolved', declared_at: '2026-09-01T10:00:00Z', resolved_at: '2026-09-01T12:00:00Z', public: { title: 'An old one' } }, [
      logLine('2026-09-01T10:05:00Z', 'alice', 'public', 'Looking into it.'),
    ]);
    const built = buildStatusPage([...sampleFiles(), old], SAMPLE_CONFIG, SAMPLE_NOW);
    const titles = (path: string) => [...parseHTML(built.get(path) as string).document.querySelectorAll('.past a')].map((a) => a.textContent);
    expect(titles('index.html')).toEqual(['Incident affecting Search']);
    expect(titles('history.html')).toEqual(['Incident affecting Search', 'An old one']);
    expect(built.has('incidents/INC-3.html')).toBe(true);
  });

  it('shows a page with nothing published as operational', () => {
    const built = buildStatusPage([], null, SAMPLE_NOW);
    const { document } = parseHTML(built.get('index.html') as string);
    expect(document.querySelector('.banner-text')?.textContent).toBe('All systems operational');
    expect(document.querySelector('.components')).toBeNull();
    expect(JSON.parse(built.get('api/v2/summary.json') as string)).toMatchObject({ components: [], incidents: [] });
  });

  it('leaves out an unreadable incident file and names it', () => {
    const result = buildStatusSite([...sampleFiles(), { path: 'incidents/INC-9.md', text: 'no front matter' }], SAMPLE_CONFIG, SAMPLE_NOW);
    expect(result.published).toBe(2);
    expect(result.skipped.map((p) => p.path)).toEqual(['incidents/INC-9.md']);
  });

  it('refuses an invalid configuration', () => {
    expect(() => buildStatusPage([], 'status_page: { colour: red }', SAMPLE_NOW)).toThrow(ConfigurationError);
  });
});

describe('public messages', () => {
  it.each([
    ['We **rolled back**.', '<p>We <strong>rolled back</strong>.</p>'],
    ['Fixed <b>now</b>\n\n<script>alert(1)</script>', '<p>Fixed now</p>'],
    ['![logo](https://cdn.example.com/x.png) is back', '<p>logo is back</p>'],
    ['[status](javascript:alert(1)) and [docs](https://example.com/d)', '<p>status and <a href="https://example.com/d" rel="nofollow noopener">docs</a></p>'],
    ['# Heading', '<p><strong>Heading</strong></p>'],
  ])('renders %j safely', (markdown, html) => {
    expect(toHtml(messageToHast(markdown))).toBe(html);
  });
});

describe('sitrep status-page', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('writes the site into site/ of the repository', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-site-'));
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'incidents'));
    writeFileSync(join(dir, '.github/sitrep.yml'), SAMPLE_CONFIG);
    for (const file of sampleFiles()) writeFileSync(join(dir, file.path), file.text);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await statusPageCommand([dir, '--as-of', '2026-11-30T12:00:00Z'])).toBe(0);
    expect(String(out.mock.calls[0]?.[0])).toMatch(/^wrote 10 files to .*site: 2 published incident\(s\) of 3\n$/);
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(['.nojekyll', '.sitrep-site.json', 'api', 'favicon.svg', 'feed.atom', 'history.html', 'incidents', 'index.html', 'style.css']);
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toBe(site().get('index.html'));
    // The manifest lists every file the build wrote.
    expect(JSON.parse(readFileSync(join(dir, 'site/.sitrep-site.json'), 'utf8')).files.sort()).toEqual([...site().keys()].sort());
  });

  it('removes the pages its previous build wrote and this one does not, and never any other file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-site-'));
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'incidents'));
    writeFileSync(join(dir, '.github/sitrep.yml'), SAMPLE_CONFIG);
    for (const file of sampleFiles()) writeFileSync(join(dir, file.path), file.text);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await statusPageCommand([dir, '--as-of', '2026-11-30T12:00:00Z'])).toBe(0);
    const site = join(dir, 'site');
    expect(readdirSync(join(site, 'incidents')).sort()).toEqual(['INC-31.html', 'INC-42.html']);
    // Files of the person's own, next to the pages: one named like a page, one elsewhere in the folder.
    writeFileSync(join(site, 'CNAME'), 'status.acme.example\n');
    writeFileSync(join(site, 'incidents', 'INC-99.html'), 'kept');
    writeFileSync(join(site, 'incidents', 'notes.txt'), 'kept');
    writeFileSync(join(dir, 'outside.txt'), 'kept');

    // INC-31 is no longer published (its file is gone): its page goes, nothing else does.
    rmSync(join(dir, 'incidents/INC-31.md'));
    expect(await statusPageCommand([dir, '--as-of', '2026-11-30T12:00:00Z'])).toBe(0);
    expect(String(out.mock.calls[1]?.[0])).toMatch(/^wrote 9 files to .*site: 1 published incident\(s\) of 2; removed 1 file\(s\) of the previous build\n$/);
    expect(readdirSync(join(site, 'incidents')).sort()).toEqual(['INC-42.html', 'INC-99.html', 'notes.txt']);
    expect(readdirSync(site).sort()).toEqual(['.nojekyll', '.sitrep-site.json', 'CNAME', 'api', 'favicon.svg', 'feed.atom', 'history.html', 'incidents', 'index.html', 'style.css']);

    // A manifest that names files no build writes (edited by hand, or planted) removes none of them.
    writeFileSync(join(site, '.sitrep-site.json'), JSON.stringify({ files: ['CNAME', '../outside.txt', 'incidents/notes.txt', 'incidents/../CNAME', join(dir, 'outside.txt'), 'api'] }));
    expect(await statusPageCommand([dir, '--as-of', '2026-11-30T12:00:00Z'])).toBe(0);
    expect(String(out.mock.calls[2]?.[0])).toMatch(/^wrote 9 files to .*site: 1 published incident\(s\) of 2\n$/);
    expect(readFileSync(join(site, 'CNAME'), 'utf8')).toBe('status.acme.example\n');
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(join(site, 'incidents')).sort()).toEqual(['INC-42.html', 'INC-99.html', 'notes.txt']);
  });
});
