/** Namespaces and arcroles of the formula specifications (XBRL Formula 1.0 family; Generic Messages 1.0; Assertion Severity 2.0). */
export const FNS = {
  variable: 'http://xbrl.org/2008/variable',
  formula: 'http://xbrl.org/2008/formula',
  va: 'http://xbrl.org/2008/assertion/value',
  ea: 'http://xbrl.org/2008/assertion/existence',
  ca: 'http://xbrl.org/2008/assertion/consistency',
  validation: 'http://xbrl.org/2008/validation',
  cf: 'http://xbrl.org/2008/filter/concept',
  bf: 'http://xbrl.org/2008/filter/boolean',
  df: 'http://xbrl.org/2008/filter/dimension',
  ef: 'http://xbrl.org/2008/filter/entity',
  gf: 'http://xbrl.org/2008/filter/general',
  mf: 'http://xbrl.org/2008/filter/match',
  pf: 'http://xbrl.org/2008/filter/period',
  rf: 'http://xbrl.org/2008/filter/relative',
  ssf: 'http://xbrl.org/2008/filter/segment-scenario',
  tf: 'http://xbrl.org/2008/filter/tuple',
  uf: 'http://xbrl.org/2008/filter/unit',
  vf: 'http://xbrl.org/2008/filter/value',
  acf: 'http://xbrl.org/2010/filter/aspect-cover',
  crf: 'http://xbrl.org/2010/filter/concept-relation',
  msg: 'http://xbrl.org/2010/message',
  label: 'http://xbrl.org/2008/label',
  sev: 'http://xbrl.org/2016/assertion-severity',
  cfi: 'http://xbrl.org/2010/custom-function',
  xfi: 'http://www.xbrl.org/2008/function/instance',
  xff: 'http://www.xbrl.org/2010/function/formula',
  xbrli: 'http://www.xbrl.org/2003/instance',
} as const;

export const FARCROLE = {
  variableSet: 'http://xbrl.org/arcrole/2008/variable-set',
  variableFilter: 'http://xbrl.org/arcrole/2008/variable-filter',
  variableSetFilter: 'http://xbrl.org/arcrole/2008/variable-set-filter',
  variableSetPrecondition: 'http://xbrl.org/arcrole/2008/variable-set-precondition',
  booleanFilter: 'http://xbrl.org/arcrole/2008/boolean-filter',
  consistencyAssertionFormula: 'http://xbrl.org/arcrole/2008/consistency-assertion-formula',
  consistencyAssertionParameter: 'http://xbrl.org/arcrole/2008/consistency-assertion-parameter',
  assertionSet: 'http://xbrl.org/arcrole/2008/assertion-set',
  functionImplementation: 'http://xbrl.org/arcrole/2010/function-implementation',
  elementLabel: 'http://xbrl.org/arcrole/2008/element-label',
  satisfiedMessage: 'http://xbrl.org/arcrole/2010/assertion-satisfied-message',
  unsatisfiedMessage: 'http://xbrl.org/arcrole/2010/assertion-unsatisfied-message',
  unsatisfiedSeverity: 'http://xbrl.org/arcrole/2016/assertion-unsatisfied-severity',
  equalityDefinition: 'http://xbrl.org/arcrole/2008/equality-definition',
} as const;

/** Namespaces whose resources belong to the formula processor. */
export const FORMULA_RESOURCE_NAMESPACES: ReadonlySet<string> = new Set([
  FNS.variable, FNS.formula, FNS.va, FNS.ea, FNS.ca, FNS.validation, FNS.cf, FNS.bf, FNS.df, FNS.ef, FNS.gf, FNS.mf,
  FNS.pf, FNS.rf, FNS.ssf, FNS.tf, FNS.uf, FNS.vf, FNS.acf, FNS.crf, FNS.msg, FNS.sev, FNS.cfi,
]);

/** Namespaces of filter resources. */
export const FILTER_NAMESPACES: ReadonlySet<string> = new Set([
  FNS.cf, FNS.bf, FNS.df, FNS.ef, FNS.gf, FNS.mf, FNS.pf, FNS.rf, FNS.ssf, FNS.tf, FNS.uf, FNS.vf, FNS.acf, FNS.crf,
]);
