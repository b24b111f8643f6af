/**
 * Issue 11 item 4, part 2: the codes of this processor (`sbr:`), report and taxonomy packages (`rpe:`, `tpe:`), the
 * formula families and XPath's `err:` have a message in English and Dutch (src/messages/en-sbr.ts, nl-sbr.ts,
 * formula-codes.ts), rendered from representative params; and the CLI says it in Dutch with `--lang nl`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { FORMULA_MEANINGS } from '../../src/messages/formula-codes.js';
import { renderMessage } from '../../src/messages/index.js';
import { nl } from '../../src/messages/nl.js';
import { kvkRtsAnnexIVPar43 } from '../../src/rules/nl/inline/kvk-rts-annex-iv-par-4-3.js';
import { tmp } from '../resolve/helpers.js';
import { run } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const MINE = /^(sbr|rpe|tpe|xbrlfe|xbrlve|xbrlcae|xbrleae|seve|err):/;
const doc = readFileSync(join(ROOT, 'docs/codes.md'), 'utf8');
const codes = [...doc.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!).filter((c) => MINE.test(c));

/**
 * Codes of docs/codes.md without a message in the catalogs yet (their findings keep an English message). Empty since the
 * application codes (artifact, config, usage, conformance runner, server, queue) got theirs in src/messages/en-app.ts.
 */
const NOT_YET = new Set<string>([]);

