/**
 * The validation portal (src/portal/, issue 12 item 1) served by `sbr serve` (src/server/) with the demo artifact,
 * in Debian's chromium (headless, playwright-core). The filer chooses the demo invalid filing; the page validates it
 * in its Web Worker with the server's artifact; the findings table equals `sbr validate --validator demo.sbrv
 * --format json` (XML Schema validation on both sides: libxml2 runs in the worker), and no request carries the filing.
 * Then a real KvK report package (the smallest 2023 sample of ../shared/real/nl/kvk-ixbrl-2023, zipped into an .xbri
 * here) with the KvK 2024 artifact compiled from the NT 2024 packages: summary and findings equal the CLI's, the report
 * is rendered; with the profile nl-inline-2024 chosen in the page, the NL-KVK findings equal `sbr validate --profile
 * nl-inline-2024`; and the same package with one fact's value made unreadable (ixTransform:valueError): its finding's
 * row scrolls the report to that fact and marks it, and the fact chosen in the report shows its concept and context.
 * Screenshots go to $SBR_SCREENSHOTS (default: the system temp folder, sbr-portal-screenshots/).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { zipSync } from 'fflate';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// the public entry point: it registers the formula processor that the synchronous compile of the KvK taxonomy needs
import { compileArtifactFrom } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { buildServer } from '../../src/server/app.js';
import { loadServedValidators } from '../../src/server/command.js';
import { buildPortal } from '../../src/portal/build.js';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = process.env.SBR_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`SKIPPED: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const FILING = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const SHOTS = process.env.SBR_SCREENSHOTS ?? join(tmpdir(), 'sbr-portal-screenshots');
const SHARED = resolve(ROOT, process.env['SBR_SHARED'] ?? '../shared');
const KVK_SAMPLE = join(SHARED, 'real/nl/kvk-ixbrl-2023/nba-micro-nl-inrichtingsjaarrekening-2023');
const NT = join(SHARED, 'real/nl/nt-2024');
const kvkPresent = existsSync(KVK_SAMPLE) && existsSync(NT) && existsSync(join(SHARED, 'xbrl-schemas'));
if (present && !kvkPresent) console.warn(`SKIPPED: the KvK portal test needs ${KVK_SAMPLE} and ${NT}`);
/** The fact whose value the broken copy makes unreadable (bw2-titel9:AssetsNoncurrentOther, "0" -> "nul"). */
const BROKEN_FACT = 'ID0000150';

/** A folder as a report package zip: its entries under the folder's own name (one top-level folder). */
function zipFolder(dir: string, edit: (rel: string, bytes: Uint8Array) => Uint8Array = (_r, b) => b): Uint8Array {
  const top = dir.split('/').pop()!;
  const files: Record<string, Uint8Array> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, r)).isDirectory()) walk(r);
      else files[`${top}/${r}`] = edit(r, new Uint8Array(readFileSync(join(dir, r))));
    }
  };
  walk('');
  return zipSync(files);
}

type CliJson = { valid: boolean; findings: { code: string; severity: string; line: number; file: string }[] };
async function cliJson(args: string[]): Promise<CliJson> {
  let out = '';
  await main(['node', 'sbr', 'validate', ...args, '--format', 'json'], {
    out: (s) => (out += s),
    err: () => {},
  });
  return JSON.parse(out) as CliJson;
}

/** Chooses a filing and a server validator, validates, and waits for the verdict. */
async function validateInPage(page: Page, file: string, validator: string, shot: string, url = ''): Promise<void> {
  await page.locator('#validatorId').selectOption(validator);
  await page.locator('input[type=file][name=filing]').setInputFiles(file);
  await page.locator('#filingUrl').fill(url);
  await page.getByRole('button', { name: 'Validate' }).click();
  await page
    .locator('[data-valid]')
    .waitFor({ timeout: 120_000 })
    .catch(async (e) => {
      await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
      throw new Error(`no result; progress: ${await page.locator('#progress').textContent()}; ${e}`);
    });
}

