// Defined terms through the service (in process, cursor markers): hover on a use shows the definition and where,
// definition jumps to it, references lists the uses, highlights mark them; the term diagnostics and the short-form
// quick fix.
import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver';
import { kit, positionOf, rangeOf, ServiceKit } from './serviceKit';

const DRAFT = [
  '# 某市物业管理办法（草案）',
  '',
  '第一条 为了规范物业服务企业的活动，制定本办法。',
  '',
  '第二条 本办法所称物业，是指房屋及配套的设施设备和相关场地。',
  '本办法所称物业服务企业，是指依法设立、提供物业服务的企业。',
  '',
  '第三条 市场监督管理部门（以下简称市场监管部门）负责监督物业服务企业。',
  '',
  '第四条 物业服务企业管理物业，接受市场监管部门和市场监督管理部门的监督。',
].join('\n');

function at(text: string, needle: string, delta = 1, occurrence = 0) {
  return positionOf(text, needle, delta, occurrence);
}

describe('service: defined terms', () => {
  it('hover on a use shows the definition, where it is and how often the term is used', () => {
    const o = kit().open(DRAFT);
    const h = kit().service.hover(o.doc, at(o.text, '管理物业', 2))!;
    assert.ok(h, 'a hover on 物业');
    assert.deepStrictEqual(h.range, rangeOf(o.text, '物业', 7));
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /^\*\*物业\*\* — 定义用语 · 定义于第二条第一款（第5行）$/m);
    assert.match(md, /^> 本办法所称物业，是指房屋及配套的设施设备和相关场地$/m);
    // The title's 物业, 物业服务 in the definition of 物业服务企业, and 管理物业.
    assert.match(md, /本文件中使用 3 处/);
  });

  it('a term defined in the 附则 is used above it: hover at the cursor marker shows the later definition', () => {
    const o = kit().open('# 某办法\n\n第一条 专项维$0修资金专户存储。\n\n第二条 本办法所称专项维修资金，是指专项用于共用部位维修的资金。\n');
    const md = kit().hover(o)!;
    assert.match(md, /^\*\*专项维修资金\*\* — 定义用语 · 定义于第二条（第5行）$/m);
    assert.deepStrictEqual(kit().definition(o), [{ uri: o.uri, range: rangeOf(o.text, '专项维修资金', 1) }]);
  });

  it('the longest term wins under the cursor: 物业服务企业, not 物业', () => {
    const o = kit().open(DRAFT);
    const md = kit().hover(o, at(o.text, '物业服务企业管理', 1))!;
    assert.match(md, /^\*\*物业服务企业\*\*/);
    assert.match(md, /本文件中使用 3 处/);
  });

  it('hover on a short form names its full form; in English too', () => {
    const o = kit().open(DRAFT);
    const md = kit().hover(o, at(o.text, '接受市场监管部门', 3))!;
    assert.match(md, /^\*\*市场监管部门\*\* — 简称 · 定义于第三条（第8行）$/m);
    assert.match(md, /^全称：市场监督管理部门$/m);
    const en = new ServiceKit({ locale: 'en' });
    const e = en.open(DRAFT);
    assert.match(en.hover(e, at(e.text, '接受市场监管部门', 3))!, /^\*\*市场监管部门\*\* — Short form · defined in Article 3, line 8$/m);
  });

  it('definition jumps from a use to the term where it is defined', () => {
    const o = kit().open(DRAFT);
    assert.deepStrictEqual(kit().definition(o, at(o.text, '管理物业', 2)), [{ uri: o.uri, range: rangeOf(o.text, '物业', 2) }]);
  });

  it('references list the uses, and the definition when asked', async () => {
    const o = kit().open(DRAFT);
    const pos = at(o.text, '物业服务企业管理', 2);
    const def = rangeOf(o.text, '物业服务企业', 1);
    const uses = [rangeOf(o.text, '物业服务企业', 0), rangeOf(o.text, '物业服务企业', 2), rangeOf(o.text, '物业服务企业', 3)];
    assert.deepStrictEqual(await kit().service.references(o.doc, pos, false), uses.map((range) => ({ uri: o.uri, range })));
    assert.deepStrictEqual(await kit().service.references(o.doc, def.start, true), [def, ...uses].map((range) => ({ uri: o.uri, range })));
  });

  it('document highlights: the definition written, the uses read', () => {
    const o = kit().open(DRAFT);
    const hs = kit().service.documentHighlights(o.doc, at(o.text, '接受市场监管部门', 3))!;
    assert.deepStrictEqual(hs, [
      { range: rangeOf(o.text, '市场监管部门', 0), kind: 3 },
      { range: rangeOf(o.text, '市场监管部门', 1), kind: 2 },
    ]);
    assert.strictEqual(kit().service.documentHighlights(o.doc, { line: 0, character: 0 }), null);
  });

  it('diagnostics: the full form after its short form (hint, quick fix writes the short form), an unused term, a redefinition', () => {
    const o = kit().open(`${DRAFT}\n\n第五条 本办法所称业主，是指房屋的所有权人。本办法所称物业，是指房屋。`);
    const ds = kit().service.diagnostics(o.doc).filter((d) => String(d.code).startsWith('term-'));
    assert.deepStrictEqual(ds.map((d) => [d.code, d.severity, d.range, d.message]), [
      ['term-full-form', 4, rangeOf(o.text, '市场监督管理部门', 1), '“市场监督管理部门”已在第三条（第8行）简称为“市场监管部门”，此处宜用简称'],
      ['term-unused', 4, rangeOf(o.text, '业主'), '定义的用语“业主”在本文件中未使用'],
      ['term-redefined', 2, rangeOf(o.text, '物业', 8), '“物业”已在第二条第一款（第5行）定义，此处重复定义'],
    ]);
    const fix = kit().service.codeActions(o.doc, ds[0].range, ['quickfix']);
    assert.deepStrictEqual(fix.map((a) => [a.title, a.edit?.changes?.[o.uri]]), [
      ['改为“市场监管部门”', [{ range: rangeOf(o.text, '市场监督管理部门', 1), newText: '市场监管部门' }]],
    ]);
  });

  it('a citation under the cursor is still a citation; no term outside one', () => {
    const o = kit().open('本办法所称条例，是指地方性法规。依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条。条例很多。');
    const md = kit().hover(o, at(o.text, '第六条', 1))!;
    assert.doesNotMatch(md, /定义用语/);
    assert.match(kit().hover(o, at(o.text, '条例很多', 1))!, /^\*\*条例\*\* — 定义用语/m);
    assert.strictEqual(kit().hover(o, at(o.text, '很多', 1)), null);
  });
});
