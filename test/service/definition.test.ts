// Definition goes where the engine bound each target: article label, 款 line, 项 range, division heading.
import * as assert from 'assert';
import { GLUED, INLINE_ITEMS } from './drafts';
import {
  ARABIC_CHAPTERS_FILE, assertLocations, BEIJIANG, BEIJIANG_FILE, fileLines, kit, lineStartingWith, positionOf, rangeOf,
} from './serviceKit';
import { pathToUri } from '../../server/src/service/uris';

const beijiang = fileLines(BEIJIANG_FILE);
const beijiangUri = pathToUri(BEIJIANG_FILE);
const label = (lines: string[], text: string) => {
  const line = lineStartingWith(lines, text);
  return { start: { line, character: 0 }, end: { line, character: text.length } };
};

describe('service: definition', () => {
  it('lands on the 第二条 label of a draft whose labels are glued to their text', () => {
    const o = kit().open(GLUED);
    const locs = kit().definition(o, positionOf(o.text, '本办法第二条', 4));
    assertLocations(locs, [{ uri: o.uri, range: rangeOf(o.text, '第二条') }]);
    assert.strictEqual(locs![0].range.start.line, 3);
  });

  it('goes to the cited 项 inside the article’s line', () => {
    const o = kit().open(INLINE_ITEMS);
    const locs = kit().definition(o, positionOf(o.text, '本办法第四条第（二）项', 8));
    assertLocations(locs, [{ uri: o.uri, range: rangeOf(o.text, '（二）乙；') }]);
  });

  it('jumps to a 第2章 heading for a citation of 第二章 (not line 0)', () => {
    const o = kit().open('依照《阿拉伯数字章节测试条例》第二$0章的规定。');
    assertLocations(kit().definition(o), [{ uri: pathToUri(ARABIC_CHAPTERS_FILE), range: label(fileLines(ARABIC_CHAPTERS_FILE), '第2章 管理') }]);
  });

  it('returns all four articles of 第二十条至第二十三条', () => {
    const o = kit().open(`依照《${BEIJIANG}》第二十$0条至第二十三条的规定。`);
    assertLocations(
      kit().definition(o),
      ['第二十条', '第二十一条', '第二十二条', '第二十三条'].map((l) => ({ uri: beijiangUri, range: label(beijiang, l) })),
    );
  });

  it('goes to the line of the cited 款', () => {
    const o = kit().open(`依照《${BEIJIANG}》第六条第二$0款办理。`);
    const locs = kit().definition(o)!;
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(locs[0].uri, beijiangUri);
    assert.strictEqual(locs[0].range.start.line, lineStartingWith(beijiang, '监察委员会、人民法院、人民检察院应当按照各自职责'));
  });

  it('goes to an article of a title shortened by the corpus (no 内蒙古自治区)', () => {
    const o = kit().open('依照《筑牢祖国北疆安全稳定屏障促进条例》第六十四$0条办理。');
    assertLocations(kit().definition(o), [{ uri: beijiangUri, range: label(beijiang, '第六十四条') }]);
  });

  it('on a short title defined in the draft goes to its 以下简称 declaration', () => {
    const o = kit().open(`依照《${BEIJIANG}》（以下简称《北疆条例》）。\n根据《北$0疆条例》第六条办理。`);
    const [loc] = kit().definition(o)!;
    assert.strictEqual(loc.uri, o.uri);
    assert.strictEqual(loc.range.start.line, 0);
    assert.ok(o.text.split('\n')[0].slice(loc.range.start.character, loc.range.end.character).includes('北疆条例'));
  });

  it('goes to the regulation’s title line for an article it does not have', () => {
    const o = kit().open(`依照《${BEIJIANG}》第九百$0条处理。`);
    assertLocations(kit().definition(o), [{ uri: beijiangUri, range: label(beijiang, BEIJIANG) }]);
  });

  it('gives nothing for a title the corpus does not have', () => {
    assert.strictEqual(kit().definition(kit().open('依照《不存在的测试条例》第三$0条处理。')), null);
  });
});
