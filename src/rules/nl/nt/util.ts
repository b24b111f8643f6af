/** Helpers shared by the NT rule modules: positions in the raw text, facts by name, dates. */
import type { Fact, Instance } from '../../../instance/types.js';
import { locOf } from '../../../instance/load.js';
import type { SourceLocation } from '../../../findings.js';
import type { XmlElement } from '../../../xml/parse.js';

export const SPEC_FR_NL = 'SBR Filing Rules NT16-NT20 (FR-NL)';
export const SPEC_FG_NL = 'SBR Filing Guidelines NT16-NT20 (FG-NL)';
export const SPEC_FR_KVK = 'KvK Filing Rules NT16-NT20 (FR-KVK)';
export const SPEC_BR_KVK = 'KvK Filing Rules NT16-NT20, business rules (BR-KVK)';

/** 1-based line and column of a character offset in `text`. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Location of an element, for findings. */
export function at(el: XmlElement): SourceLocation {
  return locOf(el);
}

/**
 * Facts of a Nederlandse Taxonomie concept by its local name and the dictionary it belongs to (`jenv-bw2-data`,
 * `kvk-data`, `nl-common-data`): the namespace carries the NT version and date (`.../nt20/jenv/20251210/dictionary/jenv-bw2-data`),
 * so the match is on its last segment.
 */
export function ntFacts(instance: Instance, dictionary: string, local: string): Fact[] {
  return instance.facts.filter((f) => {
    const ns = f.concept.slice(1, f.concept.indexOf('}'));
    return f.element.local === local && (ns.endsWith(`/${dictionary}`) || ns.includes(`/${dictionary}/`));
  });
}

/** The value of the first fact of a concept (trimmed), or undefined. */
export function ntValue(
  instance: Instance,
  dictionary: string,
  local: string,
): { value: string; fact: Fact } | undefined {
  const f = ntFacts(instance, dictionary, local)[0];
  return f ? { value: f.value.trim(), fact: f } : undefined;
}

/** A calendar date `YYYY-MM-DD` that exists (no time, no zone), else undefined (BR-KVK-4.20). */
export function validDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return dt;
}

/** `YYYY-MM-DD` of a date plus `days`. */
export function addDays(d: Date, days: number): string {
  return new Date(d.getTime() + days * 86400000).toISOString().slice(0, 10);
}

/** The date part of an xs:date / xs:dateTime lexical value. */
export function datePart(s: string): string {
  return s.trim().slice(0, 10);
}

/** A short quotation of a fact for messages: `prefix:name` (context id). */
export function factName(f: Fact): string {
  const p = f.element.prefix;
  return `${p ? p + ':' : ''}${f.element.local}${f.contextRef ? ` (context ${f.contextRef})` : ''}`;
}

/**
 * The root element's `xml:lang` read from the raw text, for a document the parser refused (not well-formed further
 * on): the root start tag itself is still readable. Undefined = no such attribute; null = no root start tag found.
 */
export function rootLangFromText(
  text: string | undefined,
): { lang: string | undefined; line: number; column: number } | null {
  if (text === undefined) return null;
  const re = /<([A-Za-z_][\w.:-]*)(\s[^>]*)?>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    // skip start tags inside comments
    if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) continue;
    const a = /\sxml:lang\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[2] ?? '');
    return { lang: a ? (a[1] ?? a[2]) : undefined, ...position(text, m.index) };
  }
  return null;
}
