// Findings of every variation of the XBRL 2.1 and XDT conformance suites, as JSON lines, from a given build (dist/):
// the same validate() call as `sbr conformance` (variationInputs, variationFormulaOptions, --cache
// ../shared/xbrl-schemas, XML Schema validation on), in one process, one variation after the other, so that what
// one variation leaves in the process-wide caches is what the next one finds. Used to check that a change to the
// suites' speed leaves every finding unchanged (issue 14):
//
//   node bench/suite-findings.mjs /path/to/other/dist > before.jsonl
//   node bench/suite-findings.mjs dist > after.jsonl && cmp before.jsonl after.jsonl
//
// Prints the process's CPU time (user + system) for the validate() calls on stderr.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const shared = resolve(process.env.SBR_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const suites = (process.argv[3] ?? 'xbrl21,xdt').split(',');
const index = {
  xbrl21: 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml',
  xdt: 'conformance/xdt/xdt-conf-cr4-2009-10-06/xdt.xml',
};
const load = (m) => import(pathToFileURL(resolve(dist, m)).href);
const { readSuite } = await load('conformance/index.js');
const { variationInputs, variationFormulaOptions } = await load('conformance/formula.js');
const { validate } = await load('validate/node.js');
// a build with the document cache: as wide as a conformance run makes it
const cache = await load('xml/document-cache.js').catch(() => undefined);
cache?.configureDocumentCache({ scope: 'all', maxBytes: 64 * 1024 * 1024 });

const opts = { caches: [resolve(shared, 'xbrl-schemas')], schemaValidation: true };
const relative = (s) => s.split(shared).join('$SHARED');
let cpu = 0;
for (const suite of suites) {
  for (const v of readSuite(resolve(shared, index[suite]))) {
    const t = process.cpuUsage();
    let out;
    try {
      const r = await validate(variationInputs(v), { ...opts, formula: variationFormulaOptions(v) });
      out = { findings: r.findings };
    } catch (e) {
      out = { thrown: e?.finding ?? String(e) };
    }
    const d = process.cpuUsage(t);
    cpu += d.user + d.system;
    process.stdout.write(relative(JSON.stringify({ id: v.id, ...out })) + '\n');
  }
}
process.stderr.write(`${suites.join('+')}: ${(cpu / 1e6).toFixed(1)} s CPU in validate()\n`);
