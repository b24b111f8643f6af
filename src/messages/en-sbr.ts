/**
 * English messages of this processor's own codes (`sbr:`), the report and taxonomy package codes (`rpe:`, `tpe:`),
 * the formula families (`xbrlfe:`, `xbrlve:`, `xbrlcae:`, `xbrleae:`, `seve:`, `oime:`) and XPath's `err:` codes,
 * keyed by finding code; spread into en.ts. The params of each code are in the comment above its entry; nl-sbr.ts
 * renders the same params in Dutch. Where a rule gave a message before, the rendering here is that message.
 */
import { enFormula } from './formula-codes.js';
import type { Catalog, Formatter } from './index.js';

/** What usually provides a document of a well-known host (issue 11 item 2): the key of its hint. */
export type Provider = 'nltaxonomie' | 'ifrs' | 'xbrl' | 'sbrau' | 'other';

/**
 * Where a document that cannot be found was looked for (src/resolve/resolver.ts `whereParts`), as plain data: the
 * catalog entry that maps it, the places looked in (paths and URLs), or why nothing was looked in, and the online
 * outcome. `compiled`: looked in the packages and cache folders of a compiled validator (artifact, issue 11 item 8).
 */
export type WhereParam = {
  catalog?: { entry: string; catalog?: string; target?: string };
  looked?: string[];
  compiled?: boolean;
  uncovered?: boolean;
  localRefused?: boolean;
  badScheme?: boolean;
  fetchError?: string;
  provider?: Provider;
  /** A report package received in memory (server, portal): only its own entries and catalog are read. */
  notInPackage?: string;
};

/** The hint per provider, naming the flag that adds such documents. */
export const PROVIDER_HINT_EN: Record<Provider, string> = {
  nltaxonomie:
    'documents of www.nltaxonomie.nl come from the Dutch taxonomy packages (kvk_taxonomy, jenv_taxonomy, rj_taxonomy, ... .zip): give them with --package (a folder holding them works too)',
  ifrs: 'documents of xbrl.ifrs.org come from the IFRS Accounting Taxonomy: give its taxonomy package with --package, or a cache folder holding xbrl.ifrs.org/... with --cache',
  xbrl: 'documents of www.xbrl.org (XBRL International: DTR types, LRR, LEI, Inline XBRL schemas) come from a cache folder laid out host/path: give it with --cache (DIR/www.xbrl.org/...)',
  sbrau:
    'documents of sbr.gov.au come from the SBR Australia taxonomy: give a cache folder holding sbr.gov.au/... with --cache, or its catalog with --catalog',
  other:
    'give the taxonomy package that holds it with --package or a cache folder laid out host/path with --cache, or allow online access with --online',
};

/** `looked in: ...; online access is off; <hint>`: the sentence Resolver.describe gives after the URL. */
export function whereEn(w: WhereParam): string {
  const parts: string[] = [];
  const c = w.catalog;
  if (c)
    parts.push(
      c.catalog === undefined
        ? `the ${c.entry} entry of a catalog of the compiled validator maps it`
        : `the ${c.entry} entry of catalog ${c.catalog} maps it to ${c.target}`,
    );
  if (w.compiled) parts.push('looked in: the packages and cache folders the validator was compiled with');
  else if (w.looked?.length) parts.push(`looked in: ${w.looked.join(', ')}`);
  else if (w.uncovered) parts.push('no package catalog or cache folder covers it');
  else if (w.localRefused)
    parts.push('local files are not read for a filing received from elsewhere (only its own files are)');
  else if (w.badScheme) parts.push('its URL scheme cannot be read');
  if (w.notInPackage !== undefined)
    parts.push(
      `not in the report package ${w.notInPackage} (only its own entries and META-INF/catalog.xml are read; local files never)`,
    );
  if (w.fetchError !== undefined) parts.push(`online fetch failed: ${w.fetchError}`);
  else if (w.provider) parts.push(`online access is off; ${PROVIDER_HINT_EN[w.provider]}`);
  return parts.join('; ');
}

/** A `where` param: the structured form, or the sentence itself (findings of artifacts compiled before it). */
const whereOf = (w: unknown, render: (w: WhereParam) => string): string =>
  typeof w === 'string' ? w : w && typeof w === 'object' ? render(w as WhereParam) : '';

