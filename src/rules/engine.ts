/**
 * Runs rule modules over a compiled taxonomy and (optionally) an instance, collecting their findings.
 * The engine knows nothing of particular rules (ESLint's core in miniature).
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { LABEL_ROLE } from '../dts/namespaces.js';
import { finding, type Finding } from '../findings.js';
import { englishMessage, paramFinding } from '../messages/index.js';
import type { Instance } from '../instance/types.js';
import type { FormulaOptions, Rule, RuleContext } from './types.js';

/**
 * A concept's label for messages: the standard label in `lang`, else in English, else in any language,
 * else the concept's local name. Labels that differ from the name are followed by the name in parentheses.
 */
export function conceptLabel(taxonomy: CompiledTaxonomy, key: string, lang: string): string {
  const c = taxonomy.concepts[key];
  const name = c ? c.name : key.replace(/^\{[^}]*\}/, '');
  const byLang = taxonomy.labels[key]?.[LABEL_ROLE];
  if (!byLang) return name;
  const want = lang.toLowerCase();
  let text = byLang[want];
  if (text === undefined) {
    for (const [l, t] of Object.entries(byLang))
      if (l.split('-')[0] === want) {
        text = t;
        break;
      }
  }
  text ??= byLang['en'] ?? Object.values(byLang)[0];
  if (!text || text === name) return name;
  return `${text} (${name})`;
}

export interface RunOptions {
  lang?: string;
  /** Calculations 1.1 rounding mode (default `round`). */
  calcMode?: 'round' | 'truncate';
  /** XBRL Formula options (default: run formulas without parameter values). */
  formula?: FormulaOptions;
}

/**
 * Runs each rule whose scope fits (taxonomy rules always; instance rules only with an instance).
 * A rule that throws is reported as `sbr:ruleFailed` instead of stopping validation.
 */
export function runRules(
  rules: Rule[],
  taxonomy: CompiledTaxonomy,
  instance: Instance | undefined,
  opts: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const lang = opts.lang ?? 'en';
  const labelCache = new Map<string, string>();
  for (const rule of rules) {
    if (rule.scope === 'instance' && !instance) continue;
    const ctx: RuleContext = {
      taxonomy,
      instance,
      lang,
      calcMode: opts.calcMode ?? 'round',
      ...(opts.formula ? { formula: opts.formula } : {}),
      label(key) {
        let l = labelCache.get(key);
        if (l === undefined) {
          l = conceptLabel(taxonomy, key, lang);
          labelCache.set(key, l);
        }
        return l;
      },
      report(f) {
        const code = f.code ?? rule.code;
        const message = f.message ?? englishMessage(code, f.params ?? {});
        const x = finding(code, f.severity ?? rule.severity, message, f.loc, f.spec ?? rule.spec);
        if (f.params) x.params = f.params;
        if (f.assertion) x.assertion = f.assertion;
        if (f.formula) x.formula = f.formula;
        if (f.related?.length) x.related = f.related;
        findings.push(x);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push(
        paramFinding(
          'sbr:ruleFailed',
          'error',
          { rule: rule.code, reason: (e as Error).message },
          { file: instance?.url ?? '' },
        ),
      );
    }
  }
  return findings;
}
