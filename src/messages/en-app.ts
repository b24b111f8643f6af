/**
 * English messages of the application codes (`sbr:`) that are not findings of a filing: the validator artifact
 * (`sbr:artifact*`), the config file, command-line usage, the conformance runner, `sbr serve` (HTTP error bodies) and
 * `sbr queue`; spread into en.ts. The params of each code are in the comment above its entry (variants in `k`); nl-app.ts
 * renders the same params in Dutch. The English renderings are the messages these codes had before they had params.
 * Numbers stay as the code wrote them in English (`1048576 bytes`); the Dutch catalog groups them (`1.048.576`).
 */
import { by } from './en-sbr.js';
import type { Catalog } from './index.js';

/** `FILE` or `The artifact` when the artifact was given as bytes without a name. */
const art = (p: Record<string, unknown>) => (p['file'] ? String(p['file']) : 'The artifact');
const list = (v: unknown) => ((v as string[] | undefined) ?? []).join(', ');

/** Why an artifact is refused as corrupt (src/artifact/read.ts), by `k`. */
const corruptWhy = by({
  short: (p) => `it is only ${p.size} bytes long (truncated?)`,
  magic: () => 'it does not start with SBRV',
  version0: () => 'its format version is 0',
  headerPastEnd: () => 'its header runs past the end of the file (truncated?)',
  headerJson: (p) => `its header is not JSON (${p.reason})`,
  headerSchema: (p) => `its header does not match schemas/sbrv.schema.json: ${p.reason}`,
  versionDiffers: (p) => `its header says format version ${p.header}, its prefix ${p.prefix}`,
  length: (p) => `it is ${p.size} bytes long but its header announces ${p.expected} (truncated or extended)`,
  sectionOutside: (p) => `its section ${p.section} lies outside the payload`,
  sectionMissing: (p) => `it has no ${p.section} section`,
  sectionInflate: (p) => `its section ${p.section} does not inflate (${p.reason})`,
  sectionJson: (p) => `its section ${p.section} is not JSON (${p.reason})`,
  sectionDecode: (p) => `its section ${p.section} does not decode (${p.reason})`,
  '': (p) => String(p.reason ?? 'it cannot be read'),
});

/** Why a config file is refused (src/cli/config.ts), by `k`. */
const configWhy = by({
  json: (p) => `not valid JSON (${p.reason})`,
  notObject: () =>
    'the config is a JSON object such as {"packages": ["kvk_taxonomy_2024.zip"], "caches": ["xbrl-schemas"]}',
  unknownKey: (p) => `unknown key "${p.key}" (known: packages, caches, catalogs, profile, lang, formula)`,
  paths: (p) => `"${p.key}" is a path or a list of paths`,
  string: (p) => `"${p.key}" is a string`,
  formula: () => '"formula" is true/false, a value or a list of values of --formula',
  '': (p) => String(p.reason ?? 'not a valid config'),
});

/** Why a conformance baseline is refused (src/conformance/runner.ts), by `k`. */
const baselineWhy = by({
  json: (p) => String(p.reason),
  notObject: () => 'not a JSON object',
  suite: () => '"suite" must be a string',
  minPassed: () => '"minPassed" must be a non-negative integer',
  knownFailures: () => '"knownFailures" must be an object of id -> reason',
  reason: (p) => `knownFailures["${p.id}"] must be a string`,
  '': (p) => String(p.reason ?? 'not a valid baseline'),
});

