// English pages on Chinese law, tenth round of issue 14 (news, abstracts, Q&A pages, translations): a film's title
// quoted in a headline or with spaces inside the marks, and the other forms below, each a rule a writer follows.
// Made-up text in the real style, against excerpts of real national texts (test/fixtures/english-pages3 for the
// Criminal Law, english-pages10 for the laws below).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国刑法: '刑法', 中华人民共和国反间谍法: '反间谍', 中华人民共和国反恐怖主义法: '反恐', 中华人民共和国企业破产法: '破产',
  中华人民共和国电子商务法: '电商', 中华人民共和国反电信网络诈骗法: '反诈', 工伤保险条例: '工伤', 中华人民共和国民法典: '民法典',
  中华人民共和国反不正当竞争法: '反不正当', 最高人民法院关于审理民间借贷案件适用法律若干问题的规定: '民间借贷',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 刑法20 is article 20; 破产45 article 45; 电商38.2 article 38, paragraph 2. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: ['english-pages3', 'english-pages10'].map((f) => path.join(FIXTURES, f)) });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a work titled after an article (englishWorkTitle.ts)
  ['a headline quoting the film\'s title before the text names the film', '"Article 20" opens, lawyers explain self-defence\nThe new movie "Article 20" follows a prosecutor. Why was Article 20 of the Criminal Law seldom applied?', [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'],
  ]],
  ['the title quoted with spaces inside the marks, as machine-translated news writes it', 'The movie " Article 20 ", now in cinemas, turns on Article 20 of the "Criminal Law of the People\'s Republic of China".\n\'s film " Article 20 ", which opened this week, is about self-defence.', [
    ['Article 20 of the "Criminal Law of the People\'s Republic of China"', 'resolved', '刑法20'],
  ]],
  ['no film on the page: a quoted label stays a citation, with spaces inside the marks too', 'The Criminal Law sets the rule in " Article 20 ". "Article 21" rules on necessity.', [
    ['Article 20', 'resolved', '刑法20'], ['Article 21', 'resolved', '刑法21'],
  ]],
  ['a film titled after one article does not hide another quoted article', 'The Criminal Law is in the news since the film "Article 20" came out; the debate on "Article 21" goes on.', [
    ['Article 21', 'resolved', '刑法21'],
  ]],
  // 反 as Counter- or Anti- (titleAliases.ts)
  ['the Counter-espionage Law and the Counterterrorism Law as news agencies name them, Anti-', 'The amended Anti-Espionage Law took effect in July. Article 4 of the law widens the definition of spying. Under Article 33 of the Anti-Terrorism Law, and Article 3 of the Counter-Terrorism Law, courts may act.', [
    ['Article 4 of the law', 'resolved', '反间谍4'], ['Article 33 of the Anti-Terrorism Law', 'resolved', '反恐33'], ['Article 3 of the Counter-Terrorism Law', 'resolved', '反恐3'],
  ]],
  // A page naming Canada and never China is about other states' law (foreignPage.ts, round 16): the Anti-Doping Code is
  // no citation there either (before that rule, unknown-regulation).
  ['another state\'s anti-terrorism act is no Chinese law, nor is a capitalised Anti- word that names none', 'Article 5 of the Counter-Terrorism Act 2008 of the United Kingdom differs, and Section 1 of the Anti-Terrorism Act applies in Canada. Article 7 of the Anti-Doping Code is a sports rule.', []],
  ['on a page about Chinese law, a capitalised Anti- word that names no law is an unknown title, not 反…法', 'Article 5 of the PRC Anti-Terrorism Law applies in China. Article 7 of the Anti-Doping Code is a sports rule.', [
    ['Article 5 of the PRC Anti-Terrorism Law', 'resolved', '反恐5'], ['Article 7 of the Anti-Doping Code', 'unknown-regulation', ''],
  ]],
  // lists and runs of paragraphs (english.ts)
  ['a plus sign joining two articles, as a summary of a law writes them in brackets', 'Creditors declare their claims to the administrator within the time limit. (article 45+48 of the Enterprise Bankruptcy Law)\nA score of 5+3 points, and Article 2 + 3 hours.', [
    ['article 45+48 of the Enterprise Bankruptcy Law', 'resolved', '破产45 破产48'], ['Article 2', 'resolved', '破产2'],
  ]],
  ['a run of paragraphs in decimal numbering; a run to a higher number stays a run of articles', 'The rule in the Enterprise Bankruptcy Law (Article 5.1-2) is new. Articles 12.1-14 of the Enterprise Bankruptcy Law follow, and Article 120-1 of it is none.', [
    ['Article 5.1-2', 'resolved', '破产5.1 破产5.2'], ['Articles 12.1-14 of the Enterprise Bankruptcy Law', 'resolved', '破产12.1 破产13 破产14'],
    ['Article 120-1', 'unknown-article', '破产120'],
  ]],
  // "this law" in a writer's prose (analyze.ts writerThisLaw)
  ['"this law" in an abstract, the law its paragraph named just before, lines wrapped as a PDF wraps them', 'As a new law, the "Electronic Commerce Law" has attracted the attention of\nthe public. The legislative process concerning the second\nparagraph of Article 38 of this law has triggered discussions.', [
    ['the second\nparagraph of Article 38 of this law', 'resolved', '电商38.2'],
  ]],
  ['after a blank line, or a code for a law, "this law" names no law of the page', 'The Electronic Commerce Law took effect in 2019.\n\nArticle 38 of this law is disputed. The Electronic Commerce Law again: Article 9 of this code.', [
    ['Article 38 of this law', 'self', '本38'], ['Article 9 of this code', 'self', '本9'],
  ]],
  ['"this Law" capitalised, a statute\'s own wording, stays the document\'s own in a writer\'s sentence', 'The Electronic Commerce Law took effect in 2019. Article 38 of this Law is the memo\'s own rule.', [
    ['Article 38 of this Law', 'self', '本38'],
  ]],
  // "the same Article N" (analyze.ts sameArticleCited)
  ['"the same art. N" is the article of that number cited before, though another law was named in between', 'Art. 20 of the Criminal Law sets the rule, in line with the Anti-Terrorism Law. The same art. 20 limits it. Article 7 then follows.', [
    ['Art. 20 of the Criminal Law', 'resolved', '刑法20'], ['art. 20', 'resolved', '刑法20'], ['Article 7', 'resolved', '反恐7'],
  ]],
  ['"the same Article N" with no article of that number cited before: the law in context, as written', 'The Criminal Law was amended. The Anti-Terrorism Law followed; the same Article 9 applies.', [
    ['Article 9', 'resolved', '反恐9'],
  ]],
  // a draft of a law named in prose (scanner.ts DRAFT_OF)
  ['a bare article after a draft revision of a law is the draft\'s, an article of the law named again is the law\'s', 'The regulator issued a draft revision of the Anti-Unfair Competition Law,which aims to regulate data scraping through Article 18.However,Article 2 of the Anti-Unfair Competition Law already applies. The draft amendment to the Anti-Unfair Competition Law also adds Articles 20 and 21.', [
    ['Article 18', 'unknown-regulation', ''], ['Article 2 of the Anti-Unfair Competition Law', 'resolved', '反不正当2'], ['Articles 20 and 21', 'unknown-regulation', ''],
  ]],
  ['a law named after a draft was mentioned, not as its object: the law\'s article', 'The Anti-Unfair Competition Law was amended after a draft was published. Article 2 is its general clause.', [
    ['Article 2', 'resolved', '反不正当2'],
  ]],
  // a quoted title before the article (englishRunIn.ts, english.ts titleBefore)
  ['a title in quotation marks before the article and its text, as a Q&A page cites it', '"Regulations on Work-related Injury Insurance" Article 32 Workers with work-related injuries may install artificial limbs.\nLawyer Wang: "Road Safety Accident Law" Article 77 If an accident occurs, it is handled so.', [
    ['"Regulations on Work-related Injury Insurance" Article 32', 'resolved', '工伤32'], ['"Road Safety Accident Law" Article 77', 'unknown-regulation', ''],
  ]],
  ['a quoted word that is no title before a run-in heading: still the heading of the quoted text', 'The Criminal Law is quoted below with its term "Defence" Article 20 An act of defence is lawful.', [
  ]],
];

describe('citations: English pages on Chinese law, round 10 (issue 14)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(summary(doc), expected));
  }
});
