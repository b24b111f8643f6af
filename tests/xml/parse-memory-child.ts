/**
 * Child process of parse-attribute-value.test.ts (issue 17), printing one JSON line:
 * - `garbage UNIT COUNT`: parses a document held as a string with one attribute of COUNT repeats of UNIT and gives the
 *   number of scavenges (minor garbage collections) the parse took, with the value's length and first characters;
 * - `external BYTES`: parses BYTES of document bytes (elements with 20-character texts, which the tree keeps as
 *   slices of the decoded text) and gives the external memory the tree keeps alive after a full collection (run with
 *   --expose-gc);
 * - `tree COUNT`: parses COUNT elements of one or two short attributes, every other one with a child, and gives the heap
 *   the tree keeps after a full collection (--expose-gc), per element;
 * - `xhtml COUNT`: the same for an XHTML document of COUNT elements read by parseXhtml (mixed content kept);
 * - `values COUNT`: the same for COUNT contexts whose entity scheme (the same 45 characters) and 15-character
 *   identifier are slices of the decoded text unless the parser copies them.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { parseXhtml, type IxElement } from '../../src/ixbrl/xhtml.js';
import { parseXml, type XmlDocument } from '../../src/xml/parse.js';

const mode = process.argv[2];
if (mode === 'garbage') {
  const [unit, count] = [process.argv[3]!, Number(process.argv[4])];
  const text = `<a b="${unit.repeat(count)}"/>`;
  let scavenges = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
  });
  obs.observe({ entryTypes: ['gc'] });
  // (a million references are 5-6 MB written: above the default attribute limit, raised here so that they are read)
  const value = parseXml(text, 'attr.xml', { maxAttributeLength: 8e6 }).root.attrs.get('b')!;
  // gc entries are delivered asynchronously
  setTimeout(() => {
    obs.disconnect();
    process.stdout.write(JSON.stringify({ scavenges, length: value.length, head: value.slice(0, 4) }));
  }, 50);
} else if (mode === 'tree') {
  const count = Number(process.argv[3]);
  const item = (i: number) => (i % 2 ? `<f id="f${i}" n="1"><g a="x"/></f>\n` : `<f id="f${i}">1</f>\n`);
  const parts = ['<r>\n'];
  for (let i = 0; i < count / 1.5; i++) parts.push(item(i));
  const bytes = new TextEncoder().encode(parts.join('') + '</r>\n');
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const doc: XmlDocument = parseXml(bytes, 'tree.xml');
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  let elements = 0;
  const walk = (e: XmlDocument['root']): void => {
    elements++;
    e.children.forEach(walk);
  };
  walk(doc.root);
  process.stdout.write(JSON.stringify({ elements, bytesPerElement: Math.round(heap / elements) }));
} else if (mode === 'values') {
  const count = Number(process.argv[3]);
  const parts = ['<r>\n'];
  for (let i = 0; i < count; i++)
    parts.push(
      `<context id="c${i}"><identifier scheme="http://www.example.com/entity-identifier/scheme">${String(1e14 + i)}</identifier></context>\n`,
    );
  const bytes = new TextEncoder().encode(parts.join('') + '</r>\n');
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const doc: XmlDocument = parseXml(bytes, 'values.xml');
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  const id = doc.root.children[count - 1]!.children[0]!;
  process.stdout.write(
    JSON.stringify({
      text: id.text,
      bytesPerContext: Math.round(heap / count),
      fileBytesPerContext: Math.round(bytes.length / count),
    }),
  );
} else if (mode === 'xhtml') {
  const count = Number(process.argv[3]);
  const parts = ['<html xmlns="http://www.w3.org/1999/xhtml"><body>\n'];
  for (let i = 0; i < count / 3; i++) parts.push(`<p class="c">Line ${i} <span>of <b>text</b></span></p>\n`);
  const bytes = new TextEncoder().encode(parts.join('') + '</body></html>\n');
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const doc = parseXhtml(bytes, 'page.html');
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  let elements = 0;
  const walk = (e: IxElement): void => {
    elements++;
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(doc.root);
  process.stdout.write(JSON.stringify({ elements, bytesPerElement: Math.round(heap / elements) }));
} else {
  const size = Number(process.argv[3]);
  const item = '<t>text of twenty ch</t>\n';
  const bytes = new TextEncoder().encode(`<r>\n${item.repeat(Math.floor(size / item.length))}</r>\n`);
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().external;
  const doc: XmlDocument = parseXml(bytes, 'texts.xml');
  gc();
  const external = process.memoryUsage().external - before;
  process.stdout.write(JSON.stringify({ external, bytes: bytes.length, children: doc.root.children.length }));
}