/** A conformance suite file that cannot be read (src/conformance/suite.ts), by `k`. */
const indexEn = by({
  unreadable: (p) => `Cannot read conformance file ${p.file}: ${p.reason}`,
  malformed: (p) => `Conformance file ${p.file} is not well-formed XML: ${p.reason} (line ${p.line})`,
  unparsable: (p) => `Cannot parse conformance file ${p.file}: ${p.reason}`,
  noRoot: (p) => `Conformance file ${p.file} has no document element`,
  noResult: (p) => `${p.where} has no <result>`,
  unknownExpected: (p) => `${p.where}: unknown result expected="${p.expected}"`,
  includesItself: (p) => `Conformance index ${p.file} includes itself`,
  unknownNamespace: (p) => `${p.file}: unknown conformance format: document element ${p.root}`,
  unknownRoot: (p) =>
    `${p.file}: unknown conformance format: document element ${p.root} (expected testcases or testcase)`,
  noUri: (p) => `${p.file}: <testcase> without uri`,
  notLocal: (p) => `${p.file}: testcase ${p.uri} is not a local file`,
  '': (p) => `Conformance file ${p.file} cannot be used: ${p.reason}`,
});

/** A malformed command-line value (`sbr:usage`), by `k`. */
const usageEn = by({
  byteSize: (p) => `${p.flag} takes a size in bytes, optionally with k, M or G (e.g. 200M), not "${p.value}"`,
  parameter: (p) => `--parameter takes NAME=VALUE (a parameter QName, e.g. eg:threshold=100), not "${p.value}"`,
  wholeNumber: (p) => `${p.flag} takes a whole number from ${p.min} to ${p.max}, not "${p.value}"`,
  redisUrl: (p) => `--redis takes a URL such as redis://127.0.0.1:6379, not "${p.value}"`,
  redisScheme: (p) => `--redis takes a redis:// URL, not "${p.value}"`,
  duplicateId: (p) => `Two validators have the id ${p.id}; rename one file`,
  // commander's own English message (missing argument, unknown option, ...)
  '': (p) => String(p.detail),
});

