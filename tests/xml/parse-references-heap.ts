/**
 * Child process of parse-references.test.ts (run with --expose-gc): parses a document whose attribute (`attr`) or
 * text (`text`) holds `count` character references, keeps the tree, and prints the heap the parse retained after a
 * full garbage collection, in bytes.
 */
import { parseXml } from '../../src/xml/parse.js';

const [kind, count] = [process.argv[2], Number(process.argv[3])];
const refs = '&#x41;'.repeat(count);
const text = kind === 'attr' ? `<a b="${refs}"/>` : `<a>${refs}</a>`;
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const before = process.memoryUsage().heapUsed;
// (6 MB written: above the default attribute limit, raised here so that the value is read; the text has no limit)
const doc = parseXml(text, 'refs.xml', { maxAttributeLength: 8e6 });
gc();
const retained = process.memoryUsage().heapUsed - before;
const value = kind === 'attr' ? doc.root.attrs.get('b') : doc.root.text;
process.stdout.write(JSON.stringify({ retained, length: value?.length }));
