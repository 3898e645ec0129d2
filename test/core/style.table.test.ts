// Style checks (issue 15, part 7): Arabic numerals, titles without 《》, a full title written after its short title,
// a short title used but never defined (or before its definition). One row per draft: the style diagnostics it
// gets, each written `code severity written → text after fix 1 | text after fix 2` (the whole one-line draft after
// the fix, so a fix elsewhere in the line — a definition added after the first title — shows where it goes).
import * as assert from 'assert';
import { analyzeDocument, LineIndex, type AnalyzeOptions, type CitationDiagnostic } from '../../server/src/core/citations/index';
import { testCorpus } from './citations/helpers';

const Z = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const M = '内蒙古自治区全方位建设模范自治区促进条例';
const STYLE = new Set(['arabic-numerals', 'missing-title-marks', 'use-short-title', 'undefined-short-title', 'unknown-regulation']);

function compact(text: string, d: CitationDiagnostic): string {
  const lines = new LineIndex(text);
  const written = text.slice(lines.offset(d.range.start), lines.offset(d.range.end));
  const fixed = d.fixes.map((f) => text.slice(0, lines.offset(f.range.start)) + f.newText + text.slice(lines.offset(f.range.end)));
  return `${d.code} ${d.severity} ${written}${fixed.length ? ` → ${fixed.join(' | ')}` : ''}`;
}

function style(text: string, options: AnalyzeOptions = {}): string[] {
  return analyzeDocument(text, testCorpus(), options).diagnostics.filter((d) => STYLE.has(d.code)).map((d) => compact(text, d));
}

