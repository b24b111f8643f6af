/**
 * Nederlandse meldingen (Dutch) of the codes of en-sbr.ts, rendering the same params; spread into nl.ts. Register: that
 * of the messages of KvK and Belastingdienst (formal, precise, "u" where the reader is addressed).
 */
import { by, bytes, notFound, type Provider, type WhereParam } from './en-sbr.js';
import { nlFormula } from './formula-codes.js';
import type { Catalog } from './index.js';

const PROVIDER_HINT_NL: Record<Provider, string> = {
  nltaxonomie:
    'documenten van www.nltaxonomie.nl komen uit de Nederlandse taxonomiepakketten (kvk_taxonomy, jenv_taxonomy, rj_taxonomy, ... .zip): geef die op met --package (een map met de pakketten kan ook)',
  ifrs: 'documenten van xbrl.ifrs.org komen uit de IFRS Accounting Taxonomy: geef het taxonomiepakket daarvan op met --package, of een cachemap met xbrl.ifrs.org/... met --cache',
  xbrl: "documenten van www.xbrl.org (XBRL International: DTR-typen, LRR, LEI, Inline XBRL-schema's) komen uit een cachemap ingedeeld naar host/pad: geef die op met --cache (MAP/www.xbrl.org/...)",
  sbrau:
    'documenten van sbr.gov.au komen uit de SBR Australia-taxonomie: geef een cachemap met sbr.gov.au/... op met --cache, of de catalog daarvan met --catalog',
  other:
    'geef het taxonomiepakket waarin het document staat op met --package, of een cachemap ingedeeld naar host/pad met --cache, of sta online ophalen toe met --online',
};

function whereNl(w: WhereParam): string {
  const parts: string[] = [];
  const c = w.catalog;
  if (c)
    parts.push(
      c.catalog === undefined
        ? `de ${c.entry}-regel van een catalog van de gecompileerde validator verwijst ernaar`
        : `de ${c.entry}-regel van catalog ${c.catalog} verwijst het naar ${c.target}`,
    );
  if (w.compiled) parts.push('gezocht in: de pakketten en cachemappen waarmee de validator is gecompileerd');
  else if (w.looked?.length) parts.push(`gezocht in: ${w.looked.join(', ')}`);
  else if (w.uncovered) parts.push('geen catalog van een pakket en geen cachemap dekt dit adres');
  else if (w.localRefused)
    parts.push(
      'lokale bestanden worden niet gelezen voor een aanlevering van elders (alleen de eigen bestanden daarvan)',
    );
  else if (w.badScheme) parts.push('het URL-schema ervan kan niet worden gelezen');
  if (w.notInPackage !== undefined)
    parts.push(
      `niet in het rapportpakket ${w.notInPackage} (alleen de eigen bestanden daarvan en META-INF/catalog.xml worden gelezen, lokale bestanden nooit)`,
    );
  if (w.fetchError !== undefined) parts.push(`online ophalen is mislukt: ${w.fetchError}`);
  else if (w.provider) parts.push(`online ophalen staat uit; ${PROVIDER_HINT_NL[w.provider]}`);
  return parts.join('; ');
}

const docNl = (p: Record<string, unknown>) =>
  p['entry'] !== undefined
    ? `Het archiefbestand "${p['entry']}"`
    : p['filing']
      ? 'De aanlevering'
      : p['file'] !== undefined
        ? `Het bestand ${p['file']}`
        : 'Het document';

const dirStructureNl = by({
  topLevelFile: (p) =>
    `Het pakket heeft een bestand "${p.name}" op het hoogste niveau; alles moet in één map op het hoogste niveau staan`,
  empty: () => 'Het pakket is leeg',
  topFolders: (p) =>
    `Het pakket heeft ${p.count} mappen op het hoogste niveau${p.folders ? ` (${(p.folders as string[]).join(', ')})` : ''}; dat moet er precies één zijn`,
  duplicateEntry: (p) => `Het archief bevat het pad "${p.name}" twee keer`,
  tooDeep: (p) => `De pakketmap is dieper dan 32 niveaus genest bij ${p.path}`,
  noMetadata: () => 'Het pakket heeft geen META-INF/reportPackage.json en ook geen META-INF/taxonomyPackage.xml',
  '': (p) => `De mapstructuur van het pakket is niet die van een pakket${p.detail ? `: ${p.detail}` : ''}`,
});
const archiveNl = by({
  backslash: (p) =>
    `Het archiefbestand "${p.entry}" gebruikt een backslash als scheidingsteken; paden in een ZIP-archief gebruiken "/"`,
  '': (p) => `Het bestand is geen geldig ZIP-archief (${p.why})`,
});
const catalogNl = by({
  xml: (p) => `De catalog is geen geldig XML-document: ${p.reason}`,
  root: (p) => `Het root-element van de catalog moet {${p.expected}}catalog zijn, niet ${p.root}`,
  attribute: (p) => `Het element ${p.element} van de catalog heeft geen attribuut ${p.attribute}`,
  '': (p) => `De catalog is niet geldig${p.detail ? `: ${p.detail}` : ''}`,
});

