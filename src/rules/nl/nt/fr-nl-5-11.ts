import type { NtRule } from '../types.js';
import { factName, SPEC_FR_NL } from './util.js';

/** Elements of the escaped-XHTML subset of `nl-types:formattedExplanationItemType` (FR-NL-5.11). */
const ALLOWED = new Set([
  'b',
  'br',
  'div',
  'em',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'strong',
  'sub',
  'sup',
  'table',
  'td',
  'th',
  'tr',
  'u',
  'ul',
]);
const UL_TYPES = new Set(['disc', 'circle', 'square']);
const OL_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);
/** CSS properties allowed in `style`. */
const STYLE_PROPERTIES = new Set(['color', 'font-weight', 'font-style', 'text-decoration', 'text-align']);

/** Problems with an escaped-XHTML value, as short English/Dutch phrases; empty = allowed. */
export function formattedExplanationProblems(value: string): { en: string; nl: string }[] {
  const out: { en: string; nl: string }[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const [, close, nameRaw, attrs, selfClose] = m;
    const name = nameRaw!.toLowerCase();
    if (close) {
      stack.pop();
      continue;
    }
    if (!ALLOWED.has(name))
      out.push({ en: `element <${name}> is not allowed`, nl: `element <${name}> is niet toegestaan` });
    const ar = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = ar.exec(attrs!); a; a = ar.exec(attrs!)) {
      const an = a[1]!.toLowerCase();
      const av = (a[2] ?? a[3] ?? '').trim();
      if (an === 'type' && name === 'li') {
        const list = stack[stack.length - 1];
        const ok = list === 'ol' ? OL_TYPES.has(av) : UL_TYPES.has(av);
        if (!ok)
          out.push({
            en: `list item type "${av}" is not allowed in <${list ?? 'ul'}>`,
            nl: `lijsttype "${av}" is niet toegestaan in <${list ?? 'ul'}>`,
          });
      } else if (an === 'style') {
        for (const decl of av.split(';')) {
          const prop = decl.split(':')[0]!.trim().toLowerCase();
          if (prop && !STYLE_PROPERTIES.has(prop))
            out.push({
              en: `style property "${prop}" is not allowed`,
              nl: `stijleigenschap "${prop}" is niet toegestaan`,
            });
        }
      } else if (!['class', 'id', 'colspan', 'rowspan'].includes(an)) {
        out.push({
          en: `attribute ${an} on <${name}> is not allowed`,
          nl: `attribuut ${an} op <${name}> is niet toegestaan`,
        });
      }
    }
    if (!selfClose && name !== 'br') stack.push(name);
  }
  return out;
}

const FORMATTED = 'formattedExplanationItemType';

/**
 * FR-NL-5.11: formatting with the limited set of escaped XHTML elements MAY ONLY be used in facts of concepts of
 * type `nl-types:formattedExplanationItemType`, and there only the allowed elements, list types and styles.
 * Needs the concept's type (the DTS).
 */
export const frNl511: NtRule = {
  code: 'NL.FR-NL-5.11',
  spec: `${SPEC_FR_NL}, FR-NL-5.11`,
  severity: 'error',
  needs: 'taxonomy',
  scope: 'sbr',
  message: {
    en: (p) =>
      p.problem
        ? `${p.fact}: escaped XHTML is limited: ${p.problem}`
        : `${p.fact} contains escaped XHTML markup but its concept is not of type formattedExplanationItemType; remove the markup`,
    nl: (p) =>
      p.problem
        ? `${p.fact}: escaped XHTML is beperkt: ${p.problemNl ?? p.problem}`
        : `${p.fact} bevat escaped XHTML-opmaak maar het concept is niet van het type formattedExplanationItemType; verwijder de opmaak`,
  },
  check(ctx) {
    const tax = ctx.taxonomy;
    if (!tax || !ctx.instance) return;
    for (const f of ctx.instance.facts) {
      if (f.isTuple) continue;
      const c = tax.concepts[f.concept];
      if (!c) continue;
      const formatted = (c.type ?? '').endsWith(`}${FORMATTED}`);
      const hasMarkup = /<\/?[A-Za-z][\w:-]*(\s[^>]*)?\/?>/.test(f.value);
      if (!formatted) {
        if (hasMarkup) ctx.report({ fact: factName(f), problem: '' }, f);
        continue;
      }
      const problems = formattedExplanationProblems(f.value);
      if (problems.length)
        ctx.report(
          {
            fact: factName(f),
            problem: problems.map((x) => x.en).join('; '),
            problemNl: problems.map((x) => x.nl).join('; '),
          },
          f,
        );
    }
  },
};