/**
 * `Cannot find the document URL (where)`, in a language; with a `partOf` param (`{file, package}`: an Inline XBRL
 * file of a report package given on its own, src/ixbrl/inline.ts) followed by `. ` and the `partOf` sentence.
 */
export function notFound(
  p: Record<string, unknown>,
  render: (w: WhereParam) => string,
  lead: (url: string) => string,
  partOf?: (q: Record<string, unknown>) => string,
) {
  const where = whereOf(p['where'], render);
  const q = p['partOf'];
  const tail = partOf && q && typeof q === 'object' ? `. ${partOf(q as Record<string, unknown>)}` : '';
  return `${lead(String(p['url']))}${where ? ` (${where})` : ''}${tail}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are plain data whose shape each code defines
type T = (p: Record<string, any>, f: Formatter) => string;
/** A code whose params name their variant in `k` (the case of the rule that failed); '' is the default variant. */
export const by =
  (variants: Record<string, T>): T =>
  (p, f) =>
    (variants[p['k'] ?? ''] ?? variants['']!)(p, f);

/** Bytes for messages: `104857600 bytes (100 MiB)` (numbers in the formatter's notation). */
export function bytes(n: number, f: Formatter, word = 'bytes'): string {
  const MiB = 1024 * 1024;
  return n >= MiB ? `${n} ${word} (${f.num((n / MiB).toFixed(n % MiB === 0 ? 0 : 1))} MiB)` : `${n} ${word}`;
}

/** Names of the document a size limit refused: {file} the file, {entry} an archive entry, {filing} a filing. */
const docEn = (p: Record<string, unknown>) =>
  p['entry'] !== undefined
    ? `The archive entry "${p['entry']}"`
    : p['filing']
      ? 'The filing'
      : p['file'] !== undefined
        ? `The file ${p['file']}`
        : 'The document';

// The directory structure of a taxonomy package (tpe:) or report package (rpe:): variants in `k`.
const dirStructureEn = by({
  topLevelFile: (p) =>
    `The package has a file "${p.name}" at its top level; everything must be inside one top-level folder`,
  empty: () => 'The package is empty',
  topFolders: (p) =>
    `The package has ${p.count} top-level folders${p.folders ? ` (${(p.folders as string[]).join(', ')})` : ''}; it must have exactly one`,
  duplicateEntry: (p) => `The archive has two entries for the path "${p.name}"`,
  tooDeep: (p) => `The package folder is nested deeper than 32 levels at ${p.path}`,
  noMetadata: () => 'The package has neither META-INF/reportPackage.json nor META-INF/taxonomyPackage.xml',
  '': (p) => `The package's folder structure is not that of a package${p.detail ? `: ${p.detail}` : ''}`,
});
const archiveEn = by({
  backslash: (p) => `The archive entry "${p.entry}" uses a backslash as path separator; ZIP paths must use "/"`,
  '': (p) => `The file is not a valid ZIP archive (${p.why})`,
});
const catalogEn = by({
  xml: (p) => `The catalog is not a valid XML document: ${p.reason}`,
  root: (p) => `The catalog's root element must be {${p.expected}}catalog, not ${p.root}`,
  attribute: (p) => `The catalog's ${p.element} element has no ${p.attribute} attribute`,
  '': (p) => `The catalog is not valid${p.detail ? `: ${p.detail}` : ''}`,
});

/** {file, package}: sbr:partOfReportPackage, also the tail of sbr:entryPointNotFound for such a file. */
const partOfEn = (p: Record<string, unknown>) =>
  `${p['file']} is part of the report package ${p['package']}: validate the package (sbr validate ${p['package']}) so that its own catalog and extension taxonomy are used`;