const where = { looked: ['/cache/www.example.com/a.xsd'], provider: 'other' };
/** Representative params per code: one object per variant. Formula and XPath codes: see FORMULA below. */
const SAMPLES: Record<string, object[]> = {
  'sbr:documentNotFound': [{ url: 'https://www.example.com/a.xsd', where }, { url: 'https://x.example/b.xsd' }],
  'sbr:entryPointNotFound': [{ url: 'https://www.example.com/a.xsd', where: { uncovered: true, provider: 'xbrl' } }],
  'sbr:notChecked': [
    {
      cause: 'https://www.example.com/a.xsd',
      missing: 1,
      facts: 12,
      concepts: 3,
      types: 2,
      count: 15,
      codes: [['xbrl.5.1.1:itemType', 15]],
    },
  ],
  'sbr:notXml': [{ file: 'report.json' }, { file: 'report.json', xbrlJson: true }],
  'sbr:notInlineXbrl': [{ file: 'page.html', namespace: 'http://www.xbrl.org/2013/inlineXBRL' }],
  'sbr:unknownDocument': [{ file: 'invoice.xml', root: '{urn:x}Invoice' }],
  'sbr:fileNotFound': [
    { file: 'a.xbrl' },
    { file: 'p.xbri', reportPackage: true },
    { file: 'r/x.xhtml', inPackage: true },
    { file: 'r/y.xhtml', notGiven: true },
  ],
  'sbr:langUnavailable': [{ lang: 'xx', languages: ['en', 'nl'] }],
  'sbr:documentWithoutInlineXbrl': [
    { file: 'cover.xhtml', namespace: 'http://www.xbrl.org/2013/inlineXBRL', documents: 2 },
  ],
  'sbr:packageNotFound': [{ file: 'kvk.zip' }, { folder: '/pkgs' }],
  'sbr:cacheNotFound': [{ folder: '/cache' }],
  'tpe:metadataDirectoryNotFound': [{ k: 'folder' }, { k: 'zip', top: 'kvk' }],
  'tpe:invalidDirectoryStructure': [
    { k: 'topLevelFile', name: 'a.xsd' },
    { k: 'empty' },
    { k: 'topFolders', count: 2, folders: ['a1', 'b2'] },
    { k: 'duplicateEntry', name: 'a/b.xsd' },
  ],
  'rpe:invalidDirectoryStructure': [
    { k: 'tooDeep', path: 'a/b/c' },
    { k: 'noMetadata' },
    { k: 'topFolders', count: 3 },
    { detail: 'odd layout' },
  ],
  'tpe:metadataFileNotFound': [{}],
  'tpe:invalidMetaDataFile': [
    { k: 'xml', reason: 'unclosed tag' },
    { k: 'root', root: '{urn:x}root' },
    { k: 'identifier' },
  ],
  'sbr:catalogEscapesPackage': [{ match: 'http://x.example/', target: '/etc/passwd' }],
  'tpe:invalidCatalogFile': [
    { k: 'xml', reason: 'unclosed tag' },
    { k: 'root', expected: 'urn:oasis:names:tc:entity:xmlns:xml:catalog', root: '{urn:x}root' },
    { k: 'attribute', element: 'rewriteURI', attribute: 'uriStartString' },
  ],
  'sbr:invalidCatalog': [{ k: 'xml', reason: 'unclosed tag' }],
  'tpe:multipleRewriteURIsForStartString': [{ start: 'http://x.example/' }],
  'sbr:catalogNotFound': [{ file: 'cat.xml' }, { file: 'cat.xml', reason: 'EACCES' }],
  'tpe:invalidArchiveFormat': [{ why: 'too short' }, { k: 'backslash', entry: 'a\\b.xsd' }],
  'rpe:invalidArchiveFormat': [{ why: 'no end of central directory record' }],
  'sbr:zipEntryName': [
    { k: 'notUtf8', name: 'caf\u00e9' },
    { k: 'control', name: 'tab name', char: 'U+0009' },
    { k: 'localControl', entry: 'a.xsd', local: 'local.xsd' },
  ],
  'sbr:zipEntryEscapes': [{ entry: '../evil.xsd' }, { k: 'symlink', path: 'reports/x', target: '/etc' }],
  'sbr:zipEntryCorrupt': [{ entry: 'a.xsd', why: 'CRC-32 mismatch' }],
  'sbr:documentTooLarge': [
    { file: 'big.xbrl', size: 209715200, limit: 104857600 },
    { entry: 'r/a.xhtml', size: 3000, limit: 2000 },
    { filing: true, size: 3000, limit: 2000 },
    { size: 3000, limit: 2000 },
  ],
  'sbr:zipTooManyEntries': [{ count: 300000, limit: 200000 }],
  'sbr:zipBomb': [
    { k: 'total', limit: 104857600 },
    { entry: 'bomb.xml', compressed: 1000, uncompressed: 5000000, ratio: 1000 },
  ],
  'rpe:unsupportedFileExtension': [{ ext: '.rar' }],
  'rpe:invalidJSON': [{ reason: 'Unexpected token }' }],
  'rpe:invalidJSONStructure': [{}],
  'rpe:unsupportedReportPackageVersion': [
    { documentType: 'https://x.example/rp', known: ['https://xbrl.org/report-package/2023/xbri'] },
  ],
  'rpe:documentTypeFileExtensionMismatch': [
    { documentType: 'https://xbrl.org/report-package/2023/xbri', ext: '.zip' },
    { ext: '.xbri' },
  ],
  'rpe:multipleReportsInSubdirectory': [{ folder: 'r1/', reports: ['a.xbrl', 'b.json'] }],
  'rpe:missingReport': [{}, { file: 'p.zip' }, { taxonomyPackage: true }],
  'rpe:multipleReports': [{ type: 'xbri', count: 2 }],
  'rpe:incorrectReportType': [{ type: 'xbri' }, { type: 'xbr' }],
  'sbr:xhtmlSchemaUnavailable': [
    { documents: 2, missing: 'http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd' },
    { documents: 1, missing: 'xml.xsd' },
  ],
  'sbr:transformsUnavailable': [{ reason: 'module missing' }],
  'sbr:inlineXbrl10Unsupported': [{}],
  'sbr:scaleTooLarge': [{ scale: '2000', limit: 1000 }],
  'sbr:inlineXbrlVersion': [
    {
      file: 'old.html',
      namespace: 'http://www.xbrl.org/2008/inlineXBRL',
      supported: 'http://www.xbrl.org/2013/inlineXBRL',
    },
  ],
  'sbr:unsupportedReportFormat': [{ file: 'r.json' }],
  'sbr:partOfReportPackage': [{ file: 'p/reports/r.xhtml', package: 'p' }],
  'sbr:fileUnreadable': [{ file: 'a.xbrl', reason: 'EACCES' }],
  'sbr:notAFile': [{ file: 'folder' }],
  'sbr:noFilingsFound': [{ file: 'filings' }],
  'sbr:packageAsEntryPoint': [
    { file: 'kvk.zip', count: 2, entryPoints: ['A: https://x.example/a.xsd', 'B: https://x.example/b.xsd'], more: 0 },
    { file: 'kvk.zip', count: 0, entryPoints: [], more: 0 },
  ],
  'sbr:notAnInstance': [{ root: '{urn:x}doc', namespace: 'http://www.xbrl.org/2003/instance' }],
  'sbr:documentHostAlias': [{ url: 'http://xbrl.org/a.xsd', alias: 'http://www.xbrl.org/a.xsd' }],
  'sbr:schemaForSchemasUnavailable': [{ url: 'http://www.w3.org/2001/XMLSchema.xsd' }],
  'sbr:enumerationDomainEmpty': [
    { concept: 'Kleur (Colour)', domain: 'Kleuren (Colours)', linkrole: 'http://x.example/role/c', headUsable: false },
  ],
  'sbr:unknownProfile': [{ name: 'nt99', profiles: ['nt16', 'nt20'] }],
  'sbr:profileMismatch': [
    { profile: 'nt20', profileKind: 'nt', file: 'r.xhtml', input: 'inline' },
    { profile: 'nl-inline-2024', profileKind: 'inline', file: 'i.xbrl', input: 'xbrl' },
  ],
  'sbr:profileNotDetermined': [
    { entryPoint: 'https://x.example/ep.xsd' },
    {},
    { entryPoint: 'http://www.nltaxonomie.nl/nt15/bd/20201209/entrypoints/bd-rpt-ob-aangifte-2021.xsd', nt: 15 },
  ],
  'sbr:kvkRulesNotApplicable': [
    {
      profile: 'nt17',
      recipient: 'Belastingdienst',
      entryPoint: 'http://www.nltaxonomie.nl/nt17/bd/20221207/entrypoints/bd-rpt-ob-aangifte-2023.xsd',
    },
  ],
  'sbr:profileSelected': [{ profile: 'nt20', entryPoint: 'https://x.example/ep.xsd' }],
  'sbr:ruleFailed': [{ rule: 'NL-KVK.3.1.1.1', reason: 'boom' }],
  'sbr:formulaSummary': [
    { assertions: 13, produced: 2, satisfied: 11, failed: ['existsOnlyOnce_A'], errors: ['va9'] },
    { assertions: 1, produced: 0, satisfied: 1, failed: [], errors: [] },
  ],
  'sbr:formulaXPathUnavailable': [{ count: 4 }],
  // ---- application codes (src/messages/en-app.ts, nl-app.ts)
  'sbr:artifactNotFound': [{ file: 'kvk.sbrv', reason: 'ENOENT: no such file or directory' }],
  'sbr:artifactCorrupt': [
    { file: 'kvk.sbrv', k: 'short', size: 12 },
    { k: 'magic' },
    { file: 'kvk.sbrv', k: 'version0' },
    { file: 'kvk.sbrv', k: 'headerPastEnd' },
    { file: 'kvk.sbrv', k: 'headerJson', reason: 'Unexpected end of JSON input' },
    { file: 'kvk.sbrv', k: 'headerSchema', reason: '/taxonomy must be object' },
    { file: 'kvk.sbrv', k: 'versionDiffers', header: 2, prefix: 1 },
    { file: 'kvk.sbrv', k: 'length', size: 1000, expected: 2000 },
    { file: 'kvk.sbrv', k: 'sectionOutside', section: 'concepts' },
    { file: 'kvk.sbrv', k: 'sectionMissing', section: 'concepts' },
    { file: 'kvk.sbrv', k: 'sectionInflate', section: 'concepts', reason: 'invalid block type' },
    { file: 'kvk.sbrv', k: 'sectionJson', section: 'concepts', reason: 'Unexpected token' },
    { file: 'kvk.sbrv', k: 'sectionDecode', section: 'concepts', reason: 'bad varint' },
  ],
  'sbr:artifactVersion': [
    { file: 'kvk.sbrv', k: 'format', version: 9, max: 1 },
    { k: 'compiled', version: 9, max: 3 },
  ],
  'sbr:artifactTampered': [{ file: 'kvk.sbrv' }, {}],
  'sbr:artifactMismatch': [{ urls: ['https://x.example/ep.xsd'], reached: 3, documents: 120 }],
  'sbr:validatorMismatch': [{ urls: ['/filings/vat-2024.xsd'], entryPoints: ['https://x.example/ep.xsd'] }],
  'sbr:configNotFound': [{ file: 'sbr.config.json' }],
  'sbr:configInvalid': [
    { file: 'c.json', k: 'json', reason: 'Unexpected token } in JSON' },
    { file: 'c.json', k: 'notObject' },
    { file: 'c.json', k: 'unknownKey', key: 'pakages' },
    { file: 'c.json', k: 'paths', key: 'caches' },
    { file: 'c.json', k: 'string', key: 'lang' },
    { file: 'c.json', k: 'formula' },
  ],
  'sbr:usage': [
    { k: 'byteSize', flag: '--max-document-size', value: '12Q' },
    { k: 'parameter', value: 'threshold' },
    { k: 'wholeNumber', flag: '--jobs', min: 1, max: 64, value: '0' },
    { k: 'redisUrl', value: 'not a url' },
    { k: 'redisScheme', value: 'http://x' },
    { k: 'duplicateId', id: 'kvk' },
    { detail: "missing required argument 'file'" },
  ],
  'sbr:outputUnwritable': [{ file: '/ro/out.xbrl', reason: 'EACCES permission denied' }],
  'sbr:conformanceIndex': [
    { file: 'xbrl.xml', k: 'unreadable', reason: 'ENOENT' },
    { file: 'xbrl.xml', k: 'malformed', reason: 'Unclosed tag', line: 12 },
    { file: 'xbrl.xml', k: 'unparsable', reason: 'bad' },
    { file: 'xbrl.xml', k: 'noRoot' },
    { k: 'noResult', where: 'tc.xml variation V-01' },
    { k: 'unknownExpected', where: 'tc.xml variation V-01', expected: 'maybe' },
    { file: 'xbrl.xml', k: 'includesItself' },
    { file: 'xbrl.xml', k: 'unknownNamespace', root: '{urn:x}suite' },
    { file: 'xbrl.xml', k: 'unknownRoot', root: 'suite' },
    { file: 'xbrl.xml', k: 'noUri' },
    { file: 'xbrl.xml', k: 'notLocal', uri: 'http://x.example/tc.xml' },
  ],
  'sbr:conformanceBaseline': [
    { file: 'b.json', k: 'json', reason: 'Unexpected end of JSON input' },
    { file: 'b.json', k: 'notObject' },
    { file: 'b.json', k: 'suite' },
    { file: 'b.json', k: 'minPassed' },
    { file: 'b.json', k: 'knownFailures' },
    { file: 'b.json', k: 'reason', id: 'V-01' },
  ],
  'sbr:noVariations': [
    { filter: '304.01', count: 420 },
    {},
    { qt3: true, filter: 'fn-abs', count: 2000 },
    { qt3: true },
  ],
  'sbr:notImplemented': [{ feature: 'fn:format-dateTime' }],
  'sbr:internal': [{ k: 'server' }, { k: 'input', input: 'a.xbrl', reason: 'boom' }],
  'sbr:workerCrashed': [
    { k: 'server', reason: 'worker exited with code 1' },
    { k: 'batch', input: 'a.xbrl', reason: 'out of memory' },
  ],
  'sbr:badFileName': [{ name: '../etc/passwd' }],
  'sbr:badRequest': [
    { k: 'lang', lang: 'NL_nl' },
    { k: 'url' },
    { k: 'duplicateName', name: 'a.xbrl' },
    { k: 'noFilePart' },
    { k: 'noBody' },
    { detail: 'Unexpected end of form' },
  ],
  'sbr:busy': [{}],
  'sbr:timeout': [{ seconds: 120 }],
  'sbr:notFound': [{ method: 'GET', path: '/v2/validate' }],
  'sbr:requestTooLarge': [{ limit: 104857600 }],
  'sbr:unsupportedMediaType': [{ type: 'application/json' }, { type: '(none)' }],
  'sbr:validatorRequired': [{ ids: ['kvk', 'nt20'] }, { ids: [] }],
  'sbr:unknownValidator': [
    { k: 'served', id: 'nt99', ids: ['kvk', 'nt20'] },
    { k: 'artifact', id: 'nt99' },
    { k: 'queue', id: 'nt99' },
  ],
  'sbr:unvalidated': [{}],
  'sbr:redisUnreachable': [
    { host: '127.0.0.1', port: 6379, url: 'redis://127.0.0.1:6379', reason: 'connect ECONNREFUSED' },
  ],
  'sbr:jobFailed': [{ file: 'a.xbrl', reason: 'job stalled more than allowable limit' }],
};
const FORMULA = [
  {
    detail: 'The expression "$a +" of this valueAssertion is not valid: DETAIL-1',
    element: 'valueAssertion',
    label: 'va_1',
  },
  { what: { kind: 'assertion', id: 'va_1' }, detail: 'DETAIL-2' },
];

