// Numbering checks come through the service: diagnostics on the wrong label and the quick fix writing the expected
// one; nothing for a corpus file (the law as published).
import * as assert from 'assert';
import { pathToUri } from '../../server/src/service/uris';
import { ARABIC_CHAPTERS_FILE, kit, ServiceKit } from './serviceKit';

const DRAFT = [
  '# 某市物业管理办法（草案）',
  '',
  '## 第一章 总则',
  '',
  '第一条 为了规范物业管理，制定本办法。',
  '第二条本办法适用于本市。',
  '第三条之一 业主大会履行下列职责：',
  '（一）制定管理规约；',
  '（三）选聘物业服务企业。',
  '## 第三章 附则',
  '',
  '$0第二条 本办法自2025年1月1日起施行。',
].join('\n');

const INSERTED = [
  '# 某市物业管理办法（草案）',
  '',
  '第一条 为了规范物业管理，制定本办法。',
  '',
  '$0第一条之一 本办法所称物业，是指房屋及配套设施。',
  '',
  '第二条 业主依照本办法第一条和第三条行使权利。',
  '',
  '第三条 本办法自2025年1月1日起施行。',
].join('\n');

describe('service: numbering', () => {
  it('offers 重新编号条文 on an article heading: every article and own reference renumbered, previewed before it applies', () => {
    const o = kit().open(INSERTED);
    const here = { start: o.position, end: o.position };
    const [action] = kit().service.codeActions(o.doc, here, ['refactor']);
    assert.ok(action, 'no renumber action');
    assert.strictEqual(action.kind, 'refactor.rewrite');
    assert.strictEqual(action.title, '重新编号条文（3 处改号）');
    const change = action.edit!.documentChanges![0] as { edits: { range: { start: { line: number } }; newText: string; annotationId?: string }[] };
    assert.deepStrictEqual(change.edits.map((e) => [e.range.start.line, e.newText]).sort(), [[4, '第二条'], [6, '第三条'], [6, '四'], [8, '第四条']].sort());
    assert.ok(change.edits.every((e) => e.annotationId && action.edit!.changeAnnotations![e.annotationId].needsConfirmation));
    // Not offered outside a heading, nor as a quick fix.
    assert.deepStrictEqual(kit().service.codeActions(o.doc, { start: { line: 2, character: 8 }, end: { line: 2, character: 8 } }, ['refactor']), []);
    assert.ok(kit().service.codeActions(o.doc, here, ['quickfix']).every((a) => a.kind === 'quickfix'));
  });

  it('publishes numbering diagnostics on the wrong labels, with the expected number', () => {
    const o = kit().open(DRAFT);
    const ds = kit().service.diagnostics(o.doc).filter((d) => String(d.code).startsWith('numbering-'));
    assert.deepStrictEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message]), [
      ['numbering-order', 6, 0, 5, '第三条之一顺序错误；应为第二条之一'],
      ['numbering-gap', 8, 0, 3, '项（三）跳号；应为（二）'],
      ['numbering-gap', 9, 3, 6, '第三章跳号；应为第二章'],
      ['numbering-duplicate', 11, 0, 3, '第二条重复；应为第三条'],
    ]);
  });

  it('offers the quick fix that writes the expected label, in the user’s language', () => {
    const o = kit().open(DRAFT);
    const here = { start: o.position, end: o.position };
    const actions = kit().service.codeActions(o.doc, here, ['quickfix']);
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind, a.diagnostics?.[0].code, a.edit]), [[
      '改为第三条', 'quickfix', 'numbering-duplicate',
      { changes: { [o.uri]: [{ range: { start: o.position, end: { line: o.position.line, character: 3 } }, newText: '第三条' }] } },
    ]]);
    const en = new ServiceKit({ locale: 'en' });
    const oe = en.open(DRAFT);
    assert.deepStrictEqual(en.service.codeActions(oe.doc, { start: oe.position, end: oe.position }, ['quickfix']).map((a) => a.title), ['Renumber as Article 3']);
    assert.ok(en.service.diagnostics(oe.doc).some((d) => d.message === 'Article 2 repeated; expected Article 3'));
  });

  it('reports nothing in a corpus file opened in the editor', () => {
    const k = new ServiceKit();
    const o = k.open(DRAFT, pathToUri(ARABIC_CHAPTERS_FILE));
    assert.deepStrictEqual(k.service.diagnostics(o.doc).filter((d) => String(d.code).startsWith('numbering-')), []);
    assert.deepStrictEqual(k.service.codeActions(o.doc, { start: o.position, end: o.position }), []);
  });
});
