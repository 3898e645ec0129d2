// English translations and writing on Chinese law, eighth round of issue 14: the court's interpretations of laws the
// corpus no longer holds (the Marriage Law, the Contract Law) named in English ("Interpretation (II) of the Marriage
// Law", "Interpretation(ii)of the Law of Contract", numbered "(Ⅱ)"). Made-up text in the real style, against the
// corpus's own texts (test/fixtures/english-pages3 for the Criminal Law and the Labor Law, entrans8).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）': '婚二', '最高人民法院关于适用《中华人民共和国合同法》若干问题的解释（二）': '合二',
  中华人民共和国刑法: '刑法', 中华人民共和国劳动法: '劳动', 中华人民共和国宪法: '宪法', 中华人民共和国专利法: '专利', 中华人民共和国专利法实施细则: '专细', 中华人民共和国涉外民事关系法律适用法: '涉外',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 刑法20 is article 20; 刑法20.3 article 20, paragraph 3; 本4 the document's own article 4. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: ['english-pages3', 'entrans8'].map((f) => path.join(FIXTURES, f)) });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // interpretations of laws the corpus no longer holds, by their English titles
  ['the Marriage Law\'s second interpretation: by number in brackets, Unicode numeral, capitalised connectors', 'A study of Article 24 of the Interpretation (II) of the Marriage Law.\nThe Application Standard Of Article 24 Of The Judicial Interpretation (Ⅱ) Of Marriage Law is debated.', [
    ['Article 24 of the Interpretation (II) of the Marriage Law', 'resolved', '婚二24'], ['Article 24 Of The Judicial Interpretation (Ⅱ) Of Marriage Law', 'resolved', '婚二24'],
  ]],
  ['the full title in quotes, "Applicable" for "the Application of", the number glued to the country\'s name', 'Article 24 of the "Interpretation of the Supreme People\'s Court on Several Issues Concerning the Applicable Marriage Law of the People\'s Republic of China(II)" sets a presumption.', [
    ['Article 24 of the "Interpretation of the Supreme People\'s Court on Several Issues Concerning the Applicable Marriage Law of the People\'s Republic of China(II)"', 'resolved', '婚二24'],
  ]],
  ['the Contract Law\'s second interpretation, "Law of Contract", the number in lower case glued to the words', 'Article 29 of the Interpretation(ii)of the Law of Contract lets a court reduce a penalty; so does article 29 of the Interpretation (II) of the Contract Law.', [
    ['Article 29 of the Interpretation(ii)of the Law of Contract', 'resolved', '合二29'], ['article 29 of the Interpretation (II) of the Contract Law', 'resolved', '合二29'],
  ]],
  ['a roman numeral in brackets numbers the title, defines no short name: a bare article after it is the interpretation\'s', 'Article 25 of the Interpretation (II) of the Marriage Law (hereinafter "the Interpretation") applies; so does "Article 24" there, and Article 26.', [
    ['Article 25 of the Interpretation (II) of the Marriage Law', 'resolved', '婚二25'], ['Article 24', 'resolved', '婚二24'], ['Article 26', 'resolved', '婚二26'],
  ]],
  ['an acronym in brackets still defines one: (CL) after the Criminal Law', 'Article 20 of the Criminal Law (CL) and Article 21 of the CL apply.', [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'], ['Article 21 of the CL', 'resolved', '刑法21'],
  ]],
  ['the repealed laws themselves stay unknown; an interpretation the corpus lacks too', 'Article 33 of the Marriage Law and Article 114 of the Contract Law were replaced. Article 5 of the Interpretation (IV) of the Contract Law was never issued.', [
    ['Article 33 of the Marriage Law', 'unknown-regulation', ''], ['Article 114 of the Contract Law', 'unknown-regulation', ''],
    ['Article 5 of the Interpretation (IV) of the Contract Law', 'unknown-regulation', ''],
  ]],
  // several paragraphs named by ordinals in one
  ['"the first and second paragraphs of article 20", "the first, second or third paragraph of …": each paragraph', 'Under the first and second paragraphs of article 20 of the Criminal Law a defender is not liable; the first, second or third paragraph of Article 21 of the Criminal Law may apply.', [
    ['the first and second paragraphs of article 20 of the Criminal Law', 'resolved', '刑法20.1 刑法20.2'], ['the first, second or third paragraph of Article 21 of the Criminal Law', 'resolved', '刑法21.1 刑法21.2 刑法21.3'],
  ]],
  ['ordinal paragraphs of a contract, a memo or a chapter are none', 'See the first and second paragraphs of the contract, the first and second paragraphs of this memo, and the first and second paragraphs of Chapter 3.', [
  ]],
  // "the preceding two paragraphs" in a quoted text that ran two paragraphs together
  ['"the preceding two paragraphs" on the line of the second paragraph: the third paragraph\'s, referring to the first two', 'Article 20 of the Criminal Law: Where a person stops an ongoing unlawful infringement in any of the following ways, he bears no liability:\n1. by force;\n2. by restraint.\nIf the defence goes too far, the provisions of the preceding paragraph do not apply. Where a defender faces a violent crime, the provisions of the preceding two paragraphs apply to him.', [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'], ['the preceding paragraph', 'resolved', '刑法20.1'], ['the preceding two paragraphs', 'resolved', '刑法20.1 刑法20.2'],
  ]],
  ['in a writer\'s prose "the preceding two paragraphs" are the writer\'s: none', 'Article 20 of the Criminal Law is discussed below.\n\nAs the preceding two paragraphs showed, the courts differ.', [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'],
  ]],
  // China's constitution in lower case
  ['"the Chinese constitution", "China\'s constitution" in lower case: the Constitution, in context for the articles after it', 'The newspaper posted the text of the Chinese constitution, including Article 35, which guarantees free speech.\nUnder China\'s constitution Articles 37 and 38 protect the person.', [
    ['Article 35', 'resolved', '宪法35'], ["China's constitution Articles 37 and 38", 'resolved', '宪法37 宪法38'],
  ]],
  ['not "Chinese constitutional" words, nor the Chinese constitution of 1954: no title, the article after has no context', 'Chinese constitutional scholars read Article 35 broadly.\nThe Chinese constitution of 1954 had an Article 87 on speech.', [
    ['Article 35', 'no-context', '劳动35 宪法35 涉外35'], ['Article 87', 'no-context', ''],
  ]],
  ['China\'s Constitution named in passing, in a sentence citing none of its articles: the law discussed stays in context', 'Article 3 of the Labor Law protects workers in accordance with China\'s Constitution. Similarly, under Article 4, employers shall set rules.', [
    ['Article 3 of the Labor Law', 'resolved', '劳动3'], ['Article 4', 'resolved', '劳动4'],
  ]],
  // the Patent Law's implementing rules, numbered by rule
  ['"Rule 47 of the Implementing Regulations of the Patent Law": 专利法实施细则 (CNIPA\'s English), a rule is an article', 'Under Rule 47 of the Implementing Regulations of the Patent Law the applicant states it; otherwise Paragraph 1 of Article 9 of the Patent Law applies, and Rules 48 and 49 of the Implementing Regulations of the Patent Law too.', [
    ['Rule 47 of the Implementing Regulations of the Patent Law', 'resolved', '专细47'], ['Paragraph 1 of Article 9 of the Patent Law', 'resolved', '专利9.1'],
    ['Rules 48 and 49 of the Implementing Regulations of the Patent Law', 'resolved', '专细48 专细49'],
  ]],
  ['a rule of anything else is none: court rules, arbitration rules, a rule of thumb', 'Rule 47 of the CIETAC Arbitration Rules applies, Rule 12 of the court\'s rules too, and rule 3 of thumb.', [
  ]],
  // renderings of the choice-of-law statute's title in use (english-titles.json, with sources)
  ['the choice-of-law statute as memos and abstracts render it', 'Article 4 of the Law of the Application of Law for Foreign-related Civil Relations and Article 41 of the Law of the Application of Law to Foreign-related Civil Relations Act apply.', [
    ['Article 4 of the Law of the Application of Law for Foreign-related Civil Relations', 'resolved', '涉外4'], ['Article 41 of the Law of the Application of Law to Foreign-related Civil Relations Act', 'resolved', '涉外41'],
  ]],
  ['another rendering that names another law is not it', 'Article 4 of the Law of the Application of Law for Foreign Trade applies.', [
    ['Article 4 of the Law of the Application of Law for Foreign Trade', 'unknown-regulation', ''],
  ]],
  ['non-citations around them: a session number, a case number, an article of an agreement', 'The 14th Session adopted it.\nCase (2019) Hu 01 Min Zhong No. 12 applied the Interpretation (II) of the Marriage Law, not Article 24 of the agreement between the spouses.', [
  ]],
];

describe('real forms, eighth round (English translations and writing)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});
