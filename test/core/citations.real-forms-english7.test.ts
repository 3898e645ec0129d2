// English memos and client alerts on Chinese law, seventh round of issue 14 (englishHeadings.ts, englishComposed.ts,
// english.ts, scanner.ts, the English title table): an article's text quoted after its citation with the list it
// introduces or under a label with a caption of the page's own, a title in single quotes, a law's acronym after the article in brackets, the court's numbered
// interpretations of a law ("Judicial Interpretation III of Company Law", "the Third Interpretation …", "Provisions …
// (II)"), a footnote mark between a title and its short name, two more laws' English titles. Made-up text in the real
// style, against excerpts of national texts of the bundled corpus (test/fixtures/english-pages7).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司', 中华人民共和国个人信息保护法: '个保', 中华人民共和国反垄断法: '反垄断', 中华人民共和国就业促进法: '就业',
  中华人民共和国妇女权益保障法: '妇女', '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）': '公司规定二',
  '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）': '公司规定三',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 个保38.2 is article 38, paragraph 2. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'english-pages7')] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation.replace(/〈/g, '《').replace(/〉/g, '》')] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // an article's text quoted after its citation, introducing a list
  ['"… regulates that: … the following:" quotes the article with its list below ("hereof" in an item is the law\'s)', 'Article 26 of the Employment Promotion Law regulates that: an employer shall not act in any of the following ways:\n\n  1. refuse a candidate on the grounds set out in Article 27 hereof;\n  2. impose other unfair terms of recruitment.\n\nIn our handbook we repeat Article 27 of this Law.', [
    ['Article 26 of the Employment Promotion Law', 'resolved', '就业26'], ['Article 27 hereof', 'resolved', '就业27'], ['Article 27 of this Law', 'self', '本27'],
  ]],
  ['a citation labelling the text after a colon, its list on the lines below', 'Article 26 of the Employment Promotion Law: An employer shall treat job seekers equally in all of the following respects:\n(1) the terms set in Article 27 of this Law;\n(2) other terms of employment.', [
    ['Article 26 of the Employment Promotion Law', 'resolved', '就业26'], ['Article 27 of this Law', 'resolved', '就业27'],
  ]],
  ['not the writer\'s next line after a text that introduces no list', 'Article 26 of the Employment Promotion Law: An employer shall treat job seekers equally.\nOur handbook repeats Article 27 of this Law.', [
    ['Article 26 of the Employment Promotion Law', 'resolved', '就业26'], ['Article 27 of this Law', 'self', '本27'],
  ]],
  // A heading with its caption is no citation (issue 14 rule 8; round 14 made the english4/english7 labels agree with heldout13-english).
  ['a label with its own caption alone on its line above the provision: a heading, the text under it the law\'s', 'Personal Information Protection Law of the People\'s Republic of China › Chapter III\nArticle 38 – Cross-Border Transfers\n\nA handler that needs to send data abroad shall first pass the assessment organised under Article 40 of this Law.', [
    ['Article 40 of this Law', 'resolved', '个保40'],
  ]],
  ['not the writer\'s own lines after a label with no caption', 'The Personal Information Protection Law applies.\nArticle 38 – see our note below.\n\nOur own Article 40 of this Law is a rule of the draft we prepare for the client.', [
    ['Article 38', 'resolved', '个保38'], ['Article 40 of this Law', 'self', '本40'],
  ]],
  // a title in single quotation marks
  ['a title in single quotation marks, an apostrophe inside it', 'As stipulated in Article 26 of the \'Employment Promotion Law of the People\'s Republic of China\' and Article 27 of the ‘Employment Promotion Law’, hiring is equal.', [
    ['Article 26 of the \'Employment Promotion Law of the People\'s Republic of China\'', 'resolved', '就业26'], ['Article 27 of the ‘Employment Promotion Law’', 'resolved', '就业27'],
  ]],
  ['not other words in single quotation marks', 'Article 5 of the \'rules\' and Article 6 of the \'Staff Handbook\' were updated.', []],
  // an acronym after the article in legal citation style
  ['"(Art. 148 GPCL)": a law named by an acronym the document never defined, one the corpus lacks', 'Maintenance after divorce follows the closest law (Art. 148 GPCL). Hiring is equal (Art. 26 EPL; Art. 27 EPL).', [
    ['Art. 148 GPCL', 'unknown-regulation', ''], ['Art. 26 EPL', 'unknown-regulation', ''], ['Art. 27 EPL', 'unknown-regulation', ''],
  ]],
  ['not another state\'s regulation so cited, nor an acronym that names no law', 'Consent is one basis (Art. 6 GDPR). The Employment Promotion Law applies (Art. 26 ABC).', [
    ['Art. 26', 'resolved', '就业26'],
  ]],
  // the court's numbered interpretations of a law
  ['an interpretation numbered after its name ("Judicial Interpretation III of Company Law")', 'Under Article 13 of Judicial Interpretation III of Company Law, a shareholder who has not paid in full is liable to the creditors.', [
    ['Article 13 of Judicial Interpretation III of Company Law', 'resolved', '公司规定三13'],
  ]],
  ['numbered by an ordinal before it, and by a Roman number in brackets after the law (the court\'s 规定 too)', 'See Article 9 of the Third Interpretation of the Company Law and Article 7 of the Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of the Company Law of the People\'s Republic of China (II).', [
    ['Article 9 of the Third Interpretation of the Company Law', 'resolved', '公司规定三9'],
    ['Article 7 of the Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of the Company Law of the People\'s Republic of China (II)', 'resolved', '公司规定二7'],
  ]],
  ['not the law itself, nor an interpretation the court never numbered so', 'Article 3 of the Company Law stays, and Article 2 of the Interpretation (V) of the Company Law is not in this collection.', [
    ['Article 3 of the Company Law', 'resolved', '公司3'], ['Article 2 of the Interpretation (V) of the Company Law', 'unknown-regulation', ''],
  ]],
  // a footnote mark between a title and its short name
  ['the footnote mark after a title before the short name it defines', 'The Anti-monopoly Law of the People\'s Republic of China[1] (“AML”) took effect in 2008. Resale price maintenance falls under Article 14 of the AML.', [
    ['Article 14 of the AML', 'resolved', '反垄断14'],
  ]],
  ['not a footnote mark after words that name no law', 'The Annual Report[2] (“AR”) says Article 14 of the AR is new.', []],
  // two laws' English titles
  ['the Employment Promotion Law and the Law on the Protection of Women\'s Rights and Interests', 'Article 27 of the PRC Employment Promotion Law and Article 43 of the Law on the Protection of Women\'s Rights and Interests bar gender limits in hiring.', [
    ['Article 27 of the PRC Employment Promotion Law', 'resolved', '就业27'], ['Article 43 of the Law on the Protection of Women\'s Rights and Interests', 'resolved', '妇女43'],
  ]],
  ['"Antimonopoly Law" written without the hyphen', 'It violates Article 14 of the Antimonopoly Law and Article 13 of the PRC Antimonopoly Law.', [
    ['Article 14 of the Antimonopoly Law', 'resolved', '反垄断14'], ['Article 13 of the PRC Antimonopoly Law', 'resolved', '反垄断13'],
  ]],
  ['not other antimonopoly texts', 'Article 5 of the Antimonopoly Guidelines is no article of the law.', [
    ['Article 5 of the Antimonopoly Guidelines', 'unknown-regulation', ''],
  ]],
  ['not a plan with a similar name', 'Article 26 of the Employment Promotion Plan of the company sets targets.', []],
];

describe('real forms, English memos (issue 14, round 7)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(summary(doc), expected));
  }
  it('ordinary numbers, sessions and case numbers stay no citations', () => {
    assert.deepStrictEqual(summary('The 14th NPC Standing Committee, at its 7th session (第十四届, 第一次会议), heard case (2019) Jing 01 Min Chu No. 12; item 2 of the goods list was returned.'), []);
  });
});
