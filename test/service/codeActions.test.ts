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

  it('for a law not in the corpus because a law of it repealed it (《合同法》): one warning, and a search of the successor', () => {
    const searching = new ServiceKit({ commands: ['lawcite.searchArticles'] });
    const o = searching.open('依照《合同法》第五十二条认定合同效力。');
    const ds = searching.service.diagnostics(o.doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.severity]), [['repealed', 2]], 'not also “法规库中没有《合同法》，无法核对该引用”');
    const actions = searching.service.codeActions(o.doc, whole);
    assert.deepStrictEqual(actions.map((a) => [a.title, a.command?.arguments]), [['在《民法典》中搜索相应规定…', [{ query: '民法典' }]]]);
    // A title the corpus never had keeps its search of the title written.
    const other = searching.open('依照《某某不存在的法》第五十二条办理。');
    assert.deepStrictEqual(searching.service.codeActions(other.doc, whole).map((a) => a.title), ['搜索条文：“某某不存在的法”…']);
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

describe('service: quick fixes for the citation under the cursor', () => {
  const vscode = () => new ServiceKit({ commands: ['lawcite.searchArticles', 'lawcite.setDefaultRegulation'] });
  const at = (o: { text: string }, needle: string, delta = 1) => {
    const r = rangeOf(o.text, needle);
    const p = { line: r.start.line, character: r.start.character + delta };
    return { start: p, end: p };
  };

  it('offers the nearest existing articles for a missing one: the digit swap, then the last article, each title showing the result and its words', () => {
    const k = vscode();
    const o = k.open(`依照《${BEIJIANG}》第九十八条处理。`);
    const actions = k.service.codeActions(o.doc, at(o, '第九十八条'));
    const fixes = actions.filter((a) => a.edit);
    assert.deepStrictEqual(fixes.map((a) => a.title), [
      `改为“《${BEIJIANG}》第八十九条”（最后一条） — 本条例自 2023 年 9 月 1 日起施行。`,
      `改为“《${BEIJIANG}》第八十八条” — 在筑牢祖国北疆安全稳定屏障工作中玩忽职守、滥用职…`,
    ]);
    assert.deepStrictEqual(fixes[0].edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, '九十八'), newText: '八十九' }] } });
    const search = actions.find((a) => a.command?.command === 'lawcite.searchArticles');
    assert.ok(search, 'and 搜索条文…');
    assert.strictEqual(search.title, `搜索条文：“${BEIJIANG}”…`);
  });

  it('offers one-digit slips (nearest first) before the last article, keeping Arabic numerals Arabic', () => {
    const o = kit().open(`依照《${BEIJIANG}》第120条处理。`);
    const titles = kit().service.codeActions(o.doc, at(o, '120')).filter((a) => a.diagnostics?.[0].code === 'unknown-article').map((a) => a.title);
    assert.deepStrictEqual(titles.map((t) => t.replace(/ — .*/, '')), [`改为“《${BEIJIANG}》第20条”`, `改为“《${BEIJIANG}》第12条”`, `改为“《${BEIJIANG}》第89条”（最后一条）`]);
  });

  it('fixes only the citation under the cursor, never another one on the same line', () => {
    const o = kit().open(`依照《${BEIJIANG}》第九十八条处理，依照该条例第64条执行。`);
    const onFirst = kit().service.codeActions(o.doc, at(o, '第九十八条'));
    assert.ok(onFirst.length > 0);
    assert.ok(onFirst.every((a) => a.diagnostics?.[0].code === 'unknown-article'), onFirst.map((a) => a.title).join(' | '));
    const onSecond = kit().service.codeActions(o.doc, at(o, '第64条'));
    assert.deepStrictEqual(onSecond.map((a) => a.title), ['改为“六十四”']);
    const onText = kit().service.codeActions(o.doc, at(o, '处理'));
    assert.deepStrictEqual(onText, []);
  });

  it('names a regulation for a bare 第X条: the short title the draft defines, the laws it cites; 设为默认法规 for each; 搜索条文', () => {
    const k = vscode();
    const o = k.open(`第六条规定的事项，由各部门办理。\n\n依照《${BEIJIANG}》（以下简称《条例》）执行。`);
    const actions = k.service.codeActions(o.doc, at(o, '第六条'));
    assert.deepStrictEqual(actions.map((a) => a.title.replace(/ — .*/, '')), [
      '改为“《条例》第六条”',
      `设为默认法规：《${BEIJIANG}》（第六条：各级人民政府负责本行政区域内筑牢祖国北疆…）`,
      '搜索条文：“第六条”…',
    ]);
    assert.deepStrictEqual(actions[0].edit, { changes: { [o.uri]: [{ range: rangeOf(o.text, '第六条'), newText: '《条例》第六条' }] } });
    assert.deepStrictEqual(actions[1].command, { title: '设为默认法规', command: 'lawcite.setDefaultRegulation', arguments: [BEIJIANG] });
    assert.deepStrictEqual(actions[2].command, { title: '搜索条文', command: 'lawcite.searchArticles', arguments: [{ query: '第六条' }] });
  });

  it('offers no command actions to a client that has not declared the commands', () => {
    const o = kit().open(`第六条规定的事项，由各部门办理。\n\n依照《${BEIJIANG}》（以下简称《条例》）执行。`);
    const actions = kit().service.codeActions(o.doc, at(o, '第六条'));
    assert.ok(actions.length > 0 && actions.every((a) => !a.command), actions.map((a) => a.title).join(' | '));
  });

  it('lawcite.defaultRegulation (the setting 设为默认法规 writes) resolves the bare 第X条', () => {
    const k = new ServiceKit({ settings: { defaultRegulation: BEIJIANG } });
    const o = k.open('第六条规定的事项，由各部门办理。');
    assert.strictEqual(k.service.analysis(o.doc).citations[0].status, 'resolved');
    assert.deepStrictEqual(k.service.codeActions(o.doc, at(o, '第六条')), []);
  });
});
