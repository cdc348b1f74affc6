import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatusPage } from '../../src/site/build.js';
import { configText, incidentFile, logLine, sampleFiles, SAMPLE_NOW } from './fixtures.js';

/**
 * The built site in a real headless Chromium, served from a sub-path as GitHub Pages serves a
 * project site. Needs /usr/bin/chromium: without it the tests skip with the reason, except under
 * CI=true, where a missing browser fails.
 */
const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ON_CI = process.env.CI === 'true';
const BASE = '/acme-status/';
const SCREENSHOT = 'test-results/status-page.png';

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
};

function files(): Map<string, string> {
  const more = [
    incidentFile(
      { issue: 12, severity: 'P3', status: 'closed', services: ['Login'], declared_at: '2026-11-10T14:00:00Z', mitigated_at: '2026-11-10T15:10:00Z', resolved_at: '2026-11-10T16:00:00Z', closed_at: '2026-11-12T16:00:00Z', public: { title: 'Slow sign-in for some users' } },
      [
        logLine('2026-11-10T14:00:00Z', 'carol', 'declared', 'P3, investigating'),
        logLine('2026-11-10T14:20:00Z', 'carol', 'public', 'Sign-in takes up to 30 seconds for some users. See [our help page](https://example.com/help).'),
        logLine('2026-11-10T15:10:00Z', 'carol', 'status', 'investigating → monitoring. cache warmed'),
        logLine('2026-11-10T16:00:00Z', 'carol', 'status', 'monitoring → resolved. done'),
      ],
    ),
  ];
  return buildStatusPage([...sampleFiles(), ...more], configText({ title: 'Acme Status', components: ['Checkout', 'Search', 'Login'], history: '90d' }), SAMPLE_NOW);
}

if (!HAS_CHROMIUM) {
  process.stderr.write(`status-page browser tests: no Chromium at ${CHROMIUM}${ON_CI ? ' (required because CI=true)' : '; skipped (apt-get install chromium)'}\n`);
}

describe.runIf(!HAS_CHROMIUM && ON_CI)('the status page in Chromium under CI=true', () => {
  it(`needs Chromium at ${CHROMIUM}`, () => {
    expect.fail(`no Chromium at ${CHROMIUM}; .ci/run installs it with apt-get`);
  });
});

describe.skipIf(!HAS_CHROMIUM)(`the status page in Chromium${HAS_CHROMIUM ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const site = files();
  const served: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      served.push(path);
      const inSite = path.startsWith(BASE) ? path.slice(BASE.length) || 'index.html' : undefined;
      const body = inSite === undefined ? undefined : site.get(inSite);
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[inSite?.split('.').pop() ?? ''] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A page that records the host of every request it makes. */
  async function open(options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1024, height: options.height ?? 800 },
      colorScheme: options.colorScheme ?? 'light',
      javaScriptEnabled: options.javaScript ?? true,
    });
    const hosts = new Set<string>();
    context.on('request', (request) => {
      hosts.add(new URL(request.url()).host);
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { page, hosts, close: () => context.close() };
  }

  async function violations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
    await page.addScriptTag({ content: axe.source });
    const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact as string, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }

  it('shows the banner and components, follows links to an incident and the feed, and asks nothing of another host', async () => {
    const { page, hosts, close } = await open({ javaScript: false });
    const response = await page.goto(`${origin}${BASE}`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('.banner-text').innerText()).toBe('Major outage');
    for (const name of ['Checkout', 'Search', 'Login']) {
      expect(await page.locator('.component-name', { hasText: name }).isVisible()).toBe(true);
    }
    expect(await page.locator('.bars').first().isVisible()).toBe(true);

    await page.locator('.card h3 a').first().click();
    await page.waitForURL(`${origin}${BASE}incidents/INC-42.html`);
    expect(await page.locator('h1').innerText()).toBe('Checkout errors');
    expect(await page.locator('.updates li').count()).toBe(3);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

    await page.locator('a', { hasText: '← Acme Status' }).click();
    await page.waitForURL(`${origin}${BASE}index.html`);
    await page.locator('.past a', { hasText: 'Slow sign-in for some users' }).click();
    await page.waitForURL(`${origin}${BASE}incidents/INC-12.html`);
    expect(await page.locator('.update-body a').getAttribute('href')).toBe('https://example.com/help');

    // Every request of the pages stayed under the site's sub-path and found a built file.
    const byPages = [...served];
    expect(byPages.filter((path) => !path.startsWith(BASE)), byPages.join(', ')).toEqual([]);
    expect(byPages.filter((path) => path !== BASE && !site.has(path.slice(BASE.length)))).toEqual([]);

    const feedHref = await page.locator('footer a', { hasText: 'Atom feed' }).getAttribute('href');
    const feed = await page.goto(new URL(feedHref as string, page.url()).href);
    expect(feed?.status()).toBe(200);
    expect(feed?.url()).toBe(`${origin}${BASE}feed.atom`);
    expect(await feed?.text()).toContain('<entry>');

    // The feed, shown as a document of its own, may make the browser ask this host for /favicon.ico; never another host.
    expect([...hosts]).toEqual([new URL(origin).host]);
    await close();
  }, 60_000);

  it('fits a phone screen without horizontal scrolling', async () => {
    const { page, close } = await open({ width: 375, height: 667 });
    for (const path of ['index.html', 'incidents/INC-42.html', 'incidents/INC-12.html']) {
      await page.goto(`${origin}${BASE}${path}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
    }
    // A phone shows the last 30 days of the 90.
    await page.goto(`${origin}${BASE}index.html`);
    expect(await page.locator('.component').first().locator('.bar:visible').count()).toBe(30);
    expect(await page.locator('.bars-legend').first().innerText()).toMatch(/^30 days ago\s+\d+\.\d\d% over 90 days\s+Today$/);
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await page.locator('.component').first().locator('.bar:visible').count()).toBe(90);
    await close();
  }, 60_000);

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violation in the %s scheme', async (colorScheme) => {
    const { page, close } = await open({ colorScheme });
    for (const path of ['index.html', 'incidents/INC-42.html', 'incidents/INC-31.html', 'history.html']) {
      await page.goto(`${origin}${BASE}${path}`);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await violations(page), `${path} (${colorScheme})`).toEqual([]);
    }
    await close();
  }, 60_000);

  it(`saves a screenshot to ${SCREENSHOT}`, async () => {
    mkdirSync('test-results', { recursive: true });
    const { page, close } = await open({ width: 1024, height: 800 });
    await page.goto(`${origin}${BASE}`);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-dark.png'), fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await close();
  }, 60_000);
});
