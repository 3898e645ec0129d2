// The list of cited provisions (引用条文清单), made from drafts' analyses: grouping by 效力级别, versions, texts of the
// cited 条/款/项, mentions, and the flags (not yet effective, superseded, lower rank than the draft); the rank order
// and a draft's kind from its title.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { listCitedProvisions, type CitedProvisionList } from '../../server/src/core/citations/drafting/citedProvisions';
import type { RegulationKind } from '../../server/src/core/model';
import { draftKind, KINDS_BY_RANK, ranksBelow } from '../../server/src/core/rank';
import { quotationsCorpus } from './citations/helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const ZT = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const P = '《示例许可管理办法》';

const testCorpus = quotationsCorpus;

function list(...drafts: [file: string, text: string][]): CitedProvisionList {
  return listCitedProvisions(drafts.map(([file, text]) => ({ file, text, analysis: analyzeDocument(text, testCorpus(), { file }) })));
}

describe('rank order and a draft’s kind', () => {
  const kinds: [title: string, kind: RegulationKind | null][] = [
    ['某市边境地区安全稳定工作办法（草案征求意见稿）', 'local-government-rule'],
    ['示例市物业管理办法（草案）', 'local-government-rule'],
    ['内蒙古自治区草原保护条例（修订草案）', 'local-regulation'],
    ['某某条例（送审稿）', 'local-regulation'],
    ['中华人民共和国某某法（草案）', 'law'],
    ['中华人民共和国某某条例（征求意见稿）', 'administrative-regulation'],
    ['锡林郭勒盟边境地区安全稳定和开放发展实施方案', 'normative-document'],
    ['关于做好边境管理工作的通知', 'normative-document'],
    ['# 某某规定（草案）', 'local-government-rule'],
    ['会议纪要整理', null],
  ];
  for (const [title, kind] of kinds) it(`${title} → ${kind}`, () => assert.strictEqual(draftKind(title), kind));

  it('ranks below: the table of the Legislation Law, with 部门规章 and 地方性法规 not ranked against each other', () => {
    assert.deepStrictEqual(KINDS_BY_RANK.slice(0, 2), ['constitution', 'law']);
    assert.strictEqual(KINDS_BY_RANK[KINDS_BY_RANK.length - 1], 'normative-document');
    const rows: [RegulationKind, RegulationKind, boolean][] = [
      ['law', 'local-regulation', false],
      ['local-government-rule', 'local-regulation', true],
      ['normative-document', 'local-government-rule', true],
      ['departmental-rule', 'local-government-rule', false],
      ['local-government-rule', 'departmental-rule', false],
      ['departmental-rule', 'local-regulation', false],
      ['local-regulation', 'departmental-rule', false],
      ['local-regulation', 'administrative-regulation', true],
      ['judicial-interpretation', 'local-regulation', false],
      ['constitution', 'law', false],
    ];
    for (const [basis, draft, below] of rows) assert.strictEqual(ranksBelow(basis, draft), below, `${basis} below ${draft}`);
  });
});

