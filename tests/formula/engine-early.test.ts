/**
 * The formula processor is loaded on first need (src/formula/engine.ts): discoverAndCompile asks for it before it
 * compiles the DTS, so that validateParsed (which loads it and runs again) compiles a formula DTS once. This file
 * imports no module that registers the processor.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormulaEngineNotLoaded, loadFormulaEngine } from '../../src/formula/engine.js';
import { Resolver } from '../../src/resolve/resolver.js';
import { discoverAndCompile } from '../../src/validate/core.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** The formula fixture's schema and its assertions linkbase (fixtures/formula/valid.xbrl refers to both). */
const FORMULA = ['fixtures/formula/concepts.xsd', 'fixtures/formula/assertions.xml'];
const start = (...p: string[]) => p.map((x) => ({ href: resolve(ROOT, x) }));

describe('formula processor asked for before the compile', () => {
  it('a DTS with formula linkbases: FormulaEngineNotLoaded with the discovered DTS, then one compile with it', async () => {
    const source = Resolver.create({});
    let error: unknown;
    try {
      discoverAndCompile(start(...FORMULA), source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormulaEngineNotLoaded);
    const dts = (error as FormulaEngineNotLoaded).dts!;
    expect(dts.documents.size).toBeGreaterThan(1);
    // the demo taxonomy has no formula: compiled without the processor
    expect(discoverAndCompile(start('taxonomies/sbr-demo/vat-2024.xsd'), source).taxonomy.formula).toBeUndefined();
    await loadFormulaEngine();
    const { taxonomy } = discoverAndCompile(start(...FORMULA), source, dts);
    expect(taxonomy.formula).toBeDefined();
  });
});
