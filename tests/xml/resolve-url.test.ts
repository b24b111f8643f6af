import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../src/xml/parse.js';

// RFC 3986 section 5.2 with file paths as references and bases (src/xml/parse.ts resolveUrl docstring).
describe('resolveUrl: absolute paths, network paths and Windows paths', () => {
  it.each([
    ['/abs/x.xsd', 'v.xbrl', '/abs/x.xsd'],
    ['/abs/x.xsd', 'dir/v.xbrl', '/abs/x.xsd'],
    ['/abs/x.xsd', '/d/v.xbrl', '/abs/x.xsd'],
    ['/abs/x.xsd#A', 'dir/v.xbrl', '/abs/x.xsd#A'],
    ['\\abs\\x.xsd', 'v.xbrl', '/abs/x.xsd'],
    ['/abs/x.xsd', 'C:\\d\\v.xbrl', 'C:/abs/x.xsd'],
    ['/abs/x.xsd', 'file:///d/v.xbrl', 'file:///abs/x.xsd'],
    ['/abs/x.xsd', 'http://e.com/a/v.xbrl', 'http://e.com/abs/x.xsd'],
  ])('absolute path %s against %s is %s', (href, base, want) => {
    expect(resolveUrl(href, base)).toBe(want);
  });

  it.each([
    ['//host/x.xsd', 'v.xbrl', '//host/x.xsd'],
    ['//host/x.xsd', '/d/v.xbrl', '//host/x.xsd'],
    ['\\\\host\\share\\x.xsd', 'v.xbrl', '//host/share/x.xsd'],
    ['//host/x.xsd', 'file:///d/v.xbrl', 'file://host/x.xsd'],
    ['//host/x.xsd', 'http://e.com/a/v.xbrl', 'http://host/x.xsd'],
  ])('network path %s against %s keeps its host: %s', (href, base, want) => {
    expect(resolveUrl(href, base)).toBe(want);
  });

  it.each([
    ['C:\\x\\y.xsd', 'v.xbrl', 'C:/x/y.xsd'],
    ['C:\\x\\y.xsd', '/d/v.xbrl', 'C:/x/y.xsd'],
    ['C:/x/y.xsd', 'dir/v.xbrl', 'C:/x/y.xsd'],
    ['C:\\x\\y.xsd', 'D:\\d\\v.xbrl', 'C:/x/y.xsd'],
    ['C:\\x\\y.xsd#A', 'v.xbrl', 'C:/x/y.xsd#A'],
    ['C:\\x\\y.xsd', 'file:///d/v.xbrl', 'file:///C:/x/y.xsd'],
    // an http document cannot name a local file: the href stays as written (scheme "c:"), the resolver won't find it
    ['C:\\x\\y.xsd', 'http://e.com/a/v.xbrl', 'C:\\x\\y.xsd'],
  ])('Windows path %s against %s is the path %s', (href, base, want) => {
    expect(resolveUrl(href, base)).toBe(want);
  });

  it('keeps relative resolution as it was', () => {
    expect(resolveUrl('x.xsd', 'v.xbrl')).toBe('x.xsd');
    expect(resolveUrl('x.xsd', '/d/v.xbrl')).toBe('/d/x.xsd');
    expect(resolveUrl('../x.xsd', '/d/e/v.xbrl')).toBe('/d/x.xsd');
    expect(resolveUrl('../../../x.xsd', '/d/v.xbrl')).toBe('/x.xsd');
    expect(resolveUrl('../x.xsd', 'a/b/v.xbrl')).toBe('a/x.xsd');
    expect(resolveUrl('./x.xsd', 'a/./b/v.xbrl')).toBe('a/b/x.xsd');
    expect(resolveUrl('y.xsd', 'C:\\d\\v.xbrl')).toBe('C:/d/y.xsd');
    expect(resolveUrl('x%20y.xsd', 'd/v.xbrl')).toBe('d/x y.xsd');
    expect(resolveUrl('', 'd/v.xbrl')).toBe('d/v.xbrl');
    expect(resolveUrl('x.xsd', 'http://e.com/a/v.xbrl')).toBe('http://e.com/a/x.xsd');
  });

  it.each([
    ['../../x.xsd', 'a/v.xbrl', '../x.xsd'],
    ['x.xsd', '../v.xbrl', '../x.xsd'],
    ['../x.xsd', '../d/v.xbrl', '../x.xsd'],
    ['../x.xsd', '../v.xbrl', '../../x.xsd'],
    ['a/../../x.xsd#A', 'v.xbrl', '../x.xsd#A'],
    ['%2e%2e/x.xsd', 'v.xbrl', '../x.xsd'],
    ['..\\x.xsd', 'v.xbrl', '../x.xsd'],
  ])('against a relative base, %s against %s climbs above it: %s', (href, base, want) => {
    expect(resolveUrl(href, base)).toBe(want);
  });

  it('leaves a malformed percent escape in a file path as written instead of throwing', () => {
    expect(resolveUrl('%zz.xsd', 'd/v.xbrl')).toBe('d/%zz.xsd');
    expect(resolveUrl('a%20b%zz.xsd', '/d/v.xbrl')).toBe('/d/a b%zz.xsd');
  });
});
