/**
 * Dutch filing rules (SBR-NL / KvK) as rule modules: the NT rules for xBRL-XML filings (FR-NL, FR-KVK, FG-NL,
 * BR-KVK; "SBR Filing Rules" and "KvK Filing Rules" NT16-NT20) and the KvK Inline XBRL rules (NL-KVK; KvK Inline
 * XBRL reporting manual and RTS of the SBR domain Handelsregister). A rule module is one object: its code (with the
 * `NL.` prefix other tools report), the section of the filing-rule document, severity (MUST: error, SHOULD: warning),
 * messages in Dutch and English, and a check that reads what it needs from the context.
 */
import type { CompiledTaxonomy } from '../../compile/types.js';
import type { Finding, Severity, SourceLocation } from '../../findings.js';
import type { Instance } from '../../instance/types.js';
import type { IxDocument } from '../../ixbrl/xhtml.js';
import type { XmlDocument } from '../../xml/parse.js';

/** Message parameters (fact, context, file names, values) filled into a rule's message template. */
export type MessageParams = Record<string, string | number>;

export interface Messages {
  en: (p: MessageParams) => string;
  nl: (p: MessageParams) => string;
}

/** What an NT rule (xBRL-XML instance) sees. Rules that need only the document run without `taxonomy`. */
export interface NtContext {
  /** Path or URL of the instance document. */
  file: string;
  /** File name of the instance (last path segment, also inside a zip). */
  fileName: string;
  bytes: Uint8Array;
  /** The decoded text; undefined when the bytes cannot be decoded. */
  text?: string;
  /** The parsed document; undefined when the parser refused it (a DOCTYPE with entities, not well-formed). */
  doc?: XmlDocument;
  /** The instance model loaded from `doc` (with the taxonomy when it is available, without it otherwise). */
  instance?: Instance;
  /** The compiled DTS; undefined when the schemaRef cannot be resolved (document-level rules still run). */
  taxonomy?: CompiledTaxonomy;
  /** NT version of the profile (16..20). */
  nt: number;
  /** Date of filing (today, `YYYY-MM-DD`): BR-KVK-4.07, 4.10. */
  filingDate: string;
  report(params: MessageParams, loc?: Partial<SourceLocation>, severity?: Severity): void;
}

/** A rule of the NT filing rules (xBRL-XML filings). */
export interface NtRule {
  /** The code other tools report, e.g. `NL.FR-NL-1.01`. */
  code: string;
  /** Section of the filing-rule document, e.g. `SBR Filing Rules NT16-NT20, FR-NL-1.01`. */
  spec: string;
  severity: Severity;
  /** `document`: runs on the document alone (item 4 of issue 10); `taxonomy`: needs the compiled DTS. */
  needs: 'document' | 'taxonomy';
  /**
   * Which filings the rule is for: `sbr` (SBR Filing Rules FR-NL, FG-NL: every xBRL-XML filing under the NT) or `kvk`
   * (KvK Filing Rules FR-KVK, BR-KVK: filings to the KvK only; not run on a Belastingdienst, CBS or DUO filing).
   */
  scope: 'sbr' | 'kvk';
  message: Messages;
  check(ctx: NtContext): void;
}

/** One file of a report package (or the single Inline XBRL file given). */
export interface PackageFile {
  /** Location as the reader takes it (absolute path, or `ZIP/entry`). */
  location: string;
  /** Path inside the package (`name/reports/x.xhtml`), or the file name for a single file. */
  path: string;
  size: number;
  read(): Uint8Array;
}

/** An Inline XBRL document of the report, parsed as XHTML. */
export interface InlineDocument {
  url: string;
  fileName: string;
  text: string;
  doc: IxDocument;
}

/** A document of the extension taxonomy inside the package (schema or linkbase), parsed. */
export interface ExtensionDocument {
  /** Path inside the package. */
  path: string;
  fileName: string;
  doc: XmlDocument;
}

/** What an NL-KVK rule sees: the package, its Inline XBRL documents, the extracted target instance(s) and the DTS. */
export interface InlineContext {
  profile: string;
  /** Location of the package (zip or folder) or of the single .xhtml file. */
  location: string;
  /** Size of the package in bytes (zip file size, or the sum of the files). */
  packageSize: number;
  files: PackageFile[];
  documents: InlineDocument[];
  /** The extracted XBRL 2.1 instance of each target (`null` = default target). */
  targets: { target: string | null; instance: Instance }[];
  /** DTS of the default target (with the package's extension taxonomy); undefined when it could not be loaded. */
  taxonomy?: CompiledTaxonomy;
  /** Namespaces of the filing's own extension schemas (documents inside the package). */
  extensionNamespaces: Set<string>;
  /** The extension taxonomy's documents (schemas and linkbases inside the package). */
  extension: ExtensionDocument[];
  /** Whether a DTS document URL belongs to the extension taxonomy (same file name as a package document). */
  isExtensionUrl(url: string): boolean;
  /** `xs:import` schemaLocations of the extension schema(s), or the report's schemaRefs when it has no extension. */
  entryPoints: string[];
  /** Language of the report: `xml:lang` of the html root of the first document. */
  reportLang?: string;
  /** The formula assertions the pipeline evaluated (src/rules/formula): whether they ran and their findings `formula:*`. */
  formula?: { ran: boolean; findings: Finding[] };
  report(params: MessageParams, loc?: Partial<SourceLocation>, code?: string, severity?: Severity): void;
}

/** A rule of the KvK Inline XBRL filing rules (NL-KVK). */
export interface InlineRule {
  /** The (first) code, e.g. `NL.NL-KVK.3.4.1.1.tupleElementUsed`; a rule with several codes passes the others to report. */
  code: string;
  /** Rule number in the KvK document, e.g. `NL-KVK.3.4.1.1`. */
  spec: string;
  severity: Severity;
  /** Which inline profiles run it: every inline profile, NL-GAAP/IFRS, other-GAAP, 2025 and later, multi-target. */
  applies: 'all' | 'gaap' | 'other' | '2025' | 'multi';
  message: Messages;
  /** Messages of the rule's other codes, by code. */
  others?: Record<string, Messages>;
  check(ctx: InlineContext): void;
}

export type { Finding };

/** The message of a rule in `lang` (`nl`, else English). */
export function messageIn(m: Messages, lang: string, p: MessageParams): string {
  return (lang.toLowerCase().startsWith('nl') ? m.nl : m.en)(p);
}