export const enApp: Catalog = {
  // ---- the validator artifact (src/artifact) ----
  // {file, reason} (the operating system's reason)
  'sbr:artifactNotFound': (p) => `Cannot read the validator artifact ${p.file}: ${p.reason}`,
  // {file?, k, size?, reason?, header?, prefix?, expected?, section?}
  'sbr:artifactCorrupt': (p, f) => `${art(p)} is not a valid validator artifact: ${corruptWhy(p, f)}`,
  // {file?, k: 'format' | 'compiled', version, max}
  'sbr:artifactVersion': (p) =>
    p.k === 'compiled'
      ? `${art(p)} holds a compiled taxonomy of format ${p.version}; this sbr-validator reads up to ${p.max}`
      : `${art(p)} has format version ${p.version}; this sbr-validator reads up to version ${p.max} (recompile it, or upgrade)`,
  // {file?}
  'sbr:artifactTampered': (p) => `${art(p)} has been altered: its sha256 does not match the one it was written with`,
  // {urls: string[], reached, documents}
  // {urls, entryPoints}
  'sbr:validatorMismatch': (p) =>
    `The filing's DTS (${list(p.urls)}) is not the validator's taxonomy: none of its documents is the validator's entry point (${list(p.entryPoints)}) or imports it, so the validator's taxonomy was layered under a DTS that does not use it and its findings (formula assertions among them) may not apply; compile a validator for the filing's own entry points`,
  'sbr:artifactMismatch': (p) =>
    `The filing's DTS (${list(p.urls)}) is ${p.reached} of the ${p.documents} documents compiled into the validator; compile a validator for its own entry points`,
  // ---- the config file and the command line (src/cli) ----
  // {file}
  'sbr:configNotFound': (p) => `The config file ${p.file} does not exist`,
  // {file, k, reason?, key?}
  'sbr:configInvalid': (p, f) => `${p.file}: ${configWhy(p, f)}`,
  // {k, flag?, value?, min?, max?, id?, detail?}
  'sbr:usage': usageEn,
  // {file, reason}
  'sbr:outputUnwritable': (p) => `Cannot write ${p.file}: ${p.reason}`,
  // ---- the conformance runner (src/conformance) ----
  // {file, k, reason?, line?, where?, expected?, root?, uri?} (`where` names the testcase file and variation)
  'sbr:conformanceIndex': indexEn,
  // {file, k, reason?, id?}
  'sbr:conformanceBaseline': (p, f) => `Conformance baseline ${p.file}: ${baselineWhy(p, f)}`,
  // {filter?, count?, qt3?: true} (the suite or catalog is the finding's file)
  'sbr:noVariations': (p) =>
    p.qt3
      ? p.filter !== undefined
        ? `No QT3 test set or test case name contains "${p.filter}" (the catalog has ${p.count})`
        : 'The catalog has no test cases'
      : p.filter !== undefined
        ? `No variation id contains "${p.filter}" (the suite has ${p.count})`
        : 'The suite has no variations',
  // {feature}
  'sbr:notImplemented': (p) => `${p.feature} is not implemented by this processor`,
  // ---- validating inputs, sbr serve and sbr queue ----
  // {k: 'server'} | {k: 'input', input, reason}
  'sbr:internal': (p) =>
    p.k === 'input'
      ? `Internal error while validating ${p.input}: ${p.reason}`
      : 'Internal error; the request was not validated',
  // {k: 'server', reason} | {k: 'batch', input, reason}
  'sbr:workerCrashed': (p) =>
    p.k === 'batch'
      ? `The worker thread validating ${p.input} ended (${p.reason}); the other inputs were validated`
      : `The validation worker stopped while validating this filing (${p.reason}); it has been replaced and the filing was not validated`,
  // {name}
  'sbr:badFileName': (p) => `File name "${p.name}" is not accepted: use letters, digits, . _ - ( ) and spaces`,
  // {k: 'lang', lang} | {k: 'url'} | {k: 'duplicateName', name} | {k: 'noFilePart'} | {k: 'noBody'} | {detail}
  'sbr:badRequest': by({
    lang: (p) => `lang=${p.lang} is not a language tag (nl, en, ...)`,
    url: () => 'url= takes the absolute path or http(s) URL of the filing, and only with one file',
    duplicateName: (p) => `Two files are named ${p.name}`,
    noFilePart: () => 'The multipart request has no file part; send the filing as a file',
    noBody: () => 'The request has no body; send the filing as the body or as multipart/form-data',
    '': (p) => `The request is not valid: ${p.detail}`,
  }),
  // {}
  'sbr:busy': () => 'Every worker is busy and the queue is full; try again shortly',
  // {seconds}
  'sbr:timeout': (p) => `The validation took longer than ${p.seconds} s and was stopped`,
  // {method, path}
  'sbr:notFound': (p) => `No route ${p.method} ${p.path}`,
  // {limit} (bytes)
  'sbr:requestTooLarge': (p) => `The request is larger than the limit of ${p.limit} bytes`,
  // {type} ('(none)' without a Content-Type header)
  'sbr:unsupportedMediaType': (p) =>
    `Content type ${p.type} is not accepted: send application/xml, application/xhtml+xml, text/html, application/zip or multipart/form-data`,
  // {ids: string[]}
  'sbr:validatorRequired': (p) => `Say which validator with ?validator=ID (one of ${list(p.ids) || 'none loaded'})`,
  // {k: 'served', id, ids} | {k: 'artifact', id} | {k: 'queue', id}
  'sbr:unknownValidator': by({
    served: (p) => `No validator "${p.id}" is loaded; GET /v1/validators lists them (${list(p.ids) || 'none loaded'})`,
    queue: (p) => `No worker serves the validator ${p.id}: start one with sbr queue worker --validator ${p.id}.sbrv`,
    '': (p) => `No validator "${p.id}" is loaded`,
  }),
  // {}
  'sbr:unvalidated': () => 'The filing could not be validated',
  // {host, port, url, reason}
  'sbr:redisUnreachable': (p) =>
    `Cannot reach Redis at ${p.host}:${p.port} (${p.url}): ${p.reason}. Start redis-server or give the right --redis URL`,
  // {file, reason}
  'sbr:jobFailed': (p) => `The queue job for ${p.file} failed: ${p.reason}`,
};
