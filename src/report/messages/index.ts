/**
 * Messages in the language of `--lang` (issue 11 item 4). A finding with `params` has its message rendered from the
 * catalog of the language (src/messages, keyed by code); a finding without them (a code that has no catalog entry yet)
 * keeps its English message. Numbers are written the language's way by the catalog (nl: 17.500 and 1.234,56).
 */
import type { Finding } from '../../findings.js';
import { hasCatalog, LANGUAGES, paramFinding, primaryLanguage, renderMessage } from '../../messages/index.js';

export { LANGUAGES };

/** The finding with its message in `lang` (the finding itself when it has no params or the catalog has no entry). */
export function localize(f: Finding, lang: string): Finding {
  const l = primaryLanguage(lang);
  if (l === 'en' || !f.params) return f;
  const message = renderMessage(f.code, f.params, l);
  return message === undefined || message === f.message ? f : { ...f, message };
}

/** Findings in `lang`; a language without a catalog leaves them English (`languageWarning` says so once). */
export function localizeFindings(findings: Finding[], lang: string | undefined): Finding[] {
  if (!lang || !hasCatalog(lang) || primaryLanguage(lang) === 'en') return findings;
  return findings.map((f) => localize(f, lang));
}

/** The one warning for `--lang` with a language that has no message catalog (undefined when it has one). */
export function languageWarning(lang: string | undefined): Finding | undefined {
  if (!lang || hasCatalog(lang)) return undefined;
  return paramFinding('sbr:langUnavailable', 'warning', { lang, languages: LANGUAGES }, {});
}
