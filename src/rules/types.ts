/**
 * Rule modules: one object per check, in the manner of ESLint rules and ajv keywords. A rule knows its
 * code, the specification section it implements and its severity; it reads the compiled taxonomy (plain data)
 * and, for instance rules, the instance model, and reports findings through `ctx.report`.
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import type { Finding, MessageParams, Severity, SourceLocation } from '../findings.js';
import type { Instance } from '../instance/types.js';

export interface RuleContext {
  taxonomy: CompiledTaxonomy;
  /** Undefined for taxonomy-only validation. */
  instance?: Instance;
  /** Preferred label language for messages (e.g. `nl`, `en`). */
  lang: string;
  /** Calculations 1.1 processing mode (a processor option): round-to-nearest (default) or truncation. */
  calcMode?: 'round' | 'truncate';
  /** Label of a concept for messages: its standard label in `lang` (or any language), else its QName. */
  label(conceptKey: string): string;
  /** XBRL Formula processing options (`--formula`, `--parameter`); formulas run unless mode is `none`. */
  formula?: FormulaOptions;
  /**
   * Reports a finding: with `params` (its message rendered from the catalogs of src/messages, English here and the
   * language of `--lang` later) or, for codes without a catalog entry, with an English `message`.
   */
  report(f: {
    code?: string;
    message?: string;
    params?: MessageParams;
    loc?: Partial<SourceLocation>;
    severity?: Severity;
    spec?: string;
    assertion?: Finding['assertion'];
    formula?: Finding['formula'];
    related?: string[];
  }): void;
}

/** XBRL Formula 1.0 processing options: `mode` run (default) or none; parameter values by QName as written (Variables 1.0 section 3.5.1). */
export interface FormulaOptions {
  mode?: 'run' | 'none';
  parameters?: Record<string, string>;
  /** Documents outside the DTS that formula expressions read with fn:doc, by absolute URL (see FormulaRunOptions.readDocument). */
  readDocument?: (url: string) => Uint8Array | undefined;
}

export interface Rule {
  /** Default code of the findings it reports, in the spec's own form, e.g. `xbrl.4.7.2:contextPeriodType`. */
  code: string;
  /** Where the requirement is, e.g. `XBRL 2.1 section 4.7.2`. */
  spec: string;
  severity: Severity;
  /** `instance` rules need an instance; `taxonomy` rules run on the compiled taxonomy alone. */
  scope: 'instance' | 'taxonomy';
  check(ctx: RuleContext): void;
}

export type { Finding };