describe('list of cited provisions', () => {
  const draft = [
    '# 示例市物业许可管理办法（草案）',
    '',
    `第一条 为了规范许可工作，根据${Z}第六条第二款、${P}第三条第（一）项和第二条，制定本办法。`,
    `第二条 依照${Z}第六条第二款和第十条办理。${Z}另有规定的，从其规定。`,
    '第三条 本办法第一条所称许可，依照《尚未收录的条例》第五条。',
    '',
  ].join('\n');

  it('groups the regulations by 效力级别 (higher first), each cited 条/款/项 once with its text and every mention', () => {
    const l = list(['d.md', draft]);
    assert.deepStrictEqual(l.regulations.map((r) => [r.title, r.level]), [
      [ZT, 'local-regulation'],
      ['示例许可管理办法', 'local-government-rule'],
    ]);
    const z = l.regulations[0];
    assert.deepStrictEqual(z.provisions.map((p) => [p.label, p.mentions.map((m) => `${m.file}:${m.range.start.line + 1}`)]), [
      ['第六条第二款', ['d.md:3', 'd.md:4']],
      ['第十条', ['d.md:4']],
    ]);
    assert.strictEqual(z.provisions[0].text, '监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。');
    assert.deepStrictEqual(z.titleMentions.map((m) => m.range.start.line), [3], 'the title named alone');
    const p = l.regulations[1];
    assert.deepStrictEqual(p.provisions.map((x) => [x.article, x.paragraph, x.item, x.label]), [
      [2, null, null, '第二条'],
      [3, null, 1, '第三条第（一）项'],
    ]);
    assert.strictEqual(p.provisions[0].text, '申请人应当自收到补正通知之日起十五日内提交补正材料。\n行政机关应当在二十个工作日内作出决定，不得收取任何费用。');
    assert.strictEqual(p.provisions[1].text, '（一）申请人以欺骗、贿赂等不正当手段取得许可的；');
    assert.deepStrictEqual([p.version, p.adopted, p.effective], ['2021-05-01', '2021-03-01', '2021-05-01']);
    assert.deepStrictEqual(l.drafts, [{ file: 'd.md', title: '示例市物业许可管理办法（草案）', kind: 'local-government-rule', date: null, unresolved: 1 }]);
    assert.deepStrictEqual(l.regulations.flatMap((r) => r.flags), [], 'no date, no basis below a 地方政府规章');
  });

  it('flags a basis of lower rank than the draft: a 地方政府规章 cited by a draft 条例', () => {
    const l = list(['tiaoli.md', `示例市许可条例（草案）\n\n第一条 根据${P}第四条，制定本条例。\n第二条 依照${Z}第六条执行。\n`]);
    const flags = l.regulations.map((r) => [r.title, r.flags.map((f) => f.code)]);
    assert.deepStrictEqual(flags, [[ZT, []], ['示例许可管理办法', ['lower-rank']]]);
    assert.deepStrictEqual(l.regulations[1].flags[0], { code: 'lower-rank', file: 'tiaoli.md', kind: 'local-government-rule', draftKind: 'local-regulation', draftTitle: '示例市许可条例（草案）' });
  });

  it('flags a law not yet in force at the draft’s date', () => {
    const l = list(['old.md', `关于边境工作的通知\n\n2022年5月1日\n\n依照${Z}第六条执行。\n`]);
    assert.deepStrictEqual(l.regulations[0].flags, [{ code: 'not-yet-effective', file: 'old.md', effective: '2023-09-01', documentDate: '2022-05-01' }]);
  });

  it('flags a named version superseded at the draft’s date, and lists the version each citation was read in', () => {
    const l = list(['v.md', `关于测试工作的通知\n\n2025年1月1日\n\n依照《示例自治区测试条例（2020年修正）》第一条和《示例自治区测试条例》第二条执行。\n`]);
    assert.deepStrictEqual(l.regulations.map((r) => [r.version, r.provisions.map((p) => p.label), r.flags.map((f) => f.code)]), [
      ['2020-03-01', ['第一条'], ['superseded']],
      ['2024-07-01', ['第二条'], []],
    ]);
    assert.strictEqual(l.regulations[0].provisions[0].text, '这是示例自治区测试条例2020年文本第一条的规定。');
  });

  it('joins several drafts: mentions name their file, flags the draft that raises them', () => {
    const l = list(['a.md', `通知\n\n2022年5月1日\n\n依照${Z}第六条执行。\n`], ['b.md', `通知\n\n2024年5月1日\n\n依照${Z}第六条执行。\n`]);
    assert.strictEqual(l.regulations.length, 1);
    assert.deepStrictEqual(l.regulations[0].provisions[0].mentions.map((m) => m.file), ['a.md', 'b.md']);
    assert.deepStrictEqual(l.regulations[0].flags.map((f) => f.file), ['a.md']);
  });

  it('is empty for a draft that cites nothing', () => {
    const l = list(['e.md', '没有引用的文稿。\n']);
    assert.deepStrictEqual(l.regulations, []);
  });
});
