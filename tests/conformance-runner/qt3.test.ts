/** The QT3 runner on a small fixture catalog (fixtures/qt3): selection, skips, environments, every assertion kind. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareQt3WithBaseline, formatQt3, isQt3Catalog, readQt3Catalog, runQt3 } from '../../src/conformance/qt3.js';

const CATALOG = resolve(__dirname, '../../fixtures/qt3/catalog.xml');

describe('QT3 runner', () => {
  const outcomes = runQt3(readQt3Catalog(CATALOG));
  const status = Object.fromEntries(outcomes.map((o) => [o.id.replace('mini/', ''), o.status]));
  it('detects the catalog by its root element and namespace', () => {
    expect(isQt3Catalog(CATALOG)).toBe(true);
    expect(isQt3Catalog(resolve(__dirname, '../../fixtures/qt3/mini.xml'))).toBe(false);
  });
  it('runs the XPath 2.0 cases and judges each assertion', () => {
    expect(status).toEqual({
      eq: 'pass',
      param: 'pass',
      string: 'pass',
      deep: 'pass',
      perm: 'pass',
      xml: 'pass',
      err: 'pass',
      'err-other-code': 'pass',
      anyof: 'pass',
      not: 'pass',
      'wrong-on-purpose': 'fail',
      'xq-only': 'skip',
      xp30: 'skip',
      'xp20-list': 'pass',
      hof: 'skip',
      'no-schema': 'pass',
    });
  });
  it('counts lenient error passes with another code, reports skips with reasons', () => {
    const text = formatQt3(outcomes);
    expect(text).toContain('FAIL mini/wrong-on-purpose: expected 3, got (xs:integer(2))');
    expect(text).toContain('(1 of the passes raised an error with another code than the expected one');
    expect(text.split('\n').slice(-2)).toEqual([
      '12 passed, 1 failed',
      '3 skipped: 1 spec XQ10+; 1 spec XP30+ XQ30+; 1 feature higherOrderFunctions',
    ]);
    const exact = runQt3(readQt3Catalog(CATALOG), { exactErrors: true, filter: 'err-other' });
    expect(exact.map((o) => o.status)).toEqual(['fail']);
  });
  it('compares with a baseline', () => {
    expect(
      compareQt3WithBaseline(outcomes, {
        suite: 'mini',
        minPassed: 12,
        knownFailures: { 'mini/wrong-on-purpose': 'x' },
      }),
    ).toEqual([]);
    expect(compareQt3WithBaseline(outcomes, { suite: 'mini', minPassed: 13, knownFailures: {} })).toHaveLength(2);
  });
});
