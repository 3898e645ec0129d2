// Rename through the service (in process, cursor markers): on a draft article's heading label, its new number with
// every own reference following; on a defined term, its new name at its definition and uses; refusals with reasons.
import * as assert from 'assert';
import { pathToUri } from '../../server/src/service/uris';
import { ARABIC_CHAPTERS_FILE, kit, positionOf, rangeOf, ServiceKit } from './serviceKit';

const DRAFT = [
  '# 某市物业管理办法（草案）',
  '',
  '第一条 为了规范物业管理，制定本办法。',
  '',
  '第二条 本办法所称物业，是指房屋及配套设施。',
  '',
  '第二条之一 物业应当依照本办法第二条之一和第二条维护。',
  '',
  '第四条 违反本办法第二条之一第一款的，依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第二条之一处理。',
].join('\n');

describe('service: rename', () => {
  it('prepareRename on an article heading offers its label; on a defined term its name; elsewhere nothing', () => {
    const o = kit().open(DRAFT);
    assert.deepStrictEqual(kit().service.prepareRename(o.doc, positionOf(o.text, '第二条之一', 2)), { range: rangeOf(o.text, '第二条之一'), placeholder: '第二条之一' });
    assert.deepStrictEqual(kit().service.prepareRename(o.doc, positionOf(o.text, '物业应当', 1)), { range: rangeOf(o.text, '物业', 3), placeholder: '物业' });
    assert.strictEqual(kit().service.prepareRename(o.doc, positionOf(o.text, '制定本办法', 1)), null);
    // A reference is not a heading: renaming goes through the heading.
    assert.strictEqual(kit().service.prepareRename(o.doc, positionOf(o.text, '本办法第二条之一和', 4)), null);
  });

  it('renaming a heading 第三条 rewrites the heading and the draft’s own references, not the external citation', () => {
    const o = kit().open(DRAFT);
    const r = kit().service.rename(o.doc, positionOf(o.text, '第二条之一', 1), '第三条');
    assert.ok(r && 'edit' in r, JSON.stringify(r));
    const edits = r.edit.changes![o.uri];
    assert.deepStrictEqual(edits.map((e) => [e.range.start.line, o.text.split('\n')[e.range.start.line].slice(e.range.start.character, e.range.end.character), e.newText]), [
      [6, '第二条之一', '第三条'],
      [6, '二条之一', '三条'],
      [8, '二条之一', '三条'],
    ]);
  });

  it('refuses a number another article has, with the reason (in the user’s language)', () => {
    const o = kit().open(DRAFT);
    assert.deepStrictEqual(kit().service.rename(o.doc, positionOf(o.text, '第二条之一', 1), '第四条'), { error: '本文件已有第四条（第9行）' });
    const en = new ServiceKit({ locale: 'en' });
    const e = en.open(DRAFT);
    assert.deepStrictEqual(en.service.rename(e.doc, positionOf(e.text, '第二条之一', 1), 'x'), { error: '“x” is not an article number (write 第五条, 五, 5 or 第三条之一)' });
  });

  it('renaming at the cursor marker on a heading written in Arabic numerals keeps them in the heading and references', () => {
    const o = kit().open('# 某办法\n\n## 第1条\n依照本办法第3条。\n\n## 第$03条\n丙。\n');
    assert.deepStrictEqual(kit().service.prepareRename(o.doc, o.position), { range: rangeOf(o.text, '第3条', 1), placeholder: '第3条' });
    const r = kit().service.rename(o.doc, o.position, '第二条');
    assert.ok(r && 'edit' in r, JSON.stringify(r));
    assert.deepStrictEqual(r.edit.changes![o.uri], [
      { range: rangeOf(o.text, '3', 0), newText: '2' },
      { range: rangeOf(o.text, '第3条', 1), newText: '第2条' },
    ]);
  });

  it('offers nothing in a corpus file opened in the editor (the law as published)', () => {
    const k = new ServiceKit();
    const o = k.open(DRAFT, pathToUri(ARABIC_CHAPTERS_FILE));
    assert.ok(k.service.analysis(o.doc).analysis.terms.length, 'its terms are read (for hover)');
    assert.strictEqual(k.service.prepareRename(o.doc, positionOf(o.text, '第二条之一', 1)), null);
    assert.strictEqual(k.service.rename(o.doc, positionOf(o.text, '物业应当', 1), '建筑物'), null);
  });

  it('renaming a defined term rewrites its definition and every use', () => {
    const o = kit().open(DRAFT);
    const r = kit().service.rename(o.doc, positionOf(o.text, '物业应当', 1), '建筑物');
    assert.ok(r && 'edit' in r, JSON.stringify(r));
    assert.deepStrictEqual(r.edit.changes![o.uri], [0, 1, 2, 3].map((i) => ({ range: rangeOf(o.text, '物业', i), newText: '建筑物' })));
  });

  it('refuses a term name written elsewhere in the document, another term, or punctuation', () => {
    const o = kit().open(`${DRAFT}\n\n第五条 本办法所称业主，是指所有权人。业主和房屋。`);
    const at = positionOf(o.text, '物业应当', 1);
    assert.deepStrictEqual(kit().service.rename(o.doc, at, '房屋'), { error: '“房屋”已出现在本文件中，改名后这些文字将被视为该用语；请换一个名称' });
    assert.deepStrictEqual(kit().service.rename(o.doc, at, '业主'), { error: '本文件已定义“业主”' });
    assert.deepStrictEqual(kit().service.rename(o.doc, at, '物，业'), { error: '“物，业”不能作为用语（不含空白和标点，至多三十字）' });
  });
});
