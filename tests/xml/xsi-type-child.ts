/**
 * Child process of instance-namespaces.test.ts (issue 17), printing `{"result": ..., "growthMB": N}`: how far the peak
 * RSS rose while decoding a million `&amp;` (a mutated filing's 5 MB attribute):
 * - `xsi`: `usesXsiType` on a document whose default namespace name is that value (result: boolean);
 * - `unescape`: `unescapeAttr` of the value (result: the decoded length).
 */
import { unescapeAttr } from '../../src/xml/schema-prepare.js';
import { usesXsiType } from '../../src/xml/schema-validate.js';

const value = '&amp;'.repeat(1_000_000);
const before = process.resourceUsage().maxRSS;
const result =
  process.argv[2] === 'unescape'
    ? unescapeAttr(value).length
    : usesXsiType(`<x:a xmlns="${value}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"/>`);
process.stdout.write(
  JSON.stringify({ result, growthMB: Math.round((process.resourceUsage().maxRSS - before) / 1024) }),
);
