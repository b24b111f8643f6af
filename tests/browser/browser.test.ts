/**
 * The browser bundle (src/browser.ts, built with esbuild for platform=browser, so any Node built-in in the core fails
 * the build) validates a fixture filing with a compiled artifact inside Debian's chromium, headless, driven by
 * playwright-core; the page is served on 127.0.0.1. XML Schema validation (xmllint-wasm) is not in the browser
 * build, so the expected findings are the Node ones without it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = process.env.SBR_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`SKIPPED: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const FILING = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const ENTRY = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');

/** The page: loads the bundle and the artifact, validates the filing (twice: en, nl), tries a truncated artifact. */
const RUN_PAGE = `<!doctype html><meta charset="utf-8"><title>sbr-validator</title>
<script type="module">
try {
  const sbr = await import('/sbr-validator.js');
  const filingUrl = new URLSearchParams(location.search).get('filing');
  const bytes = new Uint8Array(await (await fetch('/demo.sbrv')).arrayBuffer());
  const validator = await sbr.Validator.load(bytes, 'demo.sbrv');
  const filing = new Uint8Array(await (await fetch('/filing.xbrl')).arrayBuffer());
  const r = await validator.validate({ url: filingUrl, bytes: filing });
  const again = await validator.validate({ url: filingUrl, bytes: filing }, { lang: 'nl' });
  let refused = '';
  try { await sbr.Validator.load(bytes.slice(0, bytes.length - 7)); } catch (e) { refused = e.finding ? e.finding.code : String(e); }
  window.__result = { valid: r.valid, findings: r.findings, nl: again.findings, refused, node: typeof globalThis.process };
} catch (e) {
  window.__result = { error: String(e && e.stack || e) };
}
</script>`;

describe.skipIf(!present)('browser bundle in headless chromium', () => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;
  let base: string;
  let bundleBytes = 0;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [resolve(ROOT, 'src/browser.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const js = bundle.outputFiles[0]!.contents;
    bundleBytes = js.length;
    const artifact = compileArtifactFrom([ENTRY]).bytes;
    const routes: Record<string, [string, Uint8Array | string]> = {
      '/': [
        'text/html',
        '<!doctype html><meta charset="utf-8"><title>sbr-validator</title><p>sbr-validator browser test</p>',
      ],
      '/run.html': ['text/html', RUN_PAGE],
      '/sbr-validator.js': ['text/javascript', js],
      '/demo.sbrv': ['application/octet-stream', artifact],
      '/filing.xbrl': ['application/xml', readFileSync(FILING)],
    };
    server = createServer((req, res) => {
      const r = routes[(req.url ?? '').split('?')[0]!];
      if (!r) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': r[0] }).end(r[1]);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'sbr-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
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
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => server?.close(ok));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('validates a filing with a compiled artifact in the page, with the findings of Node', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/run.html?filing=${encodeURIComponent(FILING)}`);
    await page.waitForFunction('window.__result !== undefined', undefined, { timeout: 60_000 });
    const inPage = JSON.parse((await page.evaluate('JSON.stringify(window.__result)')) as string);
    expect(inPage.error).toBeUndefined();
    const validator = await Validator.load(compileArtifactFrom([ENTRY]).bytes);
    const expected = await validator.validate(FILING, { schemaValidation: false });
    const expectedNl = await validator.validate(FILING, { schemaValidation: false, lang: 'nl' });
    expect(inPage.node).toBe('undefined');
    expect(inPage.valid).toBe(false);
    expect(inPage.findings).toEqual(expected.findings);
    expect(inPage.nl).toEqual(expectedNl.findings);
    expect(inPage.findings.map((f: { code: string }) => f.code)).toContain('xbrl.5.2.5.2:calcInconsistency');
    expect(inPage.refused).toBe('sbr:artifactCorrupt');
    expect(bundleBytes).toBeGreaterThan(100_000);
  });
});
