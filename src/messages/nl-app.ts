/**
 * Nederlandse meldingen (Dutch) of the application codes of en-app.ts (artifact, config, command line, conformance
 * runner, `sbr serve`, `sbr queue`), rendering the same params; spread into nl.ts. Numbers in the Dutch notation
 * (`f.num`: 1.048.576). A reason the operating system, a JSON parser or commander gives (`reason`, `detail`) is shown as
 * it came: it is not ours to translate.
 */
import { by } from './en-sbr.js';
import type { Catalog } from './index.js';

const art = (p: Record<string, unknown>) => (p['file'] ? `Het validatorbestand ${p['file']}` : 'Het validatorbestand');
const list = (v: unknown) => ((v as string[] | undefined) ?? []).join(', ');

const corruptWhy = by({
  short: (p, f) => `het is maar ${f.num(p.size)} bytes lang (afgekapt?)`,
  magic: () => 'het begint niet met SBRV',
  version0: () => 'de formaatversie is 0',
  headerPastEnd: () => 'de header loopt door tot voorbij het einde van het bestand (afgekapt?)',
  headerJson: (p) => `de header is geen JSON (${p.reason})`,
  headerSchema: (p) => `de header voldoet niet aan schemas/sbrv.schema.json: ${p.reason}`,
  versionDiffers: (p) => `de header noemt formaatversie ${p.header}, het begin van het bestand ${p.prefix}`,
  length: (p, f) =>
    `het is ${f.num(p.size)} bytes lang, maar de header kondigt ${f.num(p.expected)} bytes aan (afgekapt of verlengd)`,
  sectionOutside: (p) => `de sectie ${p.section} ligt buiten de inhoud`,
  sectionMissing: (p) => `de sectie ${p.section} ontbreekt`,
  sectionInflate: (p) => `de sectie ${p.section} kan niet worden uitgepakt (${p.reason})`,
  sectionJson: (p) => `de sectie ${p.section} is geen JSON (${p.reason})`,
  sectionDecode: (p) => `de sectie ${p.section} kan niet worden gedecodeerd (${p.reason})`,
  '': (p) => String(p.reason ?? 'het kan niet worden gelezen'),
});

const configWhy = by({
  json: (p) => `geen geldige JSON (${p.reason})`,
  notObject: () =>
    'de configuratie is een JSON-object, bijvoorbeeld {"packages": ["kvk_taxonomy_2024.zip"], "caches": ["xbrl-schemas"]}',
  unknownKey: (p) => `onbekende sleutel "${p.key}" (bekend zijn: packages, caches, catalogs, profile, lang, formula)`,
  paths: (p) => `"${p.key}" moet een pad of een lijst van paden zijn`,
  string: (p) => `"${p.key}" moet een tekenreeks zijn`,
  formula: () => '"formula" moet true/false, een waarde of een lijst van waarden van --formula zijn',
  '': (p) => String(p.reason ?? 'geen geldige configuratie'),
});

const baselineWhy = by({
  json: (p) => `niet leesbaar (${p.reason})`,
  notObject: () => 'geen JSON-object',
  suite: () => '"suite" moet een tekenreeks zijn',
  minPassed: () => '"minPassed" moet een geheel getal van 0 of meer zijn',
  knownFailures: () => '"knownFailures" moet een object van id -> reden zijn',
  reason: (p) => `knownFailures["${p.id}"] moet een tekenreeks zijn`,
  '': (p) => String(p.reason ?? 'geen geldige baseline'),
});

