// The extension ships bundles written in ASCII (scripts/bundle.mjs); code that cannot be escaped safely must fail
// `npm test`, not only the packaging step of a clean-clone CI run.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const { unsafeForAsciiEscape, asciiEscaped } = require(path.join(root, 'scripts', 'asciiEscape.cjs')) as {
  unsafeForAsciiEscape: (source: string) => string | null;
  asciiEscaped: (source: string) => string;
};

describe('bundles written in ASCII', () => {
  const rows: [string, string, boolean][] = [
    ['Chinese in a regular expression', 'const re = /[《》]/;', true],
    ['Chinese in a string and a comment', "// 条\nconst s = '第一条';", true],
    ['ASCII only, String.raw included', 'const re = String.raw`\\d+`;', true],
    ['String.raw in a file holding Chinese', 'const re = new RegExp(String.raw`\\s*《`);', false],
    ['a backslash before a Chinese character', 'const re = /\\《/;', false],
  ];
  for (const [name, source, safe] of rows) {
    it(`${safe ? 'escapes' : 'refuses'} ${name}`, () => {
      assert.strictEqual(unsafeForAsciiEscape(source) === null, safe, String(unsafeForAsciiEscape(source)));
    });
  }

  it('escapes to code that means the same', () => {
    const source = "['〉《x'.replace(/[《》〈〉]/gu, '-'), /^[一-龥]+$/.test('第一条'), '第一条\u{20000}']";
    const escaped = asciiEscaped(source);
    assert.match(escaped, /^[\x00-\x7f]*$/);
    assert.deepStrictEqual(eval(escaped), eval(source));
  });

  it('finds nothing to refuse in the bundles of the server and the client', function () {
    this.timeout(60000);
    const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /check passed/);
  });
});
