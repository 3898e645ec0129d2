// Style checks in the editor (issue 15, part 7): the diagnostics the Problems panel lists, with the severities of the
// lawcite.diagnostics.* settings, and the quick fixes that rewrite the draft.
import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { BEIJIANG, kit, ServiceKit } from './serviceKit';

const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 500 } };

/** The draft after a code action's edit. */
function apply(text: string, action: CodeAction, uri: string): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
    out = out.slice(0, e.range.start.character) + e.newText + out.slice(e.range.end.character);
  }
  return out;
}

describe('service: style checks', () => {
  it('lists Arabic numerals, a title without 《》 and an undefined short title as warnings by default', () => {
    const text = `依照筑牢祖国北疆安全稳定屏障促进条例第64条。根据《条例》第五条。`;
    const ds = kit().service.diagnostics(kit().open(text).doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.severity]), [
      ['arabic-numerals', DiagnosticSeverity.Warning],
      ['missing-title-marks', DiagnosticSeverity.Warning],
      ['undefined-short-title', DiagnosticSeverity.Warning],
    ]);
    assert.match(String(ds[2].message), /简称《条例》未在本文中定义/);
  });

  it('follows the settings: missing title marks as information, Arabic numerals off, full titles after 以下简称 as warnings', () => {
    const k = new ServiceKit({ settings: { arabicNumerals: 'off', missingTitleMarks: 'information', useShortTitle: 'warning' } });
    const text = `依照${BEIJIANG}第64条。《${BEIJIANG}》（以下简称《条例》）第一条。《${BEIJIANG}》第二条。`;
    const ds = k.service.diagnostics(k.open(text).doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.severity]), [
      ['missing-title-marks', DiagnosticSeverity.Information],
      ['use-short-title', DiagnosticSeverity.Warning],
    ]);
  });

  it('quick fixes for a title without 《》: the full title (preferred), or the title as written', () => {
    const o = kit().open('依照筑牢祖国北疆安全稳定屏障促进条例第三条处理。');
    const actions = kit().service.codeActions(o.doc, whole);
    assert.deepStrictEqual(actions.map((a) => [a.title, a.isPreferred]), [
      [`加上书名号并写全称：《${BEIJIANG}》`, true],
      ['加上书名号：《筑牢祖国北疆安全稳定屏障促进条例》', undefined],
    ]);
    assert.strictEqual(apply(o.text, actions[0], o.uri), `依照《${BEIJIANG}》第三条处理。`);
    assert.strictEqual(apply(o.text, actions[1], o.uri), '依照《筑牢祖国北疆安全稳定屏障促进条例》第三条处理。');
  });

  it('the hint on a full title after 以下简称 rewrites it as the short title', () => {
    const text = `《${BEIJIANG}》（以下简称《条例》）第一条。依照《${BEIJIANG}》第二条。`;
    const o = kit().open(text);
    const ds = kit().service.diagnostics(o.doc);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.severity]), [['use-short-title', DiagnosticSeverity.Hint]]);
    const [action] = kit().service.codeActions(o.doc, ds[0].range);
    assert.strictEqual(action.title, '改用简称《条例》');
    assert.strictEqual(apply(text, action, o.uri), `《${BEIJIANG}》（以下简称《条例》）第一条。依照《条例》第二条。`);
  });

  it('an undefined short title: the preferred fix defines it after the regulation cited before', () => {
    const text = `《${BEIJIANG}》第一条。根据《条例》第五条。`;
    const o = kit().open(text);
    const ds = kit().service.diagnostics(o.doc);
    const actions = kit().service.codeActions(o.doc, ds[0].range);
    assert.deepStrictEqual(actions.map((a) => a.isPreferred), [true, undefined]);
    const defined = apply(text, actions[0], o.uri);
    assert.strictEqual(defined, `《${BEIJIANG}》（以下简称《条例》）第一条。根据《条例》第五条。`);
    assert.deepStrictEqual(kit().service.diagnostics(kit().open(defined).doc), [], 'the fixed draft is clean');
  });

  it('code actions for one citation never fix another on the line', () => {
    const text = `依照筑牢祖国北疆安全稳定屏障促进条例第三条和《${BEIJIANG}》第64条。`;
    const o = kit().open(text);
    const at64 = kit().service.diagnostics(o.doc).find((d) => d.code === 'arabic-numerals')!;
    const actions = kit().service.codeActions(o.doc, at64.range);
    assert.deepStrictEqual(actions.map((a) => a.title), ['改为“六十四”']);
  });
});
