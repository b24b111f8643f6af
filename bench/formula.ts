/**
 * Formula benchmark (npm run bench, or `node --expose-gc --import tsx bench/formula.ts`): issue 9, "fast by design".
 *
 * Generates, into a temporary folder removed afterwards, a taxonomy of 200 monetary instant concepts with a formula
 * linkbase of 1,000 value assertions (assertion i binds two fact variables, concepts i mod 200 and (7i + 1) mod 200, and
 * tests `$a + $b ge $a - $b - 1`, dimensional aspect model, implicit filtering), and instances of 10,000 and 100,000
 * facts (every concept once per context: N / 200 contexts). Each assertion then evaluates once per context, so the
 * expected evaluation count is 1,000 × N / 200 (5 per 1,000 facts and assertion). The duplicate variant reports every
 * fact twice (Variables 1.0 section 3.5: each duplicate binds separately, so 4 evaluations per context and assertion;
 * Arelle issue #242 is what happens when duplicates multiply further than that).
 *
 * Measures (median of BENCH_FORMULA_RUNS, default 3): runFormulas over a loaded instance (the formula rule family
 * alone), assertion evaluations per second, and the 100k/10k time ratio (10 = linear). Checks the evaluation counts
 * and that every assertion is satisfied (a failing check stops the bench with exit 1). Needs no shared data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFormulas } from '../src/formula/evaluate.js';
import { loadInstance } from '../src/instance/load.js';
import { Resolver } from '../src/resolve/index.js';
import { loadDts } from '../src/validate/node.js';
import { parseXml } from '../src/xml/parse.js';

const NS = 'http://example.com/formula-bench';
const CONCEPTS = 200;
const ASSERTIONS = Number(process.env.BENCH_FORMULA_ASSERTIONS ?? 1000);
const RUNS = Number(process.env.BENCH_FORMULA_RUNS ?? 3);
const SIZES = (process.env.BENCH_FORMULA_SIZES ?? '10000,100000').split(',').map(Number);
const COPIES = (process.env.BENCH_FORMULA_COPIES ?? '1,2').split(',').map(Number);
const concept = (i: number) => `c${String(i % CONCEPTS).padStart(3, '0')}`;

export function schema(): string {
  const els = Array.from(
    { length: CONCEPTS },
    (_, i) =>
      `  <xs:element id="b_${concept(i)}" name="${concept(i)}" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:b="${NS}" targetNamespace="${NS}" elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
    <link:linkbaseRef xlink:type="simple" xlink:href="bench-formula.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
${els.join('\n')}
</xs:schema>
`;
}

export function formulaLinkbase(assertions: number): string {
  const parts: string[] = [];
  for (let i = 0; i < assertions; i++) {
    const a = concept(i);
    const b = concept(7 * i + 1);
    parts.push(`    <va:valueAssertion xlink:type="resource" xlink:label="va${i}" id="va${i}" aspectModel="dimensional" implicitFiltering="true" test="$a + $b ge $a - $b - 1"/>
    <variable:factVariable xlink:type="resource" xlink:label="va${i}a" bindAsSequence="false"/>
    <variable:factVariable xlink:type="resource" xlink:label="va${i}b" bindAsSequence="false"/>
    <cf:conceptName xlink:type="resource" xlink:label="va${i}ca"><cf:concept><cf:qname>b:${a}</cf:qname></cf:concept></cf:conceptName>
    <cf:conceptName xlink:type="resource" xlink:label="va${i}cb"><cf:concept><cf:qname>b:${b}</cf:qname></cf:concept></cf:conceptName>
    <variable:variableArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-set" xlink:from="va${i}" xlink:to="va${i}a" name="a"/>
    <variable:variableArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-set" xlink:from="va${i}" xlink:to="va${i}b" name="b"/>
    <variable:variableFilterArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-filter" xlink:from="va${i}a" xlink:to="va${i}ca" complement="false" cover="true"/>
    <variable:variableFilterArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-filter" xlink:from="va${i}b" xlink:to="va${i}cb" complement="false" cover="true"/>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:gen="http://xbrl.org/2008/generic" xmlns:va="http://xbrl.org/2008/assertion/value"
  xmlns:variable="http://xbrl.org/2008/variable" xmlns:cf="http://xbrl.org/2008/filter/concept" xmlns:b="${NS}">
  <gen:link xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
${parts.join('\n')}
  </gen:link>
</link:linkbase>
`;
}

/** An instance of `facts` facts: every concept once per context (`copies` times when duplicates are wanted). */
export function instance(facts: number, copies = 1): string {
  const contexts = Math.ceil(facts / CONCEPTS);
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:b="${NS}">
  <link:schemaRef xlink:type="simple" xlink:href="bench.xsd"/>
  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>`,
  ];
  for (let c = 0; c < contexts; c++) {
    out.push(
      `  <xbrli:context id="x${c}"><xbrli:entity><xbrli:identifier scheme="http://www.kvk.nl/kvk-id">E${c}</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>`,
    );
  }
  let written = 0;
  for (let c = 0; c < contexts; c++) {
    for (let i = 0; i < CONCEPTS && written < facts; i++, written++) {
      for (let k = 0; k < copies; k++) {
        out.push(
          `  <b:${concept(i)} contextRef="x${c}" unitRef="EUR" decimals="0">${(c * 31 + i) % 1000}</b:${concept(i)}>`,
        );
      }
    }
  }
  out.push('</xbrli:xbrl>\n');
  return out.join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sbr-formula-bench-'));
  try {
    writeFileSync(join(dir, 'bench.xsd'), schema());
    writeFileSync(join(dir, 'bench-formula.xml'), formulaLinkbase(ASSERTIONS));
    let t = performance.now();
    const { taxonomy } = loadDts([join(dir, 'bench.xsd')], { resolver: Resolver.create({}) });
    const compileMs = performance.now() - t;
    const model = taxonomy.formula;
    const errors = taxonomy.findings.filter((f) => f.severity === 'error');
    if (!model || model.variableSets.length !== ASSERTIONS || errors.length) {
      throw new Error(
        `generated formula taxonomy did not compile to ${ASSERTIONS} assertions: ${model?.variableSets.length ?? 0}; ${errors.map((f) => f.code + ' ' + f.message).join('; ')}`,
      );
    }
    console.log(`formula bench: ${ASSERTIONS} value assertions discovered and compiled in ${compileMs.toFixed(0)} ms`);
    const times: Record<string, number> = {};
    for (const copies of COPIES) {
      for (const facts of SIZES) {
        const xml = instance(facts, copies);
        const file = join(dir, `instance-${facts}-${copies}.xbrl`);
        writeFileSync(file, xml);
        const inst = loadInstance(parseXml(new Uint8Array(Buffer.from(xml)), file), () => {}, taxonomy);
        const contexts = Math.ceil(facts / CONCEPTS);
        const expected = ASSERTIONS * contexts * copies * copies;
        const runs: number[] = [];
        const cpuRuns: number[] = [];
        let evaluations = 0;
        for (let r = 0; r < RUNS; r++) {
          gc();
          t = performance.now();
          const cpu0 = process.cpuUsage();
          const result = runFormulas(model, taxonomy, inst);
          runs.push(performance.now() - t);
          const cpu = process.cpuUsage(cpu0);
          cpuRuns.push((cpu.user + cpu.system) / 1000);
          evaluations = result.assertions.reduce((n, a) => n + a.satisfied + a.unsatisfied, 0);
          const bad = result.assertions.filter((a) => a.unsatisfied || a.error);
          if (evaluations !== expected || bad.length) {
            throw new Error(
              `${facts} facts x${copies}: expected ${expected} satisfied evaluations, got ${evaluations} (${bad.length} assertions unsatisfied or failed: ${bad
                .slice(0, 3)
                .map((a) => a.id + (a.error ? ' ' + a.error : ''))
                .join(', ')})`,
            );
          }
        }
        const ms = median(runs);
        times[`${facts}x${copies}`] = ms;
        console.log(
          `formula ${facts.toLocaleString('en-US')} facts${copies > 1 ? ` each reported ${copies} times (${(facts * copies).toLocaleString('en-US')} fact elements)` : ''}, ${ASSERTIONS} assertions: ` +
            `${(ms / 1000).toFixed(2)} s median of ${RUNS} (runs ${runs.map((x) => (x / 1000).toFixed(2)).join(', ')}; CPU ${(median(cpuRuns) / 1000).toFixed(2)} s), ${evaluations.toLocaleString('en-US')} evaluations = ${Math.round(evaluations / (ms / 1000)).toLocaleString('en-US')} evaluations/s`,
        );
      }
      if (SIZES.length >= 2) {
        const [lo, hi] = [SIZES[0]!, SIZES[SIZES.length - 1]!];
        console.log(
          `formula scaling${copies > 1 ? ' (duplicates)' : ''}: ${hi.toLocaleString('en-US')}/${lo.toLocaleString('en-US')} facts time ratio ${(times[`${hi}x${copies}`]! / times[`${lo}x${copies}`]!).toFixed(1)} (${hi / lo} = linear)`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
