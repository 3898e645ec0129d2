// Diagnostics are the engine's problems; while the corpus is still indexing, no title is said to be missing.
import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { BEIJIANG, indexingCorpus, kit, rangeOf, ServiceKit } from './serviceKit';

const UNKNOWN = '依照《尚未加载的测试条例》第三条处理。\n依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第九百条处理。';

describe('service: diagnostics', () => {
  it('reports an unknown regulation once the corpus is loaded', () => {
    const o = kit().open(UNKNOWN);
    const ds = kit().service.diagnostics(o.doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.range]), [
      ['unknown-regulation', rangeOf(o.text, '《尚未加载的测试条例》第三条')],
      ['unknown-article', rangeOf(o.text, `《${BEIJIANG}》第九百条`)],
    ]);
    assert.strictEqual(ds[1].severity, DiagnosticSeverity.Error);
    assert.ok(ds.every((d) => d.source === 'lawcite'));
  });

  it('omits unknown-regulation while the corpus is indexing, and keeps the others', () => {
    const loading = new ServiceKit({ corpus: indexingCorpus(3, 10) });
    const ds = loading.service.diagnostics(loading.open(UNKNOWN).doc);
    assert.deepStrictEqual(ds.map((d) => d.code), ['unknown-article']);
  });

  it('reports a missing 款 with the count the article has', () => {
    const o = kit().open(`依照《${BEIJIANG}》第六条第五款处理。`);
    const ds = kit().service.diagnostics(o.doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.message]), [['unknown-paragraph', `《${BEIJIANG}》第六条没有第五款（共三款）`]]);
  });

  it('gives the Arabic-numeral check the severity the settings ask for (a warning by default), or none', () => {
    const text = `依照《${BEIJIANG}》第64条处理。`;
    const warn = kit().service.diagnostics(kit().open(text).doc);
    assert.deepStrictEqual(warn.map((d) => [d.code, d.severity, d.range]), [['arabic-numerals', DiagnosticSeverity.Warning, rangeOf(text, '64')]]);
    const hint = new ServiceKit({ settings: { arabicNumerals: 'hint' } });
    assert.deepStrictEqual(hint.service.diagnostics(hint.open(text).doc).map((d) => d.severity), [DiagnosticSeverity.Hint]);
    const off = new ServiceKit({ settings: { arabicNumerals: 'off' } });
    assert.deepStrictEqual(off.service.diagnostics(off.open(text).doc), []);
  });

  it('messages in English when the settings ask for it', () => {
    const en = new ServiceKit({ locale: 'en' });
    const [d] = en.service.diagnostics(en.open(`依照《${BEIJIANG}》第九百条处理。`).doc);
    assert.match(String(d.message), /has no/i);
  });

  it('has nothing to say about a draft whose self references all resolve', () => {
    const o = kit().open('测试办法\n\n第一条 为了测试，制定本办法。\n第二条 违反本办法第一条的，依法处理。\n');
    assert.deepStrictEqual(kit().service.diagnostics(o.doc), []);
  });
});