/** The text values of params, each of which the message must contain (variant keys and enumerated words aside). */
function texts(p: object): string[] {
  const out: string[] = [];
  const walk = (k: string, v: unknown) => {
    if (['k', 'profileKind', 'input', 'kind', 'provider', 'type'].includes(k)) return;
    if (typeof v === 'string' && v.length > 1) out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(k, x));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([kk, vv]) => walk(kk, vv));
  };
  Object.entries(p).forEach(([k, v]) => walk(k, v));
  return out;
}

describe('messages of sbr:, rpe:, tpe:, the formula families and err: in English and Dutch (issue 11 item 4)', () => {
  it('docs/codes.md lists them, and every one not on the NOT_YET list has a template in both catalogs', () => {
    expect(codes.length).toBeGreaterThan(150);
    const missing = codes.filter((c) => !NOT_YET.has(c) && (!en[c] || !nl[c]));
    expect(missing).toEqual([]);
    // the NOT_YET list only shrinks: a code given a message must leave it
    expect([...NOT_YET].filter((c) => en[c] && nl[c])).toEqual([]);
  });

  for (const code of codes.filter((c) => !NOT_YET.has(c))) {
    it(`${code}: each variant renders a message with its params, in both languages`, () => {
      const samples = SAMPLES[code] ?? (FORMULA_MEANINGS[code] ? FORMULA : undefined);
      expect(samples, `no sample params for ${code} in this test`).toBeDefined();
      for (const p of samples!) {
        const msgs = ['en', 'nl'].map((l) => renderMessage(code, p as Record<string, never>, l)!);
        for (const [i, m] of msgs.entries()) {
          expect(m.length).toBeGreaterThan(10);
          expect(m).not.toMatch(/undefined|\[object Object\]/);
          // English formula messages are the check's own (naming the resource its way); Dutch adds element and label
          const skip = i === 0 && FORMULA_MEANINGS[code] ? ['va_1', 'valueAssertion'] : [];
          for (const t of texts(p).filter((x) => !skip.includes(x)))
            expect(m, `${code} ${JSON.stringify(p)}`).toContain(t);
        }
        if (
          code !== 'tpe:metadataFileNotFound' &&
          code !== 'rpe:invalidJSONStructure' &&
          code !== 'sbr:inlineXbrl10Unsupported'
        )
          expect(msgs[1]).not.toBe(msgs[0]);
      }
    });
  }

  it('sbr:notChecked in Dutch: the verb and nouns agree, zero counts left out (it said "konden 1 feit, 0 concepten ... de 1 melding die daaruit volgen")', () => {
    const one = { cause: 'https://x.example/a.xsd', missing: 1, facts: 1, concepts: 0, types: 0, count: 1 };
    expect(renderMessage('sbr:notChecked', { ...one, codes: [['xbrl.4.6:undeclaredConcept', 1]] }, 'nl')).toBe(
      'Omdat https://x.example/a.xsd ontbreekt, kon 1 feit niet worden gecontroleerd: de melding die daaruit volgt (xbrl.4.6:undeclaredConcept 1) wordt niet gemeld. Voeg het ontbrekende document toe en valideer opnieuw',
    );
    const many = { ...one, facts: 118, concepts: 3, types: 0, count: 121 };
    expect(renderMessage('sbr:notChecked', { ...many, codes: [['xbrl.4.6:undeclaredConcept', 121]] }, 'nl')).toBe(
      'Omdat https://x.example/a.xsd ontbreekt, konden 118 feiten en 3 concepten niet worden gecontroleerd: de 121 meldingen die daaruit volgen (xbrl.4.6:undeclaredConcept 121) worden niet gemeld. Voeg het ontbrekende document toe en valideer opnieuw',
    );
  });

  it('NL-KVK RTS Annex IV par 4.3 in Dutch names the label language as xml:lang (it said "voeg een standaardlabel in en toe")', () => {
    const p = { name: 'ext:Revenue', lang: 'en' };
    const o = kvkRtsAnnexIVPar43.others!;
    expect(kvkRtsAnnexIVPar43.message.nl(p)).toBe(
      'Het extensieconcept ext:Revenue heeft geen label; voeg een standaardlabel met xml:lang="en" toe',
    );
    expect(o['NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoStandardLabel']!.nl(p)).toBe(
      'Het extensieconcept ext:Revenue heeft labels maar geen standaardlabel; voeg er een met xml:lang="en" toe',
    );
    expect(o['NL.NL-KVK.RTS_Annex_IV_Par_4_3.missingLabelForRoleInReportLanguage']!.nl(p)).toBe(
      'Het extensieconcept ext:Revenue heeft geen standaardlabel in de rapporttaal (xml:lang="en"); voeg er een toe',
    );
  });

  it('the Dutch formula and XPath messages give the code meaning and keep the detail', () => {
    expect(renderMessage('err:FOAR0001', FORMULA[1]!, 'nl')).toBe(
      'Bij het evalueren van de assertie va_1 is een fout opgetreden: deling door nul (DETAIL-2)',
    );
    expect(renderMessage('err:FOAR0001', FORMULA[1]!, 'en')).toBe('Evaluating the assertion va_1 failed: DETAIL-2');
    expect(renderMessage('xbrlve:cyclicDependencies', FORMULA[0]!, 'nl')).toMatch(
      /^De variabelen van een variabelenset zijn in een kringloop van elkaar afhankelijk \(valueAssertion 'va_1'\): The expression/,
    );
  });
});

