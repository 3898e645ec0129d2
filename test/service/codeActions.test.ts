// Code actions are the engine's fixes for the diagnostics under the range.
import * as assert from 'assert';
import { BEIJIANG, indexingCorpus, kit, rangeOf, ServiceKit } from './serviceKit';

const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 200 } };

describe('service: codeActions', () => {
  it('rewrites Arabic article numbers in Chinese', () => {
    const o = kit().open(`依照《${BEIJIANG}》第64条处理。`);
    const [action, ...rest] = kit().service.codeActions(o.doc, whole);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(action.title, '改为“六十四”');
    assert.strictEqual(action.kind, 'quickfix');
    assert.strictEqual(action.isPreferred, true);
    assert.deepStrictEqual(action.edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, '64'), newText: '六十四' }] } });
  });

  it('replaces a misspelt title by the corpus title', () => {
    const o = kit().open('依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条列》第三条处理。');
    const [action] = kit().service.codeActions(o.doc, whole);
    assert.deepStrictEqual(action.edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条列'), newText: BEIJIANG }] } });
    assert.strictEqual(action.diagnostics?.[0].code, 'unknown-regulation');
  });

  it('cites the successor of a repealed law, at the article found by text', () => {
    const o = kit().open('依照《个体工商户条例》第二条处理。');
    const actions = kit().service.codeActions(o.doc, whole);
    assert.strictEqual(actions.length, 1, JSON.stringify(actions));
    assert.strictEqual(actions[0].title, '改为引用现行法：《促进个体工商户发展条例》第六条');
    assert.strictEqual(actions[0].diagnostics?.[0].code, 'repealed');
    assert.deepStrictEqual(actions[0].edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, '《个体工商户条例》第二条'), newText: '《促进个体工商户发展条例》第六条' }] } });
  });

  it('adds 《》 around a full title written without them', () => {
    const o = kit().open(`依照${BEIJIANG}第三条处理。`);
    const [action] = kit().service.codeActions(o.doc, whole);
    assert.deepStrictEqual(action.edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, BEIJIANG), newText: `《${BEIJIANG}》` }] } });
  });

  it('offers one fix per candidate of an ambiguous title', () => {
    const o = kit().open('依照《促进条例》第三条处理。');
    const actions = kit().service.codeActions(o.doc, whole);
    assert.strictEqual(actions.length, 6);
    assert.ok(actions.some((a) => a.title === `改为《${BEIJIANG}》`));
  });

  it('offers nothing outside the diagnostic’s range, nor for another kind than quickfix', () => {
    const o = kit().open(`首行。\n依照《${BEIJIANG}》第64条处理。`);
    assert.deepStrictEqual(kit().service.codeActions(o.doc, whole), []);
    const line1 = { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } };
    assert.strictEqual(kit().service.codeActions(o.doc, line1).length, 1);
    assert.deepStrictEqual(kit().service.codeActions(o.doc, line1, ['refactor']), []);
  });

  it('offers no title fix while the corpus is still indexing', () => {
    const loading = new ServiceKit({ corpus: indexingCorpus() });
    const o = loading.open('依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条列》第三条处理。');
    assert.deepStrictEqual(loading.service.codeActions(o.doc, whole), []);
  });
});