export const enSbr: Catalog = {
  ...enFormula,
  // {file} | {file, reportPackage: true} | {file, inPackage: true} (a report package's file it does not hold)
  'sbr:fileNotFound': (p) =>
    p.notGiven
      ? `${p.file} was not given`
      : p.inPackage
        ? `${p.file} is not in the report package`
        : `The ${p.reportPackage ? 'report package' : 'file'} ${p.file} does not exist`,
  // ---- inputs (src/validate, src/instance, src/dts)
  // {file, reason}
  'sbr:fileUnreadable': (p) => `Cannot read ${p.file}: ${p.reason}`,
  // {file} (sbr validate --recursive: a folder without any filing)
  'sbr:noFilingsFound': (p) =>
    `No filings were found in the folder ${p.file} or its subfolders (searched for .xbrl, .xml with an xbrl root, Inline XBRL .html/.htm/.xhtml, report packages .zip/.xbri/.xbr and report package folders; names starting with a dot are skipped)`,
  // {file}
  'sbr:notAFile': (p) =>
    `${p.file} is a folder, not a file, and not a report package: an unpacked report package is a folder with META-INF/reportPackage.json (and META-INF/catalog.xml for its extension taxonomy) and its reports in reports/. To validate documents in the folder, name them (e.g. ${p.file}/*.xbrl)`,
  // {root, namespace}
  'sbr:notAnInstance': (p) =>
    `The document is not an XBRL instance: its root element is ${p.root}, expected xbrli:xbrl in namespace ${p.namespace}`,
  // {url, alias}
  'sbr:documentHostAlias': (p) =>
    `${p.url} is available nowhere under that address, so it was read as ${p.alias}: XBRL International publishes its documents under both xbrl.org and www.xbrl.org (www.xbrl.org is the publication URL). Other documents referenced under the other host name are read the same way.`,
  // {url}
  'sbr:schemaForSchemasUnavailable': (p) =>
    `The schema for schemas (${p.url}) could not be read, so the taxonomy schemas' annotations (xs:appinfo) were not validated against it; add a cache folder that has it (--cache)`,
  // {concept, domain, linkrole, headUsable} (labels in the language of --lang)
  'sbr:enumerationDomainEmpty': (p) =>
    `The enumeration concept ${p.concept} allows no value: there is no usable domain-member relationship from its domain head ${p.domain} in the extended link role ${p.linkrole}${p.headUsable ? '' : ', and headUsable is false'}. Check the linkrole, and that the domain-member linkbase is part of the DTS.`,
  // ---- profiles and rules (src/rules)
  // {name, profiles: string[]}
  'sbr:unknownProfile': (p) =>
    `Unknown profile "${p.name}"; the profiles are: ${(p.profiles as string[]).join(', ')}, auto (sbr profiles lists them)`,
  // {profile, profileKind: 'nt' | 'inline', file (base name), input: 'inline' | 'xbrl'}
  'sbr:profileMismatch': (p) =>
    `The profile ${p.profile} is for ${p.profileKind === 'nt' ? 'xBRL-XML instances' : 'Inline XBRL annual reports'}, but ${p.file} is ${p.input === 'inline' ? 'an Inline XBRL report' : 'an xBRL-XML instance'}; the Dutch rules were not run. Choose ${p.input === 'inline' ? 'nl-inline-2024, nl-inline-2025, ...' : 'nt16 .. nt20'} or --profile auto`,
  // {entryPoint?, nt?}: nt when the entry point's NT version has no profile (the rules are published for NT16-NT20)
  'sbr:profileNotDetermined': (p) =>
    p.nt !== undefined
      ? `--profile auto: the entry point ${p.entryPoint ?? '(none)'} is of NT${p.nt}, and the Dutch filing rules (profiles nt16 .. nt20) are published for NT16 to NT20 only; no profile was chosen and the Dutch rules were not run. To apply one anyway, name it with --profile (sbr profiles)`
      : `--profile auto: the entry point ${p.entryPoint ?? '(none)'} gives no NT version or KvK taxonomy date; the Dutch rules were not run. Choose a profile with --profile (sbr profiles)`,
  // {profile, recipient, entryPoint}
  'sbr:kvkRulesNotApplicable': (p) =>
    `The KvK rules (FR-KVK, BR-KVK) of profile ${p.profile} were not run: they apply to filings to the KvK only, and the entry point ${p.entryPoint} is one of the ${p.recipient}; the SBR filing rules FR-NL and FG-NL were run`,
  // {profile, entryPoint}
  'sbr:profileSelected': (p) => `--profile auto: profile ${p.profile} chosen from the entry point ${p.entryPoint}`,
  // {rule, reason}
  'sbr:ruleFailed': (p) => `The check ${p.rule} failed to run: ${p.reason}`,
  // ---- formula (src/formula, src/rules/formula)
  // {assertions, produced, satisfied, failed: string[], errors: string[]}
  'sbr:formulaSummary': (p) =>
    `Formula: ${p.assertions} assertions ran,${p.produced ? ` ${p.produced} facts produced,` : ''} ${p.satisfied} satisfied, ${p.failed.length} not satisfied${p.failed.length ? ` (${p.failed.join(', ')})` : ''}${p.errors.length ? `, ${p.errors.length} stopped by an error (${p.errors.join(', ')})` : ''}`,
  // {count}
  'sbr:formulaXPathUnavailable': (p) =>
    `The taxonomy has ${p.count} formula assertions and formulas, but the XPath 2.0 evaluator is not available in this build, so they were not evaluated`,
  // ---- Inline XBRL (src/ixbrl)
  // {documents, missing}: the number of documents not checked, the schema document that could not be read
  'sbr:xhtmlSchemaUnavailable': (p) =>
    `XHTML validity of the ${p.documents > 1 ? `${p.documents} Inline XBRL documents` : 'Inline XBRL document'} was not checked: the Inline XBRL 1.1 schema set cannot be read (${p.missing} was not found; ` +
    'give a cache folder holding www.xbrl.org/2013/inlineXBRL/ and www.w3.org/2001/xml.xsd with --cache, or allow online access)',
  // {reason}
  'sbr:transformsUnavailable': (p) => `The Inline XBRL transformation module cannot be loaded: ${p.reason}`,
  // {}
  'sbr:inlineXbrl10Unsupported': () =>
    'This document uses the Inline XBRL 1.0 namespace; only Inline XBRL 1.1 is supported',
  // {scale, limit}
  'sbr:scaleTooLarge': (p) =>
    `scale="${p.scale}" is beyond this processor's limit of ${p.limit} either way; the fact's value is kept unscaled`,
  // {file, namespace, supported}
  'sbr:inlineXbrlVersion': (p) =>
    `${p.file} is Inline XBRL 1.0 (namespace ${p.namespace}); this validator checks Inline XBRL 1.1 (namespace ${p.supported}) only: convert the document to Inline XBRL 1.1`,
  // {file}
  'sbr:unsupportedReportFormat': (p) =>
    `${p.file} is an xBRL-JSON report; only XBRL 2.1 and Inline XBRL reports can be validated`,
  // {file, package}
  'sbr:partOfReportPackage': (p) => partOfEn(p),
  // ---- taxonomy packages (src/resolve/package.ts, zip.ts, catalog.ts; Taxonomy Packages 1.0)
  // {file}
  'sbr:packageNotFound': (p) =>
    p.folder === undefined
      ? `The taxonomy package ${p.file} does not exist`
      : `The folder ${p.folder} holds no taxonomy package (a .zip or folder with META-INF/taxonomyPackage.xml)`,
  // {file, count, entryPoints: ['name: url ...'], more} (sbr compile PACKAGE.zip, src/cli/packages.ts)
  'sbr:packageAsEntryPoint': (p) =>
    `${p.file} is a taxonomy package, not an entry point, and it declares ${p.count === 0 ? 'no entry point' : `${p.count} entry points`}${(p.entryPoints as string[]).length ? ` (${(p.entryPoints as string[]).join('; ')}${(p.more as number) ? `; and ${p.more} more` : ''})` : ''}: give one entry point URL with the package, sbr compile URL --package ${p.file} -o FILE.sbrv (sbr packages ${p.file} lists them)`,
  // {k: 'folder'} | {k: 'zip', top}
  'tpe:metadataDirectoryNotFound': (p) =>
    p.k === 'zip' ? `The package has no ${p.top}/META-INF folder` : 'The package folder has no META-INF folder',
  // {k: topLevelFile {name} | empty | topFolders {count, folders?} | duplicateEntry {name} | tooDeep {path} | noMetadata}
  'tpe:invalidDirectoryStructure': dirStructureEn,
  'rpe:invalidDirectoryStructure': dirStructureEn,
  // {}
  'tpe:metadataFileNotFound': () => 'The package has no META-INF/taxonomyPackage.xml',
  // {k: 'xml', reason} | {k: 'root', root} | {k: 'identifier'}
  'tpe:invalidMetaDataFile': by({
    xml: (p) => `META-INF/taxonomyPackage.xml is not valid XML: ${p.reason}`,
    root: (p) => `META-INF/taxonomyPackage.xml has root element ${p.root}, not tp:taxonomyPackage`,
    identifier: () => 'META-INF/taxonomyPackage.xml has no tp:identifier',
    '': () => 'META-INF/taxonomyPackage.xml is not valid',
  }),
  // {folder}
  'sbr:cacheNotFound': (p) => `The cache folder ${p.folder} does not exist`,
  // {match, target}
  'sbr:catalogEscapesPackage': (p) =>
    `The package catalog maps "${p.match}" to ${p.target}, outside the package; the package is refused`,
  // {k: xml {reason} | root {expected, root} | attribute {element, attribute}}
  'tpe:invalidCatalogFile': catalogEn,
  'sbr:invalidCatalog': catalogEn,
  // {start}
  'tpe:multipleRewriteURIsForStartString': (p) =>
    `The catalog has more than one rewriteURI entry for the start string "${p.start}"`,
  // {file} (--catalog FILE); {file, reason} when it cannot be read
  'sbr:catalogNotFound': (p) =>
    p.reason === undefined
      ? `The catalog file ${p.file} does not exist`
      : `The catalog file ${p.file} cannot be read: ${p.reason}`,
  // ---- ZIP archives (src/resolve/zip.ts, limits.ts)
  // {k: '', why} | {k: 'backslash', entry}
  'tpe:invalidArchiveFormat': archiveEn,
  'rpe:invalidArchiveFormat': archiveEn,
  // {k: 'notUtf8', name} | {k: 'control', name, char} | {k: 'localControl', entry, local}
  'sbr:zipEntryName': by({
    notUtf8: (p) =>
      `The archive entry name ${JSON.stringify(p.name)} is marked UTF-8 (APPNOTE 4.4.4, bit 11) but is not valid UTF-8; the archive is refused`,
    control: (p) =>
      `The archive entry name ${JSON.stringify(p.name)} contains the control character ${p.char}${p.char === 'U+0000' ? ' (a NUL byte)' : ''}; such a name cannot be represented as a file or URL, so the archive is refused`,
    '': (p) =>
      `The archive entry "${p.entry}" has the local name ${JSON.stringify(p.local)}, which contains a control character; the archive is refused`,
  }),
  // {entry} | {k: 'symlink', path, target}
  'sbr:zipEntryEscapes': by({
    symlink: (p) => `The package entry ${p.path} is a link to ${p.target}, outside the package; the package is refused`,
    '': (p) =>
      `The archive entry "${p.entry}" is an absolute path or leaves the archive's folder; the archive is refused`,
  }),
  // {entry, why}
  'sbr:zipEntryCorrupt': (p) => `The archive entry "${p.entry}" cannot be read: ${p.why}`,
  // {file | entry | filing: true, size, limit}
  'sbr:documentTooLarge': (p, f) =>
    `${docEn(p)} is ${bytes(p.size, f)}, more than the limit of ${bytes(p.limit, f)}; it is refused (raise the limit with --max-document-size if the document is genuine)`,
  // {count, limit}
  'sbr:zipTooManyEntries': (p) =>
    `The archive has ${p.count} entries, more than the limit of ${p.limit}; it is refused`,
  // {k: 'total', limit} | {k: 'ratio', entry, compressed, uncompressed, ratio}
  'sbr:zipBomb': by({
    total: (p, f) =>
      `The archive's entries expand to more than ${bytes(p.limit, f)}, the limit; it is refused (raise the limit with --max-package-size if the package is genuine)`,
    '': (p) =>
      `The archive entry "${p.entry}" expands from ${p.compressed} to ${p.uncompressed} bytes (ratio above ${p.ratio}); the archive is refused`,
  }),
  // ---- report packages (src/ixbrl/report-package*.ts; XBRL Report Packages 1.0)
  // {ext}
  'rpe:unsupportedFileExtension': (p) => `A report package must have the extension .xbri, .xbr or .zip, not "${p.ext}"`,
  // {reason}
  'rpe:invalidJSON': (p) => `META-INF/reportPackage.json is not valid JSON: ${p.reason}`,
  // {}
  'rpe:invalidJSONStructure': () =>
    'META-INF/reportPackage.json must be an object with documentInfo.documentType (a string)',
  // {documentType, known: string[]}
  'rpe:unsupportedReportPackageVersion': (p) =>
    `The documentType "${p.documentType}" is not a report package type this processor knows (${(p.known as string[]).join(', ')})`,
  // {documentType, ext} | {ext} (no reportPackage.json)
  'rpe:documentTypeFileExtensionMismatch': (p) =>
    p.documentType === undefined
      ? `A ${p.ext} report package must have META-INF/reportPackage.json`
      : `The documentType "${p.documentType}" does not match the file extension "${p.ext}"`,
  // {folder, reports: string[]}
  'rpe:multipleReportsInSubdirectory': (p) =>
    `The folder reports/${p.folder} holds more than one report (${(p.reports as string[]).join(', ')})`,
  // {} | {taxonomyPackage: true} (a taxonomy package given as a filing) | {file} (an input that holds no Inline XBRL report)
  'rpe:missingReport': (p) =>
    p.taxonomyPackage
      ? 'The package has no report in its reports/ folder: it is a taxonomy package (META-INF/taxonomyPackage.xml), not a report package. To validate filings against its taxonomy give it with --package (sbr validate FILING --package PACKAGE.zip); sbr packages PACKAGE.zip lists its entry points'
      : p.file === undefined
        ? 'The package has no report in its reports/ folder'
        : `${p.file} holds no Inline XBRL report`,
  // {type, count}
  'rpe:multipleReports': (p) => `A ${p.type} report package must hold exactly one report; it holds ${p.count}`,
  // {type: 'xbri' | 'xbr'}
  'rpe:incorrectReportType': (p) =>
    p.type === 'xbri'
      ? 'An .xbri report package must hold an Inline XBRL report'
      : 'An .xbr report package must hold an XBRL (not Inline XBRL) report',
  // ---- DTS documents (src/dts/discover.ts, src/validate): {url, where?: WhereParam}
  'sbr:documentNotFound': (p) => notFound(p, whereEn, (u) => `Cannot find the document ${u}`),
  'sbr:entryPointNotFound': (p) => notFound(p, whereEn, (u) => `Cannot find the document ${u}`, partOfEn),
  // ---- Inline XBRL 1.1 section 10.1 (src/ixbrl/extract.ts), issue 11 item 10
  // {concept}
  'ix11.10.1.1:nonFractionNilContent': (p) =>
    `The ix:nonFraction ${p.concept} is nil (xsi:nil="true") and must be empty, but it has content`,
  // {concept, outer}
  'ix11.10.1.2:nestedNonFractionIsNil': (p) =>
    `The ix:nonFraction ${p.concept} is nil (xsi:nil="true") but lies inside the ix:nonFraction ${p.outer}; a nested ix:nonFraction cannot be nil`,
  // {concept, outer, attributes: {name, inner, outer}[]}
  'ix11.10.1.2:nestedNonFractionProperties': (p) =>
    `The ix:nonFraction ${p.concept} nested in ${p.outer} must have the same format, scale and unitRef as it, but ` +
    (p.attributes as { name: string; inner: string; outer: string }[])
      .map(
        (a) =>
          `its ${a.name} is ${a.inner ? `"${a.inner}"` : 'absent'} and the outer one's ${a.outer ? `"${a.outer}"` : 'absent'}`,
      )
      .join('; '),
  // {file, namespace, documents}
  'sbr:documentWithoutInlineXbrl': (p) =>
    `${p.file} is one of the ${p.documents} documents of the Inline XBRL document set but holds no Inline XBRL markup (no element in the namespace ${p.namespace}); it is not part of the report's facts. The other documents of the set are validated`,
};
