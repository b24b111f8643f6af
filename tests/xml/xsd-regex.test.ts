import { describe, expect, it } from 'vitest';
import { xsdRegex } from '../../src/xml/xsd-regex.js';

const ok = (p: string, s: string) => expect(xsdRegex(p).test(s), `${p} should match '${s}'`).toBe(true);
const no = (p: string, s: string) => expect(xsdRegex(p).test(s), `${p} should not match '${s}'`).toBe(false);

describe('xsdRegex', () => {
  it('is implicitly anchored and uses the u flag', () => {
    const re = xsdRegex('[0-9]{6}');
    expect(re.flags).toContain('u');
    ok('[0-9]{6}', '123456');
    no('[0-9]{6}', '12345');
    no('[0-9]{6}', '1234567');
    no('[0-9]{6}', '日本人中國的');
    no('abc', 'xabcx');
    ok('a|bc', 'bc');
    no('a|bc', 'abc'); // anchoring covers the whole alternation
  });

  it('treats ^ and $ as ordinary characters', () => {
    ok('^a$', '^a$');
    no('^a$', 'a');
    ok('[$^]+', '$^$');
  });

  it('supports \\i \\c \\I \\C name escapes', () => {
    ok('\\i\\c*', 'abc-1.x');
    ok('\\i\\c*', '_x:y');
    ok('\\i\\c*', 'été');
    no('\\i\\c*', '1abc');
    no('\\i\\c*', '-abc');
    no('\\i\\c*', 'a b');
    ok('\\I', '1');
    no('\\I', 'a');
    ok('\\C', ' ');
    no('\\C', '.');
  });

  it('supports \\d \\w \\s and their complements with XSD (Unicode) meaning', () => {
    ok('\\d+', '٣٤'); // Arabic-Indic digits are Nd
    no('\\d', 'a');
    ok('\\D', 'a');
    ok('\\w+', 'aé日'); // letters of any script
    no('\\w', '.'); // punctuation
    no('\\w', ' ');
    ok('\\W', '!');
    ok('\\s', '\t');
    no('\\s', '\u00A0'); // NBSP is not XSD whitespace
    ok('\\S', '\u00A0');
    ok('a.b', 'a\tb');
    no('a.b', 'a\nb');
  });

  it('supports block escapes and categories', () => {
    ok('\\p{IsBasicLatin}+', 'Hello, World!');
    no('\\p{IsBasicLatin}+', 'héllo');
    ok('\\P{IsBasicLatin}', 'é');
    ok('\\p{IsLatin-1Supplement}', 'é');
    ok('\\p{IsCJKUnifiedIdeographs}+', '日本人');
    ok('\\p{Lu}\\p{Ll}+', 'Abc');
    no('\\p{Lu}', 'a');
    ok('\\P{L}', '1');
    ok('[\\p{Lu}\\d]+', 'AB12');
    ok('[^\\p{IsBasicLatin}]', '€');
    no('[^\\p{IsBasicLatin}]', 'e');
  });

  it('supports character class subtraction', () => {
    ok('[a-z-[aeiou]]+', 'bcdfg');
    no('[a-z-[aeiou]]+', 'bca');
    ok('[a-z-[aeiou-[e]]]', 'e'); // nested subtraction adds e back
    no('[a-z-[aeiou-[e]]]', 'a');
    ok('[\\w-[\\d]]+', 'abc');
    no('[\\w-[\\d]]+', 'ab1');
    ok('[^a-c-[x]]', 'z');
    no('[^a-c-[x]]', 'x');
    no('[^a-c-[x]]', 'b');
    ok('[a-z-[aeiou]]{2}', 'xz');
  });

  it('handles negated groups holding complemented escapes, dashes and escapes', () => {
    ok('[^a\\S]', ' ');
    no('[^a\\S]', 'b');
    ok('[\\S]', 'x');
    ok('[-a]+', '-a-');
    ok('[a-]+', '-a');
    ok('[\\-+]', '-');
    ok('\\.\\*\\?\\+\\(\\)\\{\\}\\[\\]\\|\\^\\\\', '.*?+(){}[]|^\\');
    ok('\\n\\t', '\n\t');
    ok('[\\]\\[]+', '][');
  });

  it('supports quantifiers and groups', () => {
    ok('(ab){2,3}', 'abababab'.slice(0, 6));
    no('(ab){2,3}', 'ab');
    ok('a{2,}', 'aaaaa');
    ok('a{0}b', 'b');
    ok('(a|)b', 'b');
    ok('', '');
    no('', 'a');
    ok('\\d{1,3}(\\.\\d{3})*', '1.234.567');
  });

  it('matches astral characters as single code points', () => {
    ok('.', '😀');
    ok('[😀-😂]', '😁');
    ok('\\p{IsBasicLatin}?.', '😀');
  });

  it('rejects invalid XSD patterns', () => {
    for (const p of [
      '(',
      'a)',
      '[a',
      '[]',
      'a**',
      'a+?',
      '*',
      '{1}',
      'a{2,1}',
      'a{,3}',
      '\\x',
      '\\$',
      '\\p{Foo}',
      '\\p{IsNoSuchBlock}',
      '[z-a]',
      '[a-c-e]',
      '[\\d-z]',
      '[a[b]',
      '(?:a)',
      ']',
    ]) {
      expect(() => xsdRegex(p), p).toThrow();
    }
  });

  it('caches compiled patterns', () => {
    expect(xsdRegex('[A-Z]{3}')).toBe(xsdRegex('[A-Z]{3}'));
  });
});
