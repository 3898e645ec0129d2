// English pages, twelfth round of issue 14 (heldout12 English and the earlier English tuning sets): a memo's own
// rendering of a law's title followed by the Chinese title in brackets, then a short name (chineseTitleNote.ts); English
// titles in British spelling (englishTitleBag.ts); a long title with "within" in it (english.ts). Made-up text in the
// real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';
import { keyTerms, keyTermsLaw } from '../../server/src/core/citations/english/names/englishKeyTerms';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // the Chinese title in brackets names the law the short name after it stands for
  ['a free English rendering, the Chinese title in brackets, then the short name', 'The PRC Law on Charitable Undertakings (in Chinese: 中华人民共和国慈善法) ("Charity Act") took effect in 2016. Article 9 of the Charity Act lists the conditions.', [
    ['Article 9 of the Charity Act', 'resolved', '慈善9'],
  ]],
  ['"Chinese:" and the title in 《》, a short name with "the"', 'The Act on Charities (Chinese: 《中华人民共和国慈善法》) (the "Act") governs. Under Article 10 of the Act, a charity registers.', [
    ['Article 10 of the Act', 'resolved', '慈善10'],
  ]],
  ['a Chinese title the corpus lacks: that law, unknown', 'The Ordinance on Moon Travel (in Chinese: 中华人民共和国月球旅行法) ("Moon Act") is fiction. Article 3 of the Moon Act is cited by nobody.', [
    ['Article 3 of the Moon Act', 'unknown-regulation', ''],
  ]],
  ['not Chinese words in the bracket that are no law\'s title, nor a draft', 'The trust company (in Chinese: 信托公司的客户) ("Client Book") keeps records. Article 4 of the Client Book applies. The Act on Kindness (in Chinese: 中华人民共和国慈善法草案) ("Draft Kindness Act") was discussed. Article 11 of the Draft Kindness Act was changed.', []],
  // British spelling of a known title's words
  ['"Organisations", "Labour": a known title\'s words in British spelling', 'Article 12 of the Law of the PRC on Rural Collective Economic Organisations applies. Article 11 of the Regulation on Labour Security Supervision applies too.', [
    ['Article 12 of the Law of the PRC on Rural Collective Economic Organisations', 'resolved', '农村集体经济组织12'],
    ['Article 11 of the Regulation on Labour Security Supervision', 'resolved', '劳动保障监察条例11'],
  ]],
  ['not other words in British spelling', 'Article 12 of the Law of the PRC on Urban Collective Economic Organisations applies.', [
    ['Article 12 of the Law of the PRC on Urban Collective Economic Organisations', 'unknown-regulation', ''],
  ]],
  // a long title with "within", defined by a short name
  ['a title with "within" in it, in British spelling, defined as "the Law"', 'The Standing Committee issued the Law of the People\'s Republic of China on the Administration of Activities of Overseas Non-Governmental Organisations within the Territory of China (the "Law"). Under article 2 of the Law, such groups register.', [
    ['article 2 of the Law', 'resolved', '境外非政府组织境内活动管理2'],
  ]],
  // "the newly amended / recently revised" law (names/englishTitleAt.ts TITLE_LEAD)
  ['a law named after "newly amended", "newly revised", "recently amended", in lower case too', 'Article 7 of the newly revised trademark law requires good faith. Article 42 of the newly amended patent law extends terms. Article 8 of the recently amended Patent Law says so, and Article 9 of the newly amended law too.', [
    ['Article 7 of the newly revised trademark law', 'resolved', '商标7'], ['Article 42 of the newly amended patent law', 'resolved', '专利42'],
    ['Article 8 of the recently amended Patent Law', 'resolved', '专利8'], ['Article 9 of the newly amended law', 'resolved', '专利9'],
  ]],
  ['not another document so described, nor "newly" before another word', 'Article 5 of the newly amended contract binds. Article 6 of the newly adopted Patent Law is odd.', []],
  // "the Regulation" for the 条例 cited last (englishRegulationNoun.ts)
  ['"the Regulation" after a regulation cited by its plural English title, also after a law in between', 'Under Article 3 of the Regulations on Paid Annual Leave for Employees, leave grows with service. Article 5 of the Labor Law sets hours. Article 4 of the Regulation lists exceptions.', [
    ['Article 3 of the Regulations on Paid Annual Leave for Employees', 'resolved', '职工带薪年休假条例3'], ['Article 5 of the Labor Law', 'resolved', '劳动5'],
    ['Article 4 of the Regulation', 'resolved', '职工带薪年休假条例4'],
  ]],
  ['not with no regulation cited before (never the law in context), nor on a page where the GDPR is in play', 'Article 5 of the Labor Law sets hours. Article 6 of the Regulation is unclear.\n\nArticle 3 of the Regulations on Paid Annual Leave for Employees applies. The GDPR differs. Article 4 of the Regulation lists exceptions.', [
    ['Article 5 of the Labor Law', 'resolved', '劳动5'], ['Article 6 of the Regulation', 'unknown-regulation', ''],
    ['Article 3 of the Regulations on Paid Annual Leave for Employees', 'resolved', '职工带薪年休假条例3'], ['Article 4 of the Regulation', 'unknown-regulation', ''],
  ]],
  ['a short name "Regulation" the page defines stays that definition', 'The Regulation on Labor Security Supervision (the "Regulation") took effect. Article 3 of the Regulations on Paid Annual Leave for Employees applies. Article 11 of the Regulation lists duties.', [
    ['Article 3 of the Regulations on Paid Annual Leave for Employees', 'resolved', '职工带薪年休假条例3'], ['Article 11 of the Regulation', 'resolved', '劳动保障监察条例11'],
  ]],
  // "the preceding paragraph" in statute text printed under the law's title line (analyze.ts cite, headings/englishStatuteText.ts statuteTextEnd)
  ['items of "the preceding paragraph" in an article printed under the title line of the regulation just cited', 'The worker meets Article 14 of the Regulations on Work-related Injury Insurance.\n\nRegulations on Work-related Injury Insurance\n\nArticle 14 An employee shall be deemed injured in any of the following cases:\n\n(1) injured at work during working hours;\n\n(2) injured while preparing work before hours.\n\nWhere an employee falls under item (1) of the preceding paragraph, the employer shall report it.', [
    ['Article 14 of the Regulations on Work-related Injury Insurance', 'resolved', '工伤保险条例14'], ['item (1) of the preceding paragraph', 'resolved', '工伤保险条例14.1.1'],
  ]],
  ['the article just cited printed below with no title line, its paragraphs apart', 'The worker meets Article 14 of the Regulations on Work-related Injury Insurance.\n\nArticle 14 An employee shall be deemed injured in any of the following cases:\n\n(1) injured at work during working hours;\n\n(2) injured while preparing work before hours.\n\nThe injury referred to in the preceding paragraph shall be reported within 30 days.', [
    ['Article 14 of the Regulations on Work-related Injury Insurance', 'resolved', '工伤保险条例14'], ['the preceding paragraph', 'resolved', '工伤保险条例14.1'],
  ]],
  ['not the writer\'s words after the printed article, even when they say "shall"', 'The worker meets Article 14 of the Regulations on Work-related Injury Insurance.\n\nRegulations on Work-related Injury Insurance\n\nArticle 14 An employee shall be deemed injured in any of the following cases:\n\n(1) injured at work during working hours;\n\n(2) injured while preparing work before hours.\n\nAs the preceding paragraph shows, the employer shall report it. We read item (1) of the preceding paragraph widely.', [
    ['Article 14 of the Regulations on Work-related Injury Insurance', 'resolved', '工伤保险条例14'],
  ]],
  // short English names of court interpretations by kind and key terms (englishKeyTerms.ts, english-titles.json rows)
  ['a court interpretation named by its kind and the key terms of its subject, in any order', 'Article 17 of the Guarantee System Interpretation of the Civil Code voids the guarantee. Article 5 of the Provisions on Patent Grant and Confirmation applies, and Article 7 of the Provisions on Trademark Grant and Confirmation is strict.', [
    ['Article 17 of the Guarantee System Interpretation of the Civil Code', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释17'],
    ['Article 5 of the Provisions on Patent Grant and Confirmation', 'resolved', '最高人民法院关于审理专利授权确权行政案件适用法律若干问题的规定（一）5'],
    ['Article 7 of the Provisions on Trademark Grant and Confirmation', 'resolved', '最高人民法院关于审理商标授权确权行政案件若干问题的规定7'],
  ]],
  ['not with too few key terms, another series number, another kind, or words no title has', 'Article 3 of the Provisions on Trademark Grant is short. Article 2 of the Provisions on Trademark Grant and Confirmation (II) is new. Article 4 of the Interpretation on Trademark Grant and Confirmation is not. Article 6 of the Provisions on Trademark Grant and Renewal is none.', [
    ['Article 3 of the Provisions on Trademark Grant', 'unknown-regulation', ''], ['Article 2 of the Provisions on Trademark Grant and Confirmation (II)', 'unknown-regulation', ''],
    ['Article 4 of the Interpretation on Trademark Grant and Confirmation', 'unknown-regulation', ''], ['Article 6 of the Provisions on Trademark Grant and Renewal', 'unknown-regulation', ''],
  ]],
  // the courts' minutes defined by a short name (englishDefinitions.ts MINUTES_BEFORE)
  ['the courts\' minutes named with a short name (space lost before the bracket and the quote): its article, unknown', 'Although The Minutes of the National Court Bankruptcy Trial Work(hereinafter referred to as the"Work Minutes")settled the view, there are gaps. Firstly, Article 12 of the "Work Minutes" ignores employees.', [
    ['Article 12 of the "Work Minutes"', 'unknown-regulation', ''],
  ]],
  ['not the minutes of a board or of a sales meeting', 'The Minutes of the Board Meeting on Trial Runs (hereinafter referred to as the "Board Minutes") are internal. Article 3 of the "Board Minutes" records the vote. The Minutes of the Annual Sales Work (hereinafter the "Sales Minutes") are plans. Article 2 of the "Sales Minutes" says so.', []],
];

describe('English pages, twelfth round (issue 14): Chinese titles in brackets, British spelling', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

describe('English short names by kind and key terms (englishKeyTerms.ts)', () => {
  it('one kind word and three subject words at least, the issuer and "several issues" left out', () => {
    assert.deepStrictEqual(keyTerms('Provisions on Patent Grant and Confirmation'), { kind: 'provision', terms: ['patent', 'grant', 'confirmation'], series: 0 });
    assert.strictEqual(keyTerms('Provisions of the Supreme People\'s Court on Several Patent Issues'), null);
    assert.strictEqual(keyTerms('Interpretation of the Provisions on Patent Grant and Confirmation'), null);
  });
  it('no number: the only document, or the first of a series with no second; a number: that member', () => {
    assert.strictEqual(keyTermsLaw([{ law: 'A', series: 1 }], 0), 'A');
    assert.strictEqual(keyTermsLaw([{ law: 'A', series: 1 }, { law: 'B', series: 2 }], 0), null);
    assert.strictEqual(keyTermsLaw([{ law: 'A', series: 1 }, { law: 'B', series: 2 }], 2), 'B');
    assert.strictEqual(keyTermsLaw([{ law: 'A', series: 0 }, { law: 'C', series: 0 }], 0), null);
  });
});