describe('the CLI in Dutch (--lang nl)', () => {
  it('sbr:entryPointNotFound for a lone Inline XBRL file of a report package: all Dutch, the package hint too', async () => {
    const html = resolve(ROOT, 'fixtures/nl/inline/pass/reports/entiteit-2023-12-31-nl.xhtml');
    const pkg = resolve(ROOT, 'fixtures/nl/inline/pass');
    const r = await run('validate', html, '--lang', 'nl', '--format', 'json');
    expect(r.code).toBe(2);
    const f = (JSON.parse(r.out).findings as { code: string; message: string }[])[0]!;
    expect(f.code).toBe('sbr:entryPointNotFound');
    expect(f.message).toBe(
      `Het document https://www.entiteit.nl/xbrl/entiteit-2023-12-31.xsd is niet gevonden (geen catalog van een pakket en geen cachemap dekt dit adres; online ophalen staat uit; geef het taxonomiepakket waarin het document staat op met --package, of een cachemap ingedeeld naar host/pad met --cache, of sta online ophalen toe met --online). ${html} hoort bij het rapportpakket ${pkg}: valideer het pakket (sbr validate ${pkg}), zodat de eigen catalog en de extensietaxonomie daarvan worden gebruikt`,
    );
    const en = JSON.parse((await run('validate', html, '--format', 'json')).out).findings[0].message as string;
    expect(en).toMatch(/ is part of the report package /);
  });

  it('sbr:entryPointNotFound with --validator: the where part in Dutch (it was English)', async () => {
    const dir = tmp();
    const art = join(dir, 'demo.sbrv');
    expect((await run('compile', join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'), '-o', art)).code).toBe(0);
    const inst = join(dir, 'x.xbrl');
    writeFileSync(
      inst,
      '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"><link:schemaRef xlink:type="simple" xlink:href="https://www.example.com/ext/ext.xsd"/></xbrli:xbrl>',
    );
    const r = await run('validate', inst, '--validator', art, '--lang', 'nl', '--format', 'json');
    const f = (JSON.parse(r.out).findings as { code: string; message: string }[]).find(
      (x) => x.code === 'sbr:entryPointNotFound',
    )!;
    expect(f.message).toBe(
      'Het document https://www.example.com/ext/ext.xsd is niet gevonden (geen catalog van een pakket en geen cachemap dekt dit adres; online ophalen staat uit; geef het taxonomiepakket waarin het document staat op met --package, of een cachemap ingedeeld naar host/pad met --cache, of sta online ophalen toe met --online)',
    );
  });

  it('a missing DTS document: sbr:documentNotFound with the Dutch hint, and the root-cause summary sbr:notChecked', async () => {
    const r = await run(
      'validate',
      'fixtures/usability/missing-types/filing.xbrl',
      '--lang',
      'nl',
      '--no-schema-validation',
      '--format',
      'json',
    );
    const fs = JSON.parse(r.out).findings as { code: string; message: string }[];
    const missing = fs.filter((f) => f.code === 'sbr:documentNotFound');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0]!.message).toMatch(/^Het document https:\/\/www\.xbrl\.org\/dtr\/type\/\S+ is niet gevonden \(/);
    expect(missing[0]!.message).toContain('online ophalen staat uit; documenten van www.xbrl.org');
    expect(missing[0]!.message).toContain('geef die op met --cache');
    const summary = fs.find((f) => f.code === 'sbr:notChecked')!;
    expect(summary.message).toMatch(/^Omdat https:\/\/www\.xbrl\.org\/\S+ ontbreekt, konden /);
    expect(fs.every((f) => !/Cannot find|looked in|online access is off/.test(f.message))).toBe(true);
  });

  it('fatal errors: a missing --validator file and a bad config in Dutch with --lang nl, unchanged English without', async () => {
    const missing = join(tmp(), 'gone.sbrv');
    const nlRun = await run('validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', missing, '--lang', 'nl');
    expect(nlRun.code).toBe(2);
    expect(nlRun.out).toContain('sbr:artifactNotFound');
    expect(nlRun.out).toContain(`Het validatorbestand ${missing} kan niet worden gelezen: ENOENT`);
    const enRun = await run('validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', missing);
    expect(enRun.code).toBe(2);
    expect(enRun.out).toContain(`Cannot read the validator artifact ${missing}: ENOENT`);
    expect(enRun.out).not.toContain('validatorbestand');

    // a config refused before commander parses the flags: --lang is read from the command line
    const bad = join(tmp(), 'bad.json');
    writeFileSync(bad, '{"pakages": []}');
    const nlConfig = await run('validate', 'fixtures/demo/vat-return-valid.xbrl', '--config', bad, '--lang', 'nl');
    expect(nlConfig.code).toBe(2);
    expect(nlConfig.out).toContain(
      `sbr:configInvalid  ${bad}: onbekende sleutel "pakages" (bekend zijn: packages, caches, catalogs, profile, lang, formula)`,
    );
    const enConfig = await run('validate', 'fixtures/demo/vat-return-valid.xbrl', '--config', bad, '--format', 'json');
    expect(enConfig.code).toBe(2);
    expect(JSON.parse(enConfig.out).findings[0]).toMatchObject({
      // --format json is honoured for a config refused before commander parsed it
      code: 'sbr:configInvalid',
      message: `${bad}: unknown key "pakages" (known: packages, caches, catalogs, profile, lang, formula)`,
    });
  });

  it("a usage error with --format json and --lang nl: sbr:usage in Dutch around commander's own words", async () => {
    const r = await run('validate', '--format', 'json', '--lang', 'nl');
    expect(r.code).toBe(2);
    const f = JSON.parse(r.out).findings[0] as { code: string; message: string };
    expect(f).toEqual(expect.objectContaining({ code: 'sbr:usage' }));
    expect(f.message).toBe("Ongeldige aanroep: missing required argument 'file'");
    const en = JSON.parse((await run('validate', '--format', 'json')).out).findings[0] as { message: string };
    expect(en.message).toBe("missing required argument 'file'");
  });

  it('a bad report package: the rpe: finding in Dutch, exit 1 (an invalid package, not "could not run")', async () => {
    const dir = tmp();
    cpSync(join(ROOT, 'fixtures/usability/vat-package'), join(dir, 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'pkg/META-INF/reportPackage.json'), '{"documentInfo": ');
    const r = await run('validate', join(dir, 'pkg'), '--lang', 'nl', '--no-schema-validation');
    expect(r.out + r.err).toContain('rpe:invalidJSON');
    expect(r.out + r.err).toContain('META-INF/reportPackage.json is geen geldige JSON:');
    expect(r.code).toBe(1);
  });
});
