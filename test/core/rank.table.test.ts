// The one ranking rule for completion after 《, 插入引用 and 搜索条文 (core/query/rank.ts), as a table.
import * as assert from 'assert';
import { draftRank, NO_PREFERENCE, rankByDraft, titleMatch, type DraftPreference, type Rankable } from '../../server/src/core/query/rank';

const CIVIL = '中华人民共和国民法典';
const CIVIL_INTERP = '最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释';
const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const BEIJIANG_EN = 'Regulations of the Inner Mongolia Autonomous Region on Building a Strong Barrier';
const ECO = '内蒙古自治区建设我国北方重要生态安全屏障促进条例';

const regs: Rankable[] = [
  { title: BEIJIANG_EN, lang: 'en', translationOf: BEIJIANG },
  { title: CIVIL_INTERP, lang: 'zh' },
  { title: ECO, lang: 'zh', shortTitles: ['生态安全屏障促进条例'] },
  { title: CIVIL, lang: 'zh' },
  { title: BEIJIANG, lang: 'zh' },
];
const titles = (list: Rankable[]) => list.map((r) => r.title);

describe('ranking by the draft (core/query/rank)', () => {
  const matches: [string, string, Rankable, number][] = [
    ['《民法典》 names 中华人民共和国民法典 exactly', '民法典', { title: CIVIL }, 0],
    ['《民法典 with its bracket', '《民法典', { title: CIVIL }, 0],
    ['民法 begins it', '民法', { title: CIVIL }, 1],
    ['an interpretation only contains it', '民法典', { title: CIVIL_INTERP }, 2],
    ['a short title named exactly', '生态安全屏障促进条例', regs[2], 0],
    ['an empty query matches nothing', '', { title: CIVIL }, 2],
    ['民诉 abbreviates 民事诉讼法 (first character first, the rest in order)', '民诉', { title: '中华人民共和国民事诉讼法' }, 1],
    ['诉讼 inside a title abbreviates nothing', '诉讼', { title: '中华人民共和国民事诉讼法' }, 2],
    ['民诉 does not abbreviate 人民法院在线诉讼规则 (its first character is not 民)', '民诉', { title: '人民法院在线诉讼规则' }, 2],
    ['one character is a prefix or nothing', '法', { title: '中华人民共和国民事诉讼法' }, 2],
  ];
  for (const [name, query, r, expected] of matches) {
    it(`title match: ${name}`, () => assert.strictEqual(titleMatch(query, r), expected));
  }

  it('puts 中华人民共和国民法典 before any interpretation of it for 《民法典', () => {
    const ranked = rankByDraft([regs[1], regs[3]], (r) => r, '民法典', NO_PREFERENCE);
    assert.deepStrictEqual(titles(ranked), [CIVIL, CIVIL_INTERP]);
  });

  it('puts a law before its amendments and implementing rules among titles the query begins', () => {
    const amendment: Rankable = { title: '中华人民共和国刑法修正案（七）' };
    const rules: Rankable = { title: '中华人民共和国刑法实施细则' };
    const criminal: Rankable = { title: '中华人民共和国刑法' };
    const procedure: Rankable = { title: '中华人民共和国刑事诉讼法' };
    assert.deepStrictEqual(titles(rankByDraft([amendment, rules, criminal, procedure], (r) => r, '刑', NO_PREFERENCE)),
      [criminal.title, procedure.title, amendment.title, rules.title]);
    // A cited amendment still comes first: the draft's own laws outrank the rule.
    const pref: DraftPreference = { cited: [amendment.title], shortTitles: new Map(), defaultTitle: null };
    assert.strictEqual(rankByDraft([criminal, amendment], (r) => r, '刑', pref)[0].title, amendment.title);
  });

  it('lists a numbered series in its order, in the places it holds, after what the draft cites', () => {
    const t = (n: string) => ({ title: `中华人民共和国刑法修正案${n}` });
    const given = [t('（九）'), t('（十一）'), t(''), t('（三）'), { title: '中华人民共和国刑法' }];
    assert.deepStrictEqual(titles(rankByDraft(given, (r) => r, '刑', NO_PREFERENCE)),
      ['中华人民共和国刑法', t('').title, t('（三）').title, t('（九）').title, t('（十一）').title]);
    const pref: DraftPreference = { cited: [t('（十一）').title], shortTitles: new Map(), defaultTitle: null };
    assert.strictEqual(rankByDraft(given, (r) => r, '刑', pref)[0].title, t('（十一）').title, 'a cited member stays first');
  });

  it('puts Chinese texts before translations, the rest in the order given', () => {
    assert.deepStrictEqual(titles(rankByDraft(regs, (r) => r, '', NO_PREFERENCE)), [CIVIL_INTERP, ECO, CIVIL, BEIJIANG, BEIJIANG_EN]);
  });

  it('puts what the draft cites first, in the order it cites them, then short titles it defines and the default', () => {
    const pref: DraftPreference = { cited: [BEIJIANG, CIVIL_INTERP], shortTitles: new Map([['生态条例', ECO]]), defaultTitle: CIVIL };
    const ranked = titles(rankByDraft(regs, (r) => r, '', pref));
    assert.deepStrictEqual(ranked.slice(0, 2), [BEIJIANG, CIVIL_INTERP]);
    assert.deepStrictEqual(new Set(ranked.slice(2, 4)), new Set([ECO, CIVIL]));
    // The translation of a cited law is the draft's law too, after the Chinese text.
    assert.strictEqual(ranked[4], BEIJIANG_EN);
    assert.ok(draftRank(regs[0], '', pref)[0] === 0, 'a translation of a cited law is in the first tier');
  });

  it('ranks a cited law before an exact title match, and exact before prefix among the rest', () => {
    const pref: DraftPreference = { cited: [CIVIL_INTERP], shortTitles: new Map(), defaultTitle: null };
    assert.deepStrictEqual(titles(rankByDraft([regs[3], regs[1]], (r) => r, '民法典', pref)), [CIVIL_INTERP, CIVIL]);
    const prefix: Rankable = { title: '中华人民共和国民法典施行法' };
    assert.deepStrictEqual(titles(rankByDraft([prefix, regs[1], regs[3]], (r) => r, '民法典', NO_PREFERENCE)), [CIVIL, prefix.title, CIVIL_INTERP]);
  });
});