const rows: { name: string; text: string; options?: AnalyzeOptions; expect: string[] }[] = [
  {
    name: 'Arabic numerals are a warning by default, each with the fix to Chinese numerals',
    text: `《${Z}》第64条第2款`,
    expect: [`arabic-numerals warning 64 → 《${Z}》第六十四条第2款`, `arabic-numerals warning 2 → 《${Z}》第64条第二款`],
  },
  {
    name: 'the setting lowers Arabic numerals to a hint, or turns them off',
    text: `《${Z}》第64条`,
    options: { arabicNumerals: 'hint' },
    expect: [`arabic-numerals hint 64 → 《${Z}》第六十四条`],
  },
  { name: 'off', text: `《${Z}》第64条`, options: { arabicNumerals: 'off' }, expect: [] },
  {
    name: 'a full title without 《》 is a warning whose fix adds them',
    text: `依照${Z}第一条`,
    expect: [`missing-title-marks warning ${Z} → 依照《${Z}》第一条`],
  },
  {
    name: 'a title written without its region and 《》: the full title in 《》 first, the title as written second',
    text: '依照筑牢祖国北疆安全稳定屏障促进条例第十九条',
    expect: [`missing-title-marks warning 筑牢祖国北疆安全稳定屏障促进条例 → 依照《${Z}》第十九条 | 依照《筑牢祖国北疆安全稳定屏障促进条例》第十九条`],
  },
  // The document's own name on its first line (document.ts ownNameLine) is printed without 《》.
  { name: 'a draft revision headed by its own name: no marks wanted there', text: `${Z}（修订草案征求意见稿）\n\n第一条　为了筑牢屏障，制定本条例。\n\n第二条　本条例适用于本自治区。`, expect: [] },
  {
    name: 'a reply (批复) headed by its own name, a known title inside it: no marks wanted there',
    text: `最高人民法院关于适用${Z}若干问题的批复\n\n依照《${Z}》第一条，批复如下：`,
    expect: [],
  },
  { name: 'a Markdown heading naming an amendment that holds a known title', text: `# ${Z}修正案（草案）\n\n一、删去第六十四条。`, expect: [] },
  {
    name: 'a 公文 title (关于…的通知) wants the marks',
    text: `关于印发${Z}实施细则的通知\n\n依照《${Z}》第一条。`,
    expect: [`missing-title-marks warning ${Z} → 关于印发《${Z}》实施细则的通知\n\n依照《${Z}》第一条。`],
  },
  {
    name: 'below the first line the marks are wanted as anywhere',
    text: `${Z}（草案）\n\n依照${Z}第一条`,
    expect: [`missing-title-marks warning ${Z} → ${Z}（草案）\n\n依照《${Z}》第一条`],
  },
  { name: 'missing title marks can be turned off', text: `依照${Z}第一条`, options: { missingTitleMarks: 'off' }, expect: [] },
  {
    name: 'missing title marks as information',
    text: `依照${Z}第一条`,
    options: { missingTitleMarks: 'information' },
    expect: [`missing-title-marks information ${Z} → 依照《${Z}》第一条`],
  },
  {
    name: 'a full title written again after 以下简称 gets a hint whose fix writes the short title',
    text: `《${Z}》（以下简称《条例》）第一条。《${Z}》第二条`,
    expect: [`use-short-title hint 《${Z}》 → 《${Z}》（以下简称《条例》）第一条。《条例》第二条`],
  },
  {
    name: 'a short title defined in quotes is written bare by the fix',
    text: `《${Z}》（以下简称“屏障条例”）。《${Z}》第二条`,
    expect: [`use-short-title hint 《${Z}》 → 《${Z}》（以下简称“屏障条例”）。屏障条例第二条`],
  },
  {
    name: 'the title that carries the definition, the short title itself and a title of another law are not reported',
    text: `《${Z}》（以下简称《条例》）第一条。《条例》第二条。《${M}》第三条`,
    expect: [],
  },
  { name: 'use-short-title can be turned off', text: `《${Z}》（以下简称《条例》）。《${Z}》第二条`, options: { useShortTitle: 'off' }, expect: [] },
  {
    name: 'a full title without 《》 after its short title: the short title is the fix',
    text: `《${Z}》（以下简称《条例》）。依照${Z}第二条`,
    expect: [`use-short-title hint ${Z} → 《${Z}》（以下简称《条例》）。依照《条例》第二条`],
  },
  {
    name: 'a short title never defined: not an unknown regulation; fixes define it after the 条例 cited before, or write its title',
    text: `《${Z}》第一条。《条例》第五条`,
    expect: [`undefined-short-title warning 《条例》 → 《${Z}》（以下简称《条例》）第一条。《条例》第五条 | 《${Z}》第一条。《${Z}》第五条`],
  },
  {
    name: 'a never-defined short title with nothing of its kind cited before has no fix',
    text: '根据《办法》第三条',
    expect: ['undefined-short-title warning 《办法》'],
  },
  {
    name: 'a never-defined short title named alone is reported too',
    text: `《${Z}》第一条。贯彻《条例》精神`,
    expect: [`undefined-short-title warning 《条例》 → 《${Z}》（以下简称《条例》）第一条。贯彻《条例》精神 | 《${Z}》第一条。贯彻《${Z}》精神`],
  },
  {
    name: 'a short title used before its definition: the fix writes the full title',
    text: `根据《屏障条例》第三条。《${Z}》（以下简称《屏障条例》）第一条`,
    expect: [`undefined-short-title warning 《屏障条例》 → 根据《${Z}》第三条。《${Z}》（以下简称《屏障条例》）第一条`],
  },
  {
    name: 'a policy document named by its kind (《方案》, 《通知》) is not taken for an undefined short title',
    text: '按照《方案》要求，落实《通知》第三条',
    expect: ['unknown-regulation information 《通知》第三条'],
  },
  {
    name: 'a title that is not a short title and not in the corpus stays an unknown regulation',
    text: '《中华人民共和国畜牧法》第三十九条',
    expect: ['unknown-regulation information 《中华人民共和国畜牧法》第三十九条'],
  },
];

describe('style checks (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      assert.deepStrictEqual(style(row.text, row.options), row.expect);
    });
  }

  it('an undefined short title makes the citation unknown-regulation, and what follows it inherits that quietly', () => {
    const a = analyzeDocument('根据《条例》第五条。该条例第六条', testCorpus());
    assert.deepStrictEqual(a.citations.filter((c) => !c.titleOnly).map((c) => c.status), ['unknown-regulation', 'unknown-regulation']);
    assert.deepStrictEqual(a.diagnostics.map((d) => d.code), ['undefined-short-title']);
    assert.match(a.diagnostics[0].message.zh, /简称《条例》未在本文中定义/);
  });

  it('messages name the line of a later definition and the candidates to define it after', () => {
    const later = analyzeDocument(`根据《屏障条例》第三条。\n\n《${Z}》（以下简称《屏障条例》）`, testCorpus()).diagnostics[0];
    assert.match(later.message.zh, /在第3行才定义/);
    assert.match(later.message.en, /used before its definition \(line 3\)/);
    const never = analyzeDocument(`《${Z}》第一条。《条例》第五条`, testCorpus()).diagnostics[0];
    assert.match(never.message.zh, new RegExp(`前文引用的《${Z}》可用“（以下简称《条例》）”定义`));
  });
});