/** Findings as a sorted list of `severity code` (order aside). */
const bag = (fs: readonly { code?: string; severity?: string }[]) => fs.map((f) => `${f.severity} ${f.code}`).sort();

const rowsOf = (page: Page) =>
  page.locator('tr[data-code]').evaluateAll((trs) =>
    trs.map((tr) => ({
      code: (tr as HTMLElement).dataset['code'],
      severity: (tr as HTMLElement).dataset['severity'],
    })),
  );

describe.skipIf(!present)('validation portal in headless chromium', () => {
  let app: FastifyInstance;
  let context: BrowserContext;
  let dir: string;
  let base: string;
  let artifact: string;
  let kvk = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sbr-portal-test-'));
    const portal = join(dir, 'portal');
    mkdirSync(portal);
    await buildPortal(portal); // what `npm run build:portal` does
    artifact = join(dir, 'demo.sbrv');
    writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
    const served = [artifact];
    if (kvkPresent) {
      // the KvK 2024 entry point the sample's extension schema imports, from the NT 2024 packages (as tests/artifact/slow/kvk.test.ts)
      kvk = join(dir, 'kvk-2024.sbrv');
      const packages = readdirSync(NT)
        .filter((f) => /_2024\.zip$/.test(f))
        .map((f) => join(NT, f));
      const ep = 'https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd';
      writeFileSync(kvk, compileArtifactFrom([ep], { packages, caches: [join(SHARED, 'xbrl-schemas')] }).bytes);
      served.push(kvk);
    }
    app = await buildServer({ validators: await loadServedValidators(served), workers: 1, portalDir: portal });
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
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('validates the demo invalid filing in the page: findings equal the CLI JSON, nothing uploaded', async () => {
    let out = '';
    await main(['node', 'sbr', 'validate', '--validator', artifact, '--format', 'json', FILING], {
      out: (s) => (out += s),
      err: () => {},
    });
    const cli = JSON.parse(out) as { valid: boolean; findings: { code: string; severity: string; line: number }[] };

    const page = await context.newPage();
    const requests: { url: string; method: string; body: string }[] = [];
    page.on('console', (m) => console.log('page:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
    await page.goto(base + '/');
    await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
    await page.locator('#validatorId').selectOption('demo');
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
    // the worker reported each stage, in order, to the <progress> element (hidden once done)
    expect(await page.locator('#progressBar').getAttribute('data-stages')).toBe('reading parsing dts rules schema');
    expect(await page.locator('#progressBar').isHidden()).toBe(true);
    // value and context: period of the fact a finding is on (the boolean fact "yes", the VAT number of eight digits)
    const cells = (code: string) => page.locator(`tr[data-code="${code}"]`).first().locator('td').allTextContents();
    const unit = await cells('xbrl.4.6.2:numericUnitRef');
    expect(unit.slice(3, 5)).toEqual(['143', 'Q1: 2024-01-01 – 2024-03-31']);
    const dims = await cells('xbrldie:PrimaryItemDimensionallyInvalidError');
    expect(dims[4]).toMatch(/^Q1\w*: 2024-01-01 – 2024-03-31/);
    // filter by a value: only the rows whose value, period, code, concept or message has it
    await page.locator('#filterText').fill('NL12345678B01');
    const shown = await page.locator('tr[data-code]').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(rows.length);
    expect(shown.every((x) => x.includes('NL12345678B01'))).toBe(true);
    // sort by value (the button in the column header; aria-sort says so)
    await page.locator('#filterText').fill('');
    await page.locator('button[data-sort="value"]').click();
    expect(await page.locator('th:has(button[data-sort="value"])').getAttribute('aria-sort')).toBe('ascending');
    const values = await page.locator('tr[data-code] td.value').allTextContents();
    expect(values).toEqual([...values].sort((a, b) => a.localeCompare(b)));
    await page.locator('button[data-sort="line"]').click();
    await page.locator('#filterText').fill('');
    await page.screenshot({ path: join(SHOTS, 'portal-demo-invalid.png'), fullPage: true });

    // filter by severity, then the Dutch switch (validated again, messages in Dutch)
    await page.locator('#filterSeverity').selectOption('warning');
    expect(await page.locator('tr[data-code]').count()).toBe(
      cli.findings.filter((f) => f.severity === 'warning').length,
    );
    await page.locator('#filterSeverity').selectOption('');
    const enFirst = await page.locator('tr[data-code] td').nth(6).textContent();
    await page.locator('#lang').selectOption('nl');
    await expect
      .poll(async () => page.locator('tr[data-code] td').nth(6).textContent(), { timeout: 30_000 })
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

    // offline once loaded (sbr-portal-sw.js): once the service worker controls the page and has seen the artifact,
    // the page loads and validates with the network gone
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
    await validateInPage(page, FILING, 'demo', 'portal-online-failed.png', FILING);
    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
      await validateInPage(page, FILING, 'demo', 'portal-offline-failed.png', FILING);
      expect(await page.locator('[data-valid]').getAttribute('data-valid')).toBe(String(cli.valid));
      expect(await page.locator('tr[data-code]').count()).toBe(cli.findings.length);
    } finally {
      await context.setOffline(false);
    }
  });

  it('XML Schema validation in the worker: a filing valid to every XBRL rule but not to its schema is not valid', async () => {
    // the valid demo filing with an attribute xbrli:identifier does not declare: before libxml2 ran in the page this
    // was a false valid (as the CLI with --no-schema-validation still says); both now say xmlSchema:attributesExtraneous
    const file = join(dir, 'vat-return-schema-invalid.xbrl');
    writeFileSync(
      file,
      readFileSync(resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8')
        .replace('<xbrli:identifier scheme=', '<xbrli:identifier origin="bookkeeping" scheme=')
        .replace('"../../taxonomies/sbr-demo/vat-2024.xsd"', `"${resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')}"`),
    );
    const cli = await cliJson(['--validator', artifact, file]);
    const cliNoSchema = await cliJson(['--validator', artifact, '--no-schema-validation', file]);
    expect(cliNoSchema.valid).toBe(true);
    expect(cli.valid).toBe(false);
    expect(bag(cli.findings)).toEqual(['error xmlSchema:attributesExtraneous']);

    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(base + '/');
    await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
    await validateInPage(page, file, 'demo', 'portal-schema-failed.png', file);
    expect(await page.locator('[data-valid]').getAttribute('data-valid')).toBe('false');
    expect(await rowsOf(page)).toEqual(cli.findings.map((f) => ({ code: f.code, severity: f.severity })));
    expect(await page.locator('tr[data-code="xmlSchema:attributesExtraneous"]').textContent()).toContain(
      `vat-return-schema-invalid.xbrl:${cli.findings[0]!.line}`,
    );
    await page.screenshot({ path: join(SHOTS, 'portal-schema-invalid.png'), fullPage: true });
  });

  it('a document set of two documents: both rendered, a finding on a fact of the second switches to it', async () => {
    // the demo VAT return as an Inline XBRL document set in a report package: the contexts and two facts in the first
    // document, VAT payable (17,500: one calculation inconsistency) and a value that cannot be read in the second
    const head = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
  xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance"
  xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:vat="http://www.sbr-demo.example/2024/vat" xml:lang="en">`;
    const fact = (name: string, v: string) =>
      `<p>${name} <ix:nonFraction name="vat:${name}" contextRef="Q1" unitRef="EUR" decimals="0" format="ixt:num-dot-decimal">${v}</ix:nonFraction></p>`;
    const first = `${head}<head><title>VAT return, part 1</title></head><body>
<div style="display:none"><ix:header><ix:references>
<link:schemaRef xlink:type="simple" xlink:href="${resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')}"/>
</ix:references><ix:resources>
<xbrli:context id="Q1"><xbrli:entity><xbrli:identifier scheme="http://www.sbr-demo.example/vat-number">NL123456789B01</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-03-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>
${fact('VatHighRate', '21,000')}
${fact('InputVat', '4,500')}
</body></html>
`;
    const second = `${head}<head><title>VAT return, part 2</title></head><body>
<h1>Part 2</h1>
${'<p>filler</p>\n'.repeat(80)}${fact('VatPayable', '17,500')}
${fact('TurnoverHighRate', 'many')}
</body></html>
`;
    const enc = (t: string) => new TextEncoder().encode(t);
    const file = join(dir, 'vat-docset.xbri');
    writeFileSync(
      file,
      zipSync({
        'vat-docset/META-INF/reportPackage.json': enc(
          '{"documentInfo": {"documentType": "https://xbrl.org/report-package/2023/xbri"}}',
        ),
        'vat-docset/reports/vat/a-part1.xhtml': enc(first),
        'vat-docset/reports/vat/b-part2.xhtml': enc(second),
      }),
    );
    const cli = await cliJson(['--validator', artifact, file]);
    expect(cli.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['xbrl.5.2.5.2:calcInconsistency', 'ixTransform:valueError']),
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(base + '/');
    await expect.poll(() => page.locator('#validatorId option[value="demo"]').count()).toBe(1);
    await validateInPage(page, file, 'demo', 'portal-docset-failed.png', file); // absolute: the schemaRef resolves against it
    expect(bag(await rowsOf(page))).toEqual(bag(cli.findings));
    // the switcher lists both documents; the first is shown
    const switcher = page.locator('#reportDocument');
    expect(await switcher.isVisible()).toBe(true);
    expect(await switcher.locator('option').allTextContents()).toEqual([
      '1/2 a-part1.xhtml',
      '2/2 b-part2.xhtml (2 facts with findings)',
    ]);
    const frame = page.frameLocator('#report');
    expect(await frame.locator('h1').count()).toBe(0);
    expect(await frame.locator('[data-sbr-fact]').count()).toBe(2);
    // the finding on a fact of the second document: the view switches to it and scrolls to the fact
    await page.locator('tr[data-code="ixTransform:valueError"]').click();
    await expect.poll(() => switcher.inputValue()).toBe('1');
    const marked = frame.locator('[data-sbr-current]');
    expect(await marked.getAttribute('name')).toBe('vat:TurnoverHighRate');
    expect(await marked.isVisible()).toBe(true);
    expect(await page.locator('#factInfo').textContent()).toContain('2024-01-01 – 2024-03-31'); // context of document 1
    await page.screenshot({ path: join(SHOTS, 'portal-docset.png'), fullPage: false });
    // and back by the switcher (keyboard: the select takes the arrow keys)
    await switcher.selectOption('0');
    expect(await frame.locator('[data-sbr-fact]').count()).toBe(2);
    expect(await frame.locator('h1').count()).toBe(0);
  });

  it.skipIf(!kvkPresent)(
    'a KvK report package (.xbri) with the KvK artifact: summary and findings equal the CLI, a fact highlighted',
    async () => {
      const real = join(dir, 'demicrobv-2023.xbri');
      writeFileSync(real, zipFolder(KVK_SAMPLE));
      const broken = join(dir, 'demicrobv-2023-broken.xbri');
      writeFileSync(
        broken,
        zipFolder(KVK_SAMPLE, (rel, b) =>
          rel.endsWith('.html')
            ? new TextEncoder().encode(
                new TextDecoder()
                  .decode(b)
                  .replace(`id="${BROKEN_FACT}">0</ix:nonFraction>`, `id="${BROKEN_FACT}">nul</ix:nonFraction>`),
              )
            : b,
        ),
      );
      const page = await context.newPage();
      const requests: { method: string; body: string }[] = [];
      page.on('pageerror', (e) => console.log('pageerror:', e.message));
      page.on('request', (r) => requests.push({ method: r.method(), body: r.postData() ?? '' }));
      await page.goto(base + '/');
      await expect.poll(() => page.locator('#validatorId option[value="kvk-2024"]').count()).toBe(1);

      // the real package: the same verdict, counts and findings as sbr validate --validator
      const cli = await cliJson(['--validator', kvk, real]);
      await validateInPage(page, real, 'kvk-2024', 'portal-kvk-failed.png');
      expect(await page.locator('[data-valid]').getAttribute('data-valid')).toBe(String(cli.valid));
      // the table's own order is by line; the CLI's sorts by file name too (an absolute path here, a name in the page)
      expect(bag(await rowsOf(page))).toEqual(bag(cli.findings));
      const count = (s: string, one: string, many: string) => {
        const n = cli.findings.filter((f) => f.severity === s).length;
        return `${n} ${n === 1 ? one : many}`;
      };
      expect(await page.locator('#summaryBody').textContent()).toContain(
        `${count('error', 'error', 'errors')}, ${count('warning', 'warning', 'warnings')}, ${count('info', 'info', 'info')}`,
      );
      expect(await page.locator('#summaryBody').textContent()).toContain('kvk-annual-report-nlgaap-ext.xsd');
      expect(await page.locator('#reportSection').isVisible()).toBe(true);
      const frame = page.frameLocator('#report');
      expect(await frame.locator('[data-sbr-fact]').count()).toBe(
        (
          readFileSync(
            join(KVK_SAMPLE, 'reports/jaarrekening-2023/demicrobv-jaarrekening-nl-2023-12-31.html'),
            'utf8',
          ).match(/<ix:(nonFraction|nonNumeric|fraction)[\s>]/g) ?? []
        ).length,
      );

      // the Dutch filing rules in the page (src/rules/nl on the package's own entries): the profile chosen in the page
      // gives the findings `sbr validate --profile` gives
      const cliNl = await cliJson(['--validator', kvk, '--profile', 'nl-inline-2024', real]);
      expect(cliNl.findings.filter((f) => f.code.includes('NL-KVK')).length).toBeGreaterThan(0);
      await page.locator('#profile').selectOption('nl-inline-2024');
      await validateInPage(page, real, 'kvk-2024', 'portal-kvk-nl-failed.png');
      expect(await page.locator('[data-valid]').getAttribute('data-valid')).toBe(String(cliNl.valid));
      expect(bag(await rowsOf(page))).toEqual(bag(cliNl.findings));
      expect(await page.locator('tr[data-code="sbr:profileNotApplied"]').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'portal-kvk-nl.png'), fullPage: false });
      await page.locator('#profile').selectOption('');

      // one fact broken: its finding is linked to the fact, both ways
      const cliBroken = await cliJson(['--validator', kvk, broken]);
      const onFact = cliBroken.findings.filter((f) => f.code === 'ixTransform:valueError');
      expect(onFact.length).toBe(1);
      await validateInPage(page, broken, 'kvk-2024', 'portal-kvk-failed.png');
      expect(bag(await rowsOf(page))).toEqual(bag(cliBroken.findings));
      expect(await frame.locator('[data-sbr-flag]').count()).toBe(1);
      const row = page.locator('tr[data-code="ixTransform:valueError"]');
      expect(await row.locator('td').nth(2).textContent()).toBe('bw2-titel9:AssetsNoncurrentOther');
      await row.click();
      const marked = frame.locator('[data-sbr-current]');
      await expect.poll(() => marked.getAttribute('id')).toBe(BROKEN_FACT);
      expect(await marked.isVisible()).toBe(true);
      expect(await page.locator('#factInfo').textContent()).toContain('bw2-titel9:AssetsNoncurrentOther');
      expect(await page.locator('#factInfo li[data-finding-code="ixTransform:valueError"]').count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, 'portal-kvk.png'), fullPage: false });

      // a fact chosen in the report: its concept, period and (no) findings; the broken fact's rows are marked again
      await frame.locator('[data-sbr-fact]').first().click();
      expect(await page.locator('#factInfo').textContent()).toMatch(/Period\s*\d{4}-\d{2}-\d{2}/);
      await frame.locator(`[id="${BROKEN_FACT}"]`).click();
      expect(await page.locator('tr.current[data-code="ixTransform:valueError"]').count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, 'portal-kvk-fact.png'), fullPage: false });

      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(requests.some((r) => r.body.length > 0)).toBe(false);
    },
    300_000,
  );
});
