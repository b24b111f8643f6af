/**
 * Messages quote at most 1,000 characters of a long value (issue 17): a fuzzed contextRef of a million characters was
 * copied whole into the finding's message, the report and the JSON output (1,000,157 characters of message). A string
 * param longer than 4,096 characters is cut (src/messages/index.ts `quotable`); shorter ones are quoted as before.
 */
import { describe, expect, it } from 'vitest';
import { englishMessage, paramFinding, renderMessage } from '../../src/messages/index.js';

const CODE = 'xbrl.4.6.1:itemContextRef';

describe('long values in messages', () => {
  it('a million-character contextRef: its first 1,000 characters and its length, in English and Dutch', () => {
    const context = '\u00e9'.repeat(1_000_000);
    const f = paramFinding(CODE, 'error', { concept: 'Email usage', context }, { file: 'a.xml', line: 3, column: 5 });
    expect(f.message).toBe(
      `Email usage refers to context '${'\u00e9'.repeat(1000)}… (1,000,000 characters)', which does not exist in this instance`,
    );
    expect(f.params!['context']).toBe(context); // the params keep the value
    expect(renderMessage(CODE, { concept: 'E', context }, 'nl')).toContain(
      `'${'\u00e9'.repeat(1000)}… (1.000.000 tekens)'`,
    );
  });

  it('4,096 characters are quoted whole, 4,097 are cut', () => {
    const at = 'a'.repeat(4096);
    expect(englishMessage(CODE, { concept: 'C', context: at })).toContain(`'${at}'`);
    expect(englishMessage(CODE, { concept: 'C', context: at + 'b' })).toContain(
      `'${'a'.repeat(1000)}… (4,097 characters)'`,
    );
  });

  it('a surrogate pair at the cut is not split', () => {
    const context = 'a'.repeat(999) + '\u{1F600}'.repeat(3000);
    expect(englishMessage(CODE, { concept: 'C', context })).toContain(`'${'a'.repeat(999)}… (6,999 characters)'`);
  });
});
