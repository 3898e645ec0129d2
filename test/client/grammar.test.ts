// The citation grammar (syntaxes/) marks titles, article numbers, 款/项 and context references. Its patterns use
// only syntax that JavaScript and Oniguruma read alike, so they are checked here with RegExp.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/lawcite-citations.tmLanguage.json'), 'utf8'));

function matches(rule: string, text: string): string[] {
  return [...text.matchAll(new RegExp(grammar.repository[rule].match, 'g'))].map((m) => m[0]);
}

describe('citation grammar', () => {
  const text = '根据《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六十四条第二款第（三）项和该条例第10条之一、前款规定';

  it('marks titles in 《》', () => {
    assert.deepStrictEqual(matches('title', text), ['《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》']);
  });

  it('marks article numbers in Chinese and Arabic numerals, with 之N', () => {
    assert.deepStrictEqual(matches('article', text), ['第六十四条', '第10条之一']);
  });

  it('marks 款 and 项', () => {
    assert.deepStrictEqual(matches('paragraph', text), ['第二款']);
    assert.deepStrictEqual(matches('item', text), ['第（三）项']);
  });

  it('marks references resolved from context', () => {
    assert.deepStrictEqual(matches('reference', text), ['该条例', '前款']);
  });

  it('is injected into Markdown and used for plain text', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const grammars = manifest.contributes.grammars as { path: string; injectTo?: string[]; language?: string }[];
    assert.ok(grammars.some((g) => g.injectTo?.includes('text.html.markdown')));
    assert.ok(grammars.some((g) => g.language === 'plaintext'));
    for (const g of grammars) assert.ok(fs.existsSync(path.join(root, g.path)), g.path);
  });
});
