/**
 * Messages in the language of `--lang` (issue 11 item 4): one catalog per language (en.ts, nl.ts), keyed by finding
 * code, with named parameters. A finding's English message is matched against the English shape of its code to get the
 * parameters, which are rendered in the other language's shape; numbers are written the language's way
 * (nl: 17.500 and 1.234,56). Codes without an entry in a catalog keep their English message.
 */
import { finding, type Finding } from '../../findings.js';
import { en } from './en.js';
import { nl, nlWords } from './nl.js';

export const CATALOGS: Record<string, Record<string, string>> = { en, nl };
export const LANGUAGES = Object.keys(CATALOGS);

const compiled = new Map<string, { re: RegExp; names: string[] }>();
function shape(code: string): { re: RegExp; names: string[] } | undefined {
  const t = en[code];
  if (!t) return undefined;
  let c = compiled.get(code);
  if (!c) {
    const names: string[] = [];
    const src = t
      .split(/(\{[a-z]+\})/i)
      .map((part) => {
        const m = /^\{([a-z]+)\}$/i.exec(part);
        if (m) {
          names.push(m[1]!);
          return '([\\s\\S]*?)';
        }
        // "(s)" in the English shape: an optional plural s
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\(s\\\)/g, 's?');
      })
      .join('');
    c = { re: new RegExp(`^${src}$`), names };
    compiled.set(code, c);
  }
  return c;
}

/** Parameters of a finding's English message, by the English shape of its code; undefined when it does not match. */
export function messageParameters(f: Finding): Record<string, string> | undefined {
  const s = shape(f.code);
  const m = s && s.re.exec(f.message);
  if (!s || !m) return undefined;
  const p: Record<string, string> = {};
  s.names.forEach((n, i) => (p[n] = m[i + 1]!));
  return p;
}

/** 17,500 -> 17.500 and 1,234.56 -> 1.234,56: numbers in Dutch notation (digits grouped with '.', decimal ','). */
export function dutchNumbers(s: string): string {
  return s.replace(/(?<![\w.{/:-])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/])|(?<![\w.{/:-])-?\d+\.\d+(?![\w./])/g, (n) =>
    n.replace(/[,.]/g, (c) => (c === ',' ? '.' : ',')),
  );
}

/** The finding's message in `lang` (its English message when the catalog has no entry or the message does not match). */
export function localize(f: Finding, lang: string): Finding {
  const l = lang.toLowerCase().split(/[-_]/)[0]!;
  if (l === 'en' || !CATALOGS[l]) return f;
  const t = CATALOGS[l]![f.code];
  const p = t ? messageParameters(f) : undefined;
  if (!t || !p) return f;
  const value = (v: string) => {
    let out = v;
    if (l === 'nl') for (const [re, w] of nlWords) if (re.test(out)) out = out.replace(re, w);
    return l === 'nl' ? dutchNumbers(out) : out;
  };
  const message = t.replace(/\{([a-z]+)\}/gi, (_, n: string) =>
    p[n] === undefined ? `{${n}}` : n === 'elr' || n === 'url' || n === 'file' || n === 'qname' ? p[n]! : value(p[n]!),
  );
  return { ...f, message };
}

/** Findings in `lang`; for a language without a catalog, one `sbr:langUnavailable` warning first and the English messages. */
export function localizeFindings(findings: Finding[], lang: string | undefined): Finding[] {
  if (!lang) return findings;
  const l = lang.toLowerCase().split(/[-_]/)[0]!;
  if (!CATALOGS[l]) return findings;
  return l === 'en' ? findings : findings.map((f) => localize(f, l));
}

/** The one warning for `--lang` with a language that has no message catalog (undefined when it has one). */
export function languageWarning(lang: string | undefined): Finding | undefined {
  if (!lang) return undefined;
  const l = lang.toLowerCase().split(/[-_]/)[0]!;
  if (CATALOGS[l]) return undefined;
  return finding(
    'sbr:langUnavailable',
    'warning',
    `There are no messages in the language "${lang}"; messages are in English (languages: ${LANGUAGES.join(', ')})`,
    {},
  );
}
