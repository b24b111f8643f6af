/**
 * The validation portal (src/portal/, issue 12 item 1) served by `sbr serve` (src/server/) with the demo artifact,
 * in Debian's chromium (headless, playwright-core). The filer chooses the demo invalid filing; the page validates it
 * in its Web Worker with the server's artifact; the findings table equals `sbr validate --validator demo.sbrv
 * --format json --no-schema-validation` (the browser build has no xmllint), and no request carries the filing.
 * Screenshots go to $SBR_SCREENSHOTS (default: the system temp folder, sbr-portal-screenshots/).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom } from '../../src/artifact/node.js';
import { main } from '../../src/cli/main.js';
import { buildServer } from '../../src/server/app.js';
import { loadServedValidators } from '../../src/server/command.js';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = process.env.SBR_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`SKIPPED: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const FILING = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const SHOTS = process.env.SBR_SCREENSHOTS ?? join(tmpdir(), 'sbr-portal-screenshots');

describe.skipIf(!present)('validation portal in headless chromium', () => {
  let app: FastifyInstance;
  let context: BrowserContext;
  let dir: string;
  let base: string;
  let artifact: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sbr-portal-test-'));
    const portal = join(dir, 'portal');
    mkdirSync(portal);
    // what `npm run build:portal` does
    await build({
      entryPoints: [resolve(ROOT, 'src/portal/portal.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(portal, 'sbr-portal.js'),
      logLevel: 'silent',
    });
    for (const f of ['index.html', 'portal.css']) copyFileSync(resolve(ROOT, 'src/portal', f), join(portal, f));
    artifact = join(dir, 'demo.sbrv');
    writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
    app = await buildServer({ validators: await loadServedValidators([artifact]), workers: 1, portalDir: portal });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('validates the demo invalid filing in the page: findings equal the CLI JSON, nothing uploaded', async () => {
    let out = '';
    await main(
      ['node', 'sbr', 'validate', '--validator', artifact, '--no-schema-validation', '--format', 'json', FILING],
      { out: (s) => (out += s), err: () => {} },
    );
    const cli = JSON.parse(out) as { valid: boolean; findings: { code: string; severity: string; line: number }[] };

    const page = await context.newPage();
    const requests: { url: string; method: string; body: string }[] = [];
    page.on('console', (m) => console.log('page:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
    await page.goto(base + '/');
    await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
    await page.locator('input[type=file][name=filing]').setInputFiles(FILING);
    await page.locator('#filingUrl').fill(FILING);
    await page.getByRole('button', { name: 'Validate' }).click();
    await page
      .locator('[data-valid]')
      .waitFor({ timeout: 60_000 })
      .catch(async (e) => {
        await page.screenshot({ path: join(SHOTS, 'portal-failed.png'), fullPage: true });
        throw new Error(`no result; progress: ${await page.locator('#progress').textContent()}; ${e}`);
      });
    expect(await page.locator('[data-valid]').getAttribute('data-valid')).toBe(String(cli.valid));
    const rows = await page.locator('tr[data-code]').evaluateAll((trs) =>
      trs.map((tr) => ({
        code: (tr as HTMLElement).dataset['code'],
        severity: (tr as HTMLElement).dataset['severity'],
      })),
    );
    expect(rows).toEqual(cli.findings.map((f) => ({ code: f.code, severity: f.severity })));
    expect(rows.length).toBeGreaterThan(2);
    await page.screenshot({ path: join(SHOTS, 'portal-demo-invalid.png'), fullPage: true });

    // filter by severity, then the Dutch switch (validated again, messages in Dutch)
    await page.locator('#filterSeverity').selectOption('warning');
    expect(await page.locator('tr[data-code]').count()).toBe(
      cli.findings.filter((f) => f.severity === 'warning').length,
    );
    await page.locator('#filterSeverity').selectOption('');
    const enFirst = await page.locator('tr[data-code] td').nth(4).textContent();
    await page.locator('#lang').selectOption('nl');
    await expect
      .poll(async () => page.locator('tr[data-code] td').nth(4).textContent(), { timeout: 30_000 })
      .not.toBe(enFirst);
    expect(await page.locator('h1').textContent()).toBe('SBR-validatieportaal');
    await page.screenshot({ path: join(SHOTS, 'portal-demo-invalid-nl.png'), fullPage: true });

    const filing = readFileSync(FILING, 'utf8');
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(
      requests.some(
        (r) => r.body.includes('VatIdentificationNumber') || r.url.includes(encodeURIComponent(filing.slice(0, 40))),
      ),
    ).toBe(false);
    expect(requests.some((r) => r.url.endsWith('/v1/validators/demo/artifact'))).toBe(true);
  });
});
