// References: every citation in the workspace bound to the same article (by the engine's bindings).
import * as assert from 'assert';
import { GLUED } from './drafts';
import { BEIJIANG, BEIJIANG_FILE, fileLines, lineStartingWith, positionOf, rangeOf, ServiceKit } from './serviceKit';
import { pathToUri } from '../../server/src/service/uris';

describe('service: references', () => {
  it('finds citations of the same article in every open draft, however the title is written', async () => {
    const k = new ServiceKit();
    const a = k.open(`依照《${BEIJIANG}》第六十四条办理。`);
    const b = k.open(`根据《筑牢祖国北疆安全稳定屏障促进条例》第六十四条第一款和第六十五条。`);
    const c = k.open(`依照《${BEIJIANG}》（以下简称《北疆条例》）。\n另见《北疆条例》第六十三条至第六十五条。`);
    const refs = await k.service.references(a.doc, positionOf(a.text, '第六十四条', 1), false);
    assert.deepStrictEqual(refs, [
      { uri: a.uri, range: rangeOf(a.text, `《${BEIJIANG}》第六十四条`) },
      { uri: b.uri, range: rangeOf(b.text, '《筑牢祖国北疆安全稳定屏障促进条例》第六十四条第一款和第六十五条') },
      { uri: c.uri, range: rangeOf(c.text, '《北疆条例》第六十三条至第六十五条') },
    ]);
  });

  it('includes the article’s label in the corpus file as the declaration', async () => {
    const k = new ServiceKit();
    const a = k.open(`依照《${BEIJIANG}》第六十四条办理。`);
    const refs = (await k.service.references(a.doc, positionOf(a.text, '第六十四条', 1), true))!;
    const line = lineStartingWith(fileLines(BEIJIANG_FILE), '第六十四条');
    assert.deepStrictEqual(refs[0], { uri: pathToUri(BEIJIANG_FILE), range: { start: { line, character: 0 }, end: { line, character: 5 } } });
    assert.strictEqual(refs.length, 2);
  });

  it('keeps a draft’s own 第二条 apart from another draft’s', async () => {
    const k = new ServiceKit();
    const a = k.open(GLUED + '第四条依照本办法第二条执行。\n');
    k.open(GLUED);
    const refs = await k.service.references(a.doc, positionOf(a.text, '本办法第二条', 4), false);
    assert.deepStrictEqual(refs, [
      { uri: a.uri, range: rangeOf(a.text, '本办法第二条', 0) },
      { uri: a.uri, range: rangeOf(a.text, '本办法第二条', 1) },
    ]);
  });

  it('gives nothing outside a citation', async () => {
    const k = new ServiceKit();
    const a = k.open('这里没有引用。');
    assert.strictEqual(await k.service.references(a.doc, { line: 0, character: 1 }, true), null);
  });
});