const partOfNl = (p: Record<string, unknown>) =>
  `${p['file']} hoort bij het rapportpakket ${p['package']}: valideer het pakket (sbr validate ${p['package']}), zodat de eigen catalog en de extensietaxonomie daarvan worden gebruikt`;

export const nlSbr: Catalog = {
  ...nlFormula,
  'sbr:fileUnreadable': (p) => `${p.file} kan niet worden gelezen: ${p.reason}`,
  'sbr:noFilingsFound': (p) =>
    `Geen filings gevonden in de map ${p.file} of de submappen ervan (gezocht naar .xbrl, .xml met een xbrl-root, Inline XBRL .html/.htm/.xhtml, rapportpakketten .zip/.xbri/.xbr en rapportpakketmappen; namen die met een punt beginnen zijn overgeslagen)`,
  'sbr:notAFile': (p) =>
    `${p.file} is een map, geen bestand, en geen rapportpakket: een uitgepakt rapportpakket is een map met META-INF/reportPackage.json (en META-INF/catalog.xml voor de extensietaxonomie) en de rapporten in reports/. Noem de documenten in de map om ze te valideren (bijvoorbeeld ${p.file}/*.xbrl)`,
  'sbr:notAnInstance': (p) =>
    `Het document is geen XBRL-instance: het root-element is ${p.root}, verwacht is xbrli:xbrl in de namespace ${p.namespace}`,
  'sbr:documentHostAlias': (p) =>
    `${p.url} is onder dat adres nergens beschikbaar en is daarom gelezen als ${p.alias}: XBRL International publiceert de documenten onder zowel xbrl.org als www.xbrl.org (www.xbrl.org is het publicatieadres). Andere documenten onder de andere hostnaam worden op dezelfde manier gelezen.`,
  'sbr:schemaForSchemasUnavailable': (p) =>
    `Het schema voor schema's (${p.url}) kon niet worden gelezen; de annotaties (xs:appinfo) van de taxonomieschema's zijn daarom niet daartegen gevalideerd. Voeg een cachemap toe die het bevat (--cache)`,
  'sbr:enumerationDomainEmpty': (p) =>
    `Het enumeratieconcept ${p.concept} staat geen enkele waarde toe: er is geen bruikbare domain-member-relatie vanaf de domeinkop ${p.domain} in de extended link role ${p.linkrole}${p.headUsable ? '' : ', en headUsable is false'}. Controleer de linkrole, en of de domain-member-linkbase deel uitmaakt van de DTS.`,
  'sbr:unknownProfile': (p) =>
    `Onbekend profiel "${p.name}"; de profielen zijn: ${(p.profiles as string[]).join(', ')}, auto (sbr profiles geeft ze weer)`,
  'sbr:profileMismatch': (p) =>
    `Het profiel ${p.profile} is voor ${p.profileKind === 'nt' ? 'xBRL-XML instances' : 'Inline XBRL-jaarverslagen'}, maar ${p.file} is ${p.input === 'inline' ? 'een Inline XBRL-rapport' : 'een xBRL-XML instance'}; de Nederlandse regels zijn niet uitgevoerd. Kies ${p.input === 'inline' ? 'nl-inline-2024, nl-inline-2025, ...' : 'nt16 .. nt20'} of --profile auto`,
  'sbr:profileNotDetermined': (p) =>
    p.nt !== undefined
      ? `--profile auto: het entrypoint ${p.entryPoint ?? '(geen)'} is van NT${p.nt}, en de Nederlandse filing rules (profielen nt16 .. nt20) zijn alleen voor NT16 tot en met NT20 gepubliceerd; er is geen profiel gekozen en de Nederlandse regels zijn niet uitgevoerd. Wilt u er toch een toepassen, noem het dan met --profile (sbr profiles)`
      : `--profile auto: uit het entrypoint ${p.entryPoint ?? '(geen)'} volgt geen NT-versie of KvK-taxonomiedatum; de Nederlandse regels zijn niet uitgevoerd. Kies een profiel met --profile (sbr profiles)`,
  'sbr:kvkRulesNotApplicable': (p) =>
    `De KvK-regels (FR-KVK, BR-KVK) van profiel ${p.profile} zijn niet uitgevoerd: ze gelden alleen voor deponeringen bij de KvK, en het entrypoint ${p.entryPoint} is er een van de ${p.recipient}; de SBR-filingrules FR-NL en FG-NL zijn wel uitgevoerd`,
  'sbr:profileSelected': (p) =>
    `--profile auto: profiel ${p.profile} gekozen op grond van het entrypoint ${p.entryPoint}`,
  'sbr:ruleFailed': (p) => `De controle ${p.rule} kon niet worden uitgevoerd: ${p.reason}`,
  'sbr:formulaSummary': (p, f) =>
    `Formules: ${f.count(p.assertions)} ${p.assertions === 1 ? 'assertie' : 'asserties'} uitgevoerd,${p.produced ? ` ${f.count(p.produced)} ${p.produced === 1 ? 'feit' : 'feiten'} gemaakt,` : ''} ${f.count(p.satisfied)} voldaan, ${f.count(p.failed.length)} niet voldaan${p.failed.length ? ` (${p.failed.join(', ')})` : ''}${p.errors.length ? `, ${f.count(p.errors.length)} gestopt door een fout (${p.errors.join(', ')})` : ''}`,
  'sbr:formulaXPathUnavailable': (p) =>
    `De taxonomie heeft ${p.count} formule-asserties en formules, maar de XPath 2.0-evaluator is in deze build niet beschikbaar; ze zijn dus niet geëvalueerd`,
  'sbr:xhtmlSchemaUnavailable': (p) =>
    `De XHTML-geldigheid van ${p.documents > 1 ? `de ${p.documents} Inline XBRL-documenten` : 'het Inline XBRL-document'} is niet gecontroleerd: de schemaset van Inline XBRL 1.1 kan niet worden gelezen (${p.missing} is niet gevonden; ` +
    'geef een cachemap met www.xbrl.org/2013/inlineXBRL/ en www.w3.org/2001/xml.xsd op met --cache, of sta online ophalen toe)',
  'sbr:transformsUnavailable': (p) =>
    `De module met de Inline XBRL-transformaties kan niet worden geladen: ${p.reason}`,
  'sbr:inlineXbrl10Unsupported': () =>
    'Dit document gebruikt de namespace van Inline XBRL 1.0; alleen Inline XBRL 1.1 wordt ondersteund',
  'sbr:scaleTooLarge': (p) =>
    `scale="${p.scale}" valt buiten de grens van ${p.limit} (naar boven of beneden) van deze validator; de waarde van het feit blijft ongeschaald`,
  'sbr:inlineXbrlVersion': (p) =>
    `${p.file} is Inline XBRL 1.0 (namespace ${p.namespace}); deze validator controleert alleen Inline XBRL 1.1 (namespace ${p.supported}): zet het document om naar Inline XBRL 1.1`,
  'sbr:unsupportedReportFormat': (p) =>
    `${p.file} is een xBRL-JSON-rapport; alleen XBRL 2.1- en Inline XBRL-rapporten kunnen worden gevalideerd`,
  'sbr:partOfReportPackage': (p) => partOfNl(p),
  'sbr:fileNotFound': (p) =>
    p.notGiven
      ? `${p.file} is niet meegegeven`
      : p.inPackage
        ? `${p.file} staat niet in het rapportpakket`
        : `${p.reportPackage ? 'Het rapportpakket' : 'Het bestand'} ${p.file} bestaat niet`,
  'sbr:packageNotFound': (p) =>
    p.folder === undefined
      ? `Het taxonomiepakket ${p.file} bestaat niet`
      : `De map ${p.folder} bevat geen taxonomiepakket (een .zip of map met META-INF/taxonomyPackage.xml)`,
  'sbr:packageAsEntryPoint': (p) =>
    `${p.file} is een taxonomiepakket, geen entry point, en het declareert ${p.count === 0 ? 'geen entry point' : `${p.count} entry points`}${(p.entryPoints as string[]).length ? ` (${(p.entryPoints as string[]).join('; ')}${(p.more as number) ? `; en nog ${p.more}` : ''})` : ''}: geef één entry point-URL met het pakket, sbr compile URL --package ${p.file} -o BESTAND.sbrv (sbr packages ${p.file} toont ze)`,
  'tpe:metadataDirectoryNotFound': (p) =>
    p.k === 'zip' ? `Het pakket heeft geen map ${p.top}/META-INF` : 'De pakketmap heeft geen map META-INF',
  'tpe:invalidDirectoryStructure': dirStructureNl,
  'rpe:invalidDirectoryStructure': dirStructureNl,
  'tpe:metadataFileNotFound': () => 'Het pakket heeft geen META-INF/taxonomyPackage.xml',
  'tpe:invalidMetaDataFile': by({
    xml: (p) => `META-INF/taxonomyPackage.xml is geen geldige XML: ${p.reason}`,
    root: (p) => `META-INF/taxonomyPackage.xml heeft het root-element ${p.root}, niet tp:taxonomyPackage`,
    identifier: () => 'META-INF/taxonomyPackage.xml heeft geen tp:identifier',
    '': () => 'META-INF/taxonomyPackage.xml is niet geldig',
  }),
  'sbr:cacheNotFound': (p) => `De cachemap ${p.folder} bestaat niet`,
  'sbr:catalogEscapesPackage': (p) =>
    `De catalog van het pakket verwijst "${p.match}" naar ${p.target}, buiten het pakket; het pakket wordt geweigerd`,
  'tpe:invalidCatalogFile': catalogNl,
  'sbr:invalidCatalog': catalogNl,
  'tpe:multipleRewriteURIsForStartString': (p) =>
    `De catalog heeft meer dan één rewriteURI-regel voor de beginreeks "${p.start}"`,
  'sbr:catalogNotFound': (p) =>
    p.reason === undefined
      ? `Het catalogbestand ${p.file} bestaat niet`
      : `Het catalogbestand ${p.file} kan niet worden gelezen: ${p.reason}`,
  'tpe:invalidArchiveFormat': archiveNl,
  'rpe:invalidArchiveFormat': archiveNl,
  'sbr:zipEntryName': by({
    notUtf8: (p) =>
      `De naam ${JSON.stringify(p.name)} van een archiefbestand is gemarkeerd als UTF-8 (APPNOTE 4.4.4, bit 11), maar is geen geldige UTF-8; het archief wordt geweigerd`,
    control: (p) =>
      `De naam ${JSON.stringify(p.name)} van een archiefbestand bevat het stuurteken ${p.char}${p.char === 'U+0000' ? ' (een NUL-byte)' : ''}; zo'n naam kan geen bestand of URL zijn, dus het archief wordt geweigerd`,
    '': (p) =>
      `Het archiefbestand "${p.entry}" heeft de lokale naam ${JSON.stringify(p.local)}, die een stuurteken bevat; het archief wordt geweigerd`,
  }),
  'sbr:zipEntryEscapes': by({
    symlink: (p) =>
      `Het pakketbestand ${p.path} is een koppeling naar ${p.target}, buiten het pakket; het pakket wordt geweigerd`,
    '': (p) =>
      `Het archiefbestand "${p.entry}" is een absoluut pad of verlaat de map van het archief; het archief wordt geweigerd`,
  }),
  'sbr:zipEntryCorrupt': (p) => `Het archiefbestand "${p.entry}" kan niet worden gelezen: ${p.why}`,
  'sbr:documentTooLarge': (p, f) =>
    `${docNl(p)} is ${bytes(p.size, f)}, meer dan de limiet van ${bytes(p.limit, f)}; het wordt geweigerd (verhoog de limiet met --max-document-size als het document echt is)`,
  'sbr:zipTooManyEntries': (p) =>
    `Het archief bevat ${p.count} bestanden, meer dan de limiet van ${p.limit}; het wordt geweigerd`,
  'sbr:zipBomb': by({
    total: (p, f) =>
      `De bestanden van het archief worden uitgepakt groter dan ${bytes(p.limit, f)}, de limiet; het wordt geweigerd (verhoog de limiet met --max-package-size als het pakket echt is)`,
    '': (p) =>
      `Het archiefbestand "${p.entry}" wordt uitgepakt van ${p.compressed} tot ${p.uncompressed} bytes (verhouding boven ${p.ratio}); het archief wordt geweigerd`,
  }),
  'rpe:unsupportedFileExtension': (p) =>
    `Een rapportpakket moet de extensie .xbri, .xbr of .zip hebben, niet "${p.ext}"`,
  'rpe:invalidJSON': (p) => `META-INF/reportPackage.json is geen geldige JSON: ${p.reason}`,
  'rpe:invalidJSONStructure': () =>
    'META-INF/reportPackage.json moet een object zijn met documentInfo.documentType (een tekenreeks)',
  'rpe:unsupportedReportPackageVersion': (p) =>
    `Het documentType "${p.documentType}" is geen soort rapportpakket die deze validator kent (${(p.known as string[]).join(', ')})`,
  'rpe:documentTypeFileExtensionMismatch': (p) =>
    p.documentType === undefined
      ? `Een rapportpakket ${p.ext} moet META-INF/reportPackage.json bevatten`
      : `Het documentType "${p.documentType}" past niet bij de bestandsextensie "${p.ext}"`,
  'rpe:multipleReportsInSubdirectory': (p) =>
    `De map reports/${p.folder} bevat meer dan één rapport (${(p.reports as string[]).join(', ')})`,
  'rpe:missingReport': (p) =>
    p.taxonomyPackage
      ? 'Het pakket bevat geen rapport in de map reports/: het is een taxonomiepakket (META-INF/taxonomyPackage.xml), geen rapportpakket. Geef het met --package om filings tegen de taxonomie te valideren (sbr validate FILING --package PAKKET.zip); sbr packages PAKKET.zip toont de entry points'
      : p.file === undefined
        ? 'Het pakket bevat geen rapport in de map reports/'
        : `${p.file} bevat geen Inline XBRL-rapport`,
  'rpe:multipleReports': (p) =>
    `Een rapportpakket ${p.type} moet precies één rapport bevatten; het bevat er ${p.count}`,
  'rpe:incorrectReportType': (p) =>
    p.type === 'xbri'
      ? 'Een rapportpakket .xbri moet een Inline XBRL-rapport bevatten'
      : 'Een rapportpakket .xbr moet een XBRL-rapport bevatten (geen Inline XBRL)',
  'sbr:documentNotFound': (p) => notFound(p, whereNl, (u) => `Het document ${u} is niet gevonden`),
  'sbr:entryPointNotFound': (p) => notFound(p, whereNl, (u) => `Het document ${u} is niet gevonden`, partOfNl),
  'ix11.10.1.1:nonFractionNilContent': (p) =>
    `De ix:nonFraction ${p.concept} is nil (xsi:nil="true") en moet leeg zijn, maar heeft inhoud`,
  'ix11.10.1.2:nestedNonFractionIsNil': (p) =>
    `De ix:nonFraction ${p.concept} is nil (xsi:nil="true"), maar staat binnen de ix:nonFraction ${p.outer}; een geneste ix:nonFraction kan niet nil zijn`,
  'ix11.10.1.2:nestedNonFractionProperties': (p) =>
    `De ix:nonFraction ${p.concept}, genest in ${p.outer}, moet dezelfde format, scale en unitRef hebben als die, maar ` +
    (p.attributes as { name: string; inner: string; outer: string }[])
      .map(
        (a) =>
          `de ${a.name} ervan is ${a.inner ? `"${a.inner}"` : 'afwezig'} en die van de buitenste ${a.outer ? `"${a.outer}"` : 'afwezig'}`,
      )
      .join('; '),
  'sbr:documentWithoutInlineXbrl': (p) =>
    `${p.file} is een van de ${p.documents} documenten van de Inline XBRL-documentset, maar bevat geen Inline XBRL-opmaak (geen element in de namespace ${p.namespace}); het levert geen feiten aan het rapport. De overige documenten van de set worden gevalideerd`,
};
