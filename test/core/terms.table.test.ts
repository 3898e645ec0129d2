// Defined terms (issue 13, part 3): one row per document, the terms it defines written compactly
//   `term form uses=L:C,… [full=… fullUses=L:C,…]`   (0-based line:column of each use)
// and the term diagnostics it gets, `code L:C`.
import * as assert from 'assert';
import { analyzeDocument, type DefinedTerm, type DocumentAnalysis } from '../../server/src/core/citations/index';
import { testCorpus } from './citations/helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';

function analyze(text: string): DocumentAnalysis {
  return analyzeDocument(text, testCorpus());
}

const at = (r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character}`;

function compact(t: DefinedTerm): string {
  let s = `${t.term} ${t.form} uses=${t.uses.map(at).join(',')}`;
  if (t.fullForm) s += ` full=${t.fullForm} fullUses=${t.fullFormUses.map(at).join(',')}`;
  return s;
}

function termDiagnostics(a: DocumentAnalysis): string[] {
  return a.diagnostics.filter((d) => d.code.startsWith('term-')).map((d) => `${d.code} ${at(d.range)}`);
}

const rows: { name: string; text: string; terms: string[]; definitions?: string[]; diagnostics: string[] }[] = [
  {
    name: 'so-called: 本办法所称X，是指…; inline 是指, 的 and quotes; uses anywhere in the document (also before, in 附则)',
    text: [
      '第一条 物业服务应当规范。业主享有权利。',
      '第二条 本办法所称物业，是指房屋及配套设施。本条例所称的“业主”，是指房屋的所有权人。前款所称物业服务是指物业服务企业提供的服务。',
      '第三条 物业交付使用。',
    ].join('\n'),
    terms: ['物业 so-called uses=2:4', '业主 so-called uses=0:13', '物业服务 so-called uses=0:4'],
    definitions: ['本办法所称物业，是指房屋及配套设施', '本条例所称的“业主”，是指房屋的所有权人', '前款所称物业服务是指物业服务企业提供的服务'],
    diagnostics: [],
  },
  {
    name: 'short form: 全称（以下简称X） applies after it; the full form written later gets a hint; uses before it are not uses',
    text: [
      '第一条 住建部门之外，县级以上人民政府住房和城乡建设主管部门（以下简称住建部门）负责监督。',
      '第二条 住建部门应当公开信息；县级以上人民政府住房和城乡建设主管部门应当接受监督。',
      '第三条 由市人民政府（以下称“市政府”）统筹。市政府负责。',
      '第四条 国务院有关部门和中国人民解放军总装备部（以下简称总装备部）。本条例所称企业投资项目（以下简称项目）。中华人民共和国外交部（以下简称外交部）。',
    ].join('\n'),
    terms: [
      '住建部门 short-form uses=1:4 full=县级以上人民政府住房和城乡建设主管部门 fullUses=1:15',
      '市政府 short-form uses=2:23 full=市人民政府 fullUses=',
      '总装备部 short-form uses= full=中国人民解放军总装备部 fullUses=',
      '项目 short-form uses= full=企业投资项目 fullUses=',
      '外交部 short-form uses= full=中华人民共和国外交部 fullUses=',
    ],
    definitions: ['县级以上人民政府住房和城乡建设主管部门', '市人民政府', '中国人民解放军总装备部', '企业投资项目', '中华人民共和国外交部'],
    diagnostics: ['term-full-form 1:15', 'term-unused 3:28', 'term-unused 3:50', 'term-unused 3:69'],
  },
  {
    name: 'a clause shorter than its short form is no full form: later 程序 gets no hint',
    text: '第一条 依照本办法第二条规定的程序（以下简称备案程序）办理。\n第二条 程序应当公开；备案程序应当简便。',
    terms: ['备案程序 short-form uses=1:11'],
    diagnostics: [],
  },
  {
    name: 'short form by 下文简称 and 以下简称为 too (titles/shortFormBracket.ts SHORT_NAME_OPEN, one definition for every reader)',
    text: '第一条 县级以上人民政府住房和城乡建设主管部门（下文简称住建部门）负责监督。\n第二条 住建部门应当公开信息。由市人民政府（以下简称为“市政府”）统筹。市政府负责。',
    terms: ['住建部门 short-form uses=1:4 full=县级以上人民政府住房和城乡建设主管部门 fullUses=', '市政府 short-form uses=1:36 full=市人民政府 fullUses='],
    diagnostics: [],
  },
  {
    name: 'quoted: “X”是指… / “X”，系指…',
    text: '第一条 “数据”是指任何以电子方式对信息的记录。\n第二条 “个人信息”，系指以电子方式记录的信息。处理个人信息应当合法；数据应当安全。',
    terms: ['数据 quoted uses=1:35', '个人信息 quoted uses=1:26'],
    diagnostics: [],
  },
  {
    name: 'definitions article: X，是指… after 下列用语的含义, with and without item labels, a 分别 list, inline items; ends at the next article',
    text: [
      '第一条 本办法下列用语的含义：',
      '（一）业主，是指房屋的所有权人；',
      '（二）物业管理区域和共用部位，分别是指划定的区域和共有的部位；',
      '专项维修资金：是指专项用于维修的资金。',
      '第二条 业主在物业管理区域内使用共用部位，使用专项维修资金。区域，是指地方。',
      '第三条 本条例中下列术语的含义是：（一）建筑区划，指规划确定的区域；（二）车位，是指停车的位置。建筑区划内的车位。',
    ].join('\n'),
    terms: [
      '业主 definitions-article uses=4:4',
      '物业管理区域 definitions-article uses=4:7',
      '共用部位 definitions-article uses=4:16',
      '专项维修资金 definitions-article uses=4:23',
      '建筑区划 definitions-article uses=5:48',
      '车位 definitions-article uses=5:54',
    ],
    diagnostics: [],
  },
  {
    name: 'lists: 本条例所称A、B和C，是指 gives three terms; A和B without 、 or 分别 is one term',
    text: '第一条 本条例所称企业、事业单位和社会组织，是指依法登记的组织。本条例所称住房和城乡建设部门，是指主管部门。\n第二条 企业、事业单位、社会组织和住房和城乡建设部门。',
    terms: ['企业 so-called uses=1:4', '事业单位 so-called uses=1:7', '社会组织 so-called uses=1:12', '住房和城乡建设部门 so-called uses=1:17'],
    diagnostics: [],
  },
  {
    name: 'overlap: the longest defined term wins (物业服务企业 over 物业); a term inside another definition sentence is a use',
    text: '第一条 本办法所称物业，是指房屋。本办法所称物业服务企业，是指提供物业服务的企业。\n第二条 物业服务企业管理物业。',
    terms: ['物业 so-called uses=0:33,1:12', '物业服务企业 so-called uses=1:4'],
    diagnostics: [],
  },
  {
    name: 'short titles stay the citation engine\'s: 《…》（以下简称《条例》）, a known title（以下简称“条例”）, a full form ending like a title',
    text: `${Z}（以下简称《条例》）第六条。内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例（以下简称“筑牢条例”）第六条。某某自治州物业管理条例（以下简称自治州条例）。条例，筑牢条例，自治州条例。`,
    terms: [],
    diagnostics: [],
  },
  {
    name: 'negatives: 是指 in prose, 指 starting another word, quoted statute text (after a citation, after 规定：, a block quote) define nothing',
    text: [
      '这里的问题是指标不足。该项目是指导性的。“放管服”改革是指一项改革。“示范”指导意见已印发。',
      `${Z}第二条规定：“本条例所称安全，是指国家安全。”`,
      '上位法规定：“本法所称数据，是指电子记录。”',
      '> 本规定所称平台，是指网络平台。',
      '安全、数据和平台是常用词。',
    ].join('\n'),
    terms: [],
    diagnostics: [],
  },
  {
    name: 'uses inside titles, citations and quoted statute text are not uses',
    text: `本办法所称安全，是指人身安全。\n${Z}第二条规定：“安全第一。”《安全手册》所说的安全。`,
    terms: ['安全 so-called uses=1:46'],
    diagnostics: [],
  },
  {
    name: 'term-redefined (warning at the later definition) and term-unused (hint at the first definition of a term never used)',
    text: '第一条 本办法所称物业，是指房屋。本办法所称业主，是指所有权人。\n第二条 本办法所称物业，是指房屋及设施。',
    terms: ['物业 so-called uses=', '业主 so-called uses=', '物业 so-called uses='],
    diagnostics: ['term-unused 0:9', 'term-unused 0:22', 'term-redefined 1:9'],
  },
  {
    name: 'a definition for a part (本章所称, 前款所称) is no redefinition; a role name given by 以下简称 gets no full-form hint',
    text: '第一条 本办法所称船舶，是指海船。单位或者个人（以下简称申请人）提出申请。\n第二条 本章所称船舶，是指内河船舶。单位或者个人均可；申请人和船舶。',
    terms: ['船舶 so-called uses=', '申请人 short-form uses=1:27', '船舶 so-called uses=1:31'],
    diagnostics: [],
  },
];

describe('defined terms (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(row.text);
      assert.deepStrictEqual(a.terms.map(compact), row.terms);
      if (row.definitions) assert.deepStrictEqual(a.terms.map((t) => t.definition), row.definitions);
      assert.deepStrictEqual(termDiagnostics(a), row.diagnostics);
      assert.deepStrictEqual(a.errors, []);
    });
  }

  it('a use binds to the latest definition before it, else the first that applies to the whole document', () => {
    const a = analyze('第一条 物业。本办法所称物业，是指房屋。物业。\n第二条 本办法所称物业，是指设施。物业。');
    assert.deepStrictEqual(a.terms.map((t) => t.uses.map(at)), [['0:4', '0:20'], ['1:17']]);
    assert.strictEqual(a.terms[1].redefines, 0);
  });

  it('the full-form fix writes the short form over the full form', () => {
    const a = analyze('第一条 市场监督管理部门（以下简称市场监管部门）负责。\n第二条 市场监督管理部门应当检查。市场监管部门公开。');
    const d = a.diagnostics.find((x) => x.code === 'term-full-form')!;
    assert.strictEqual(d.severity, 'hint');
    assert.deepStrictEqual(d.fixes.map((f) => [at(f.range), f.range.end.character, f.newText]), [['1:4', 12, '市场监管部门']]);
    assert.strictEqual(d.message.zh, '“市场监督管理部门”已在第一条（第1行）简称为“市场监管部门”，此处宜用简称');
  });

  it('in a draft regulation each term knows its provision (article, and 款 when the article has several)', () => {
    const a = analyze('# 某办法\n\n第一条 为了规范。\n\n第二条 本办法所称物业，是指房屋。\n本办法所称业主，是指所有权人。\n\n第三条 物业和业主。\n');
    assert.deepStrictEqual(a.terms.map((t) => t.provision), [
      { article: 2, articleInsert: null, paragraph: 1 },
      { article: 2, articleInsert: null, paragraph: 2 },
    ]);
  });

  it('a pathological text (a one-character term everywhere, unclosed quotes and brackets) is analysed, uses bounded', () => {
    const text = '本办法所称甲，是指乙。' + '甲'.repeat(300_000) + '“'.repeat(50_000) + '（以下简称'.repeat(20_000);
    const a = analyze(text);
    assert.deepStrictEqual(a.errors, []);
    assert.deepStrictEqual(a.terms.map((t) => t.term), ['甲']);
    assert.ok(a.terms[0].uses.length > 1000 && a.terms[0].uses.length <= 100_000, String(a.terms[0].uses.length));
  });
});
