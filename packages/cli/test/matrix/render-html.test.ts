// The HTML page in a real browser: Debian's Chromium driven by playwright-core, a fresh profile,
// the committed file opened from disk (file://), as a reader would.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix, providerCapabilities } from '../../src/matrix/model.js';
import { renderHtml } from '../../src/matrix/render-html.js';

const CHROMIUM = '/usr/bin/chromium';
// CI (.ci/run installs Debian's chromium) must run the browser tests: there a missing Chromium fails them. Elsewhere
// (a new user's machine) they run when Chromium is there, and say so in one line when it is not.
const inCi = process.env.CI === 'true';
const browserTests = inCi || existsSync(CHROMIUM);
if (!browserTests) console.warn(`render-html: ${CHROMIUM} is absent, the 3 Chromium tests do not run (CI runs them)`);
const PAGE = fileURLToPath(new URL('../../../../docs/providers.html', import.meta.url));
const matrix = buildMatrix(providerCapabilities());
const html = renderHtml(matrix);

describe('renderHtml', () => {
  it('is one self-contained page: inline CSS, no script, no external stylesheet or image', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link |<img /);
  });

  it('escapes text and marks every level with a class', () => {
    expect(html).toContain('&lt;queue&gt;-poison');
    for (const level of ['supported', 'partial', 'unsupported']) expect(html).toContain(`class="l ${level}"`);
  });

  it('puts the proving scenarios in a tooltip', () => {
    expect(html).toContain('title="proven by http.stream.chunks, http.stream.binary');
  });
});

describe.runIf(browserTests)('docs/providers.html in Chromium', () => {
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`).toBe(true);
    profile = mkdtempSync(join(tmpdir(), 'faasport-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads from disk and shows the three providers in every area', async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(PAGE).href);
    expect(await page.title()).toBe('faasport — providers compared');
    const areas = await page.locator('section h2').allInnerTexts();
    expect(areas).toEqual([...matrix.areas.map((a) => a.title), 'Notes and sources']);
    for (const area of matrix.areas) {
      const heads = await page.locator(`section#${area.id} thead th[data-provider]`).allInnerTexts();
      expect(heads.map((h) => h.split('\n')[0])).toEqual([
        'AWS Lambda',
        'Google Cloud Run functions',
        'Azure Functions',
      ]);
      expect(await page.locator(`section#${area.id} tbody tr`).count()).toBe(area.rows.length);
    }
    expect(failed).toEqual([]);
  });

  it('colours supported, partial and unsupported cells differently', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pathToFileURL(PAGE).href);
    const colour = (level: string) =>
      page
        .locator(`span[data-level="${level}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const colours = [await colour('supported'), await colour('partial'), await colour('unsupported')];
    expect(colours).toEqual(['rgb(216, 243, 220)', 'rgb(255, 243, 191)', 'rgb(255, 227, 227)']);
  });

  it('links each footnote marker to a footnote with its source', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    await page.locator('section#limits sup a').first().click();
    const target = page.locator('ol.notes li:target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.textContent()).toMatch(/Source: https:\/\/\S+ \(checked \d{4}-\d{2}-\d{2}\)\./);
    expect(await page.locator('ol.notes li').count()).toBe(matrix.footnotes.length);
  });
});
