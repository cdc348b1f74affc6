/**
 * The `sitrep report --html` page in a real headless Chromium: the four charts render with a
 * size and a title, the page makes no network request, and a screenshot is kept in
 * `test-results/report.png` for a person to look at. Skips with the reason when the system's
 * Chromium is missing, except under CI=true, where that fails.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, reportRepository } from '../support/report-incidents.js';
import { runCli } from '../support/cli.js';

// SITREP_TEST_CHROMIUM points elsewhere (or at nothing, to see the skip and the CI failure).
const CHROMIUM = process.env.SITREP_TEST_CHROMIUM ?? '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const missing = !existsSync(CHROMIUM);
const required = process.env.CI === 'true';
const reason = `${CHROMIUM} is missing (install Debian's chromium to run this test)`;
if (missing && !required) process.stderr.write(`report.browser.test.ts skipped: ${reason}\n`);

describe.skipIf(missing && !required)(missing ? `the report page in Chromium — ${reason}` : 'the report page in Chromium', () => {
  let browser: Browser | undefined;
  let repo: string | undefined;
  let scratch: string | undefined;

  beforeAll(async () => {
    if (missing) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of [repo, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the four charts with titles and a size, fetching nothing', async () => {
    if (missing) throw new Error(`CI=true requires a real Chromium: ${reason}`);
    repo = reportRepository();
    scratch = mkdtempSync(join(tmpdir(), 'sitrep-report-page-'));
    const file = join(scratch, 'report.html');
    const run = await runCli(['report', repo, '--html', file, '--as-of', AS_OF]);
    expect(run.stderr).toBe(`sitrep report: wrote ${file}\n`);
    expect(run.status).toBe(0);

    const context = await browser!.newContext({ viewport: { width: 1360, height: 900 }, javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    const figures = page.locator('figure');
    await expect.poll(() => figures.count()).toBe(4);
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      const figure = figures.nth(i);
      const title = (await figure.locator('h2').textContent())?.trim() ?? '';
      titles.push(title);
      expect(await figure.getAttribute('aria-labelledby')).toBe(await figure.locator('h2').getAttribute('id'));
      const svg = figure.locator('svg').first();
      expect(await svg.getAttribute('aria-label')).toBe(title);
      const box = await svg.boundingBox();
      expect(box, title).not.toBeNull();
      expect(box!.width, title).toBeGreaterThan(300);
      expect(box!.height, title).toBeGreaterThan(150);
      // Marks were drawn, not just axes: bars for three charts, lines for the times.
      expect(await svg.locator('rect, path[d*="L"]').count(), title).toBeGreaterThan(0);
    }
    expect(titles).toEqual(['Incidents per month, by severity', 'Time to acknowledge and to resolve, per month', 'Cadence kept, per month', 'Caused by a change, per month']);
    // Only the file itself was loaded.
    expect(requests).toEqual([url]);

    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results/report.png'), fullPage: true });
    await context.close();
  });
});