const indexNl = by({
  unreadable: (p) => `Het conformancebestand ${p.file} kan niet worden gelezen: ${p.reason}`,
  malformed: (p, f) => `Het conformancebestand ${p.file} is geen welgevormde XML: ${p.reason} (regel ${f.num(p.line)})`,
  unparsable: (p) => `Het conformancebestand ${p.file} kan niet worden ontleed: ${p.reason}`,
  noRoot: (p) => `Het conformancebestand ${p.file} heeft geen documentelement`,
  noResult: (p) => `${p.where} heeft geen <result>`,
  unknownExpected: (p) => `${p.where}: onbekend verwacht resultaat expected="${p.expected}"`,
  includesItself: (p) => `De conformance-index ${p.file} neemt zichzelf op`,
  unknownNamespace: (p) => `${p.file}: onbekend conformanceformaat: documentelement ${p.root}`,
  unknownRoot: (p) =>
    `${p.file}: onbekend conformanceformaat: documentelement ${p.root} (verwacht: testcases of testcase)`,
  noUri: (p) => `${p.file}: <testcase> zonder uri`,
  notLocal: (p) => `${p.file}: de testcase ${p.uri} is geen lokaal bestand`,
  '': (p) => `Het conformancebestand ${p.file} kan niet worden gebruikt: ${p.reason}`,
});

const usageNl = by({
  byteSize: (p) =>
    `${p.flag} verwacht een grootte in bytes, eventueel met k, M of G (bijvoorbeeld 200M), niet "${p.value}"`,
  parameter: (p) =>
    `--parameter verwacht NAAM=WAARDE (de QName van een parameter, bijvoorbeeld eg:threshold=100), niet "${p.value}"`,
  wholeNumber: (p, f) =>
    `${p.flag} verwacht een geheel getal van ${f.num(p.min)} tot en met ${f.num(p.max)}, niet "${p.value}"`,
  redisUrl: (p) => `--redis verwacht een URL zoals redis://127.0.0.1:6379, niet "${p.value}"`,
  redisScheme: (p) => `--redis verwacht een redis://-URL, niet "${p.value}"`,
  duplicateId: (p) => `Twee validators hebben de id ${p.id}; geef een van de bestanden een andere naam`,
  '': (p) => `Ongeldige aanroep: ${p.detail}`,
});

export const nlApp: Catalog = {
  'sbr:artifactNotFound': (p) => `Het validatorbestand ${p.file} kan niet worden gelezen: ${p.reason}`,
  'sbr:artifactCorrupt': (p, f) => `${art(p)} is geen geldig validatorbestand: ${corruptWhy(p, f)}`,
  'sbr:artifactVersion': (p) =>
    p.k === 'compiled'
      ? `${art(p)} bevat een gecompileerde taxonomie in formaat ${p.version}; deze versie van sbr-validator leest tot en met formaat ${p.max}`
      : `${art(p)} heeft formaatversie ${p.version}; deze versie van sbr-validator leest tot en met versie ${p.max} (compileer het opnieuw, of werk sbr-validator bij)`,
  'sbr:artifactTampered': (p) =>
    `${art(p)} is gewijzigd: de sha256 komt niet overeen met die waarmee het is geschreven`,
  'sbr:validatorMismatch': (p) =>
    `De DTS van de aanlevering (${list(p.urls)}) is niet de taxonomie van de validator: geen van haar documenten is het entrypoint van de validator (${list(p.entryPoints)}) of importeert het, dus is de taxonomie van de validator onder een DTS gelegd die haar niet gebruikt en gelden de bevindingen (ook die van formula-assertions) mogelijk niet; compileer een validator voor de eigen entrypoints van de aanlevering`,
  'sbr:artifactMismatch': (p, f) =>
    `De DTS van de aanlevering (${list(p.urls)}) omvat ${f.num(p.reached)} van de ${f.num(p.documents)} documenten die in de validator zijn gecompileerd; compileer een validator voor de eigen entrypoints van de aanlevering`,
  'sbr:configNotFound': (p) => `Het configuratiebestand ${p.file} bestaat niet`,
  'sbr:configInvalid': (p, f) => `${p.file}: ${configWhy(p, f)}`,
  'sbr:usage': usageNl,
  'sbr:outputUnwritable': (p) => `${p.file} kan niet worden geschreven: ${p.reason}`,
  'sbr:conformanceIndex': indexNl,
  'sbr:conformanceBaseline': (p, f) => `Conformance-baseline ${p.file}: ${baselineWhy(p, f)}`,
  'sbr:noVariations': (p, f) =>
    p.qt3
      ? p.filter !== undefined
        ? `Geen QT3-testset of testcase heeft een naam met "${p.filter}" (de catalogus heeft er ${f.num(p.count)})`
        : 'De catalogus heeft geen testcases'
      : p.filter !== undefined
        ? `Geen variatie heeft een id met "${p.filter}" (de suite heeft er ${f.num(p.count)})`
        : 'De suite heeft geen variaties',
  'sbr:notImplemented': (p) => `${p.feature} is in deze validator niet geïmplementeerd`,
  'sbr:internal': (p) =>
    p.k === 'input'
      ? `Interne fout bij het valideren van ${p.input}: ${p.reason}`
      : 'Interne fout; het verzoek is niet gevalideerd',
  'sbr:workerCrashed': (p) =>
    p.k === 'batch'
      ? `De worker-thread die ${p.input} valideerde is gestopt (${p.reason}); de overige invoer is gevalideerd`
      : `De validatieworker is gestopt tijdens het valideren van deze aanlevering (${p.reason}); hij is vervangen en de aanlevering is niet gevalideerd`,
  'sbr:badFileName': (p) =>
    `De bestandsnaam "${p.name}" wordt niet geaccepteerd: gebruik letters, cijfers, . _ - ( ) en spaties`,
  'sbr:badRequest': by({
    lang: (p) => `lang=${p.lang} is geen taalcode (nl, en, ...)`,
    url: () => 'url= verwacht het absolute pad of de http(s)-URL van de aanlevering, en alleen bij één bestand',
    duplicateName: (p) => `Twee bestanden heten ${p.name}`,
    noFilePart: () => 'Het multipart-verzoek bevat geen bestandsdeel; stuur de aanlevering als bestand',
    noBody: () => 'Het verzoek heeft geen inhoud; stuur de aanlevering als inhoud of als multipart/form-data',
    '': (p) => `Het verzoek is ongeldig: ${p.detail}`,
  }),
  'sbr:busy': () => 'Alle workers zijn bezig en de wachtrij is vol; probeer het zo dadelijk opnieuw',
  'sbr:timeout': (p, f) => `De validatie duurde langer dan ${f.num(p.seconds)} s en is afgebroken`,
  'sbr:notFound': (p) => `Er is geen route ${p.method} ${p.path}`,
  'sbr:requestTooLarge': (p, f) => `Het verzoek is groter dan de grens van ${f.num(p.limit)} bytes`,
  'sbr:unsupportedMediaType': (p) =>
    `Het inhoudstype ${p.type} wordt niet geaccepteerd: stuur application/xml, application/xhtml+xml, text/html, application/zip of multipart/form-data`,
  'sbr:validatorRequired': (p) =>
    `Geef met ?validator=ID aan welke validator (een van ${list(p.ids) || 'geen geladen'})`,
  'sbr:unknownValidator': by({
    served: (p) =>
      `De validator "${p.id}" is niet geladen; GET /v1/validators geeft de lijst (${list(p.ids) || 'geen geladen'})`,
    queue: (p) =>
      `Geen worker bedient de validator ${p.id}: start er een met sbr queue worker --validator ${p.id}.sbrv`,
    '': (p) => `De validator "${p.id}" is niet geladen`,
  }),
  'sbr:unvalidated': () => 'De aanlevering kon niet worden gevalideerd',
  'sbr:redisUnreachable': (p) =>
    `Redis op ${p.host}:${p.port} (${p.url}) is niet bereikbaar: ${p.reason}. Start redis-server of geef de juiste --redis-URL op`,
  'sbr:jobFailed': (p) => `De wachtrijtaak voor ${p.file} is mislukt: ${p.reason}`,
};
