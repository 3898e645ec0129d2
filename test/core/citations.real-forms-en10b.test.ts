// English pages, tenth round of issue 14 (part b): article headings told by their place in a run of headings
// (englishSequence.ts) — the last label of an excerpt cut off after it, a machine translation's "Article 2 of these
// regulations referred to as …", the first heading after "The full text is as follows:" — a heading whose ideographic
// space was lost ("Article 69? If …", headings/englishStatuteText.ts englishHeadingAt), and an article written as a section with a law of
// the corpus named after it ("S160 of Criminal Law", englishSection.ts), and a line in capitals read in the ordinary
// case ("ANALYSIS OF ARTICLE 12 OF THE LABOR LAW", englishCaps.ts), "Provision 15" of the Provisions named before
// (englishProvision.ts), and a quoted article's next paragraphs on the lines right below it (englishHeadings.ts
// runsOnBelow). Made-up text in the real style, against the
// bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const RULES = 'Rules of the Province on Street Markets\n\nArticle 1 These Rules are formulated in accordance with Article 7 of the Labor Law.\n\nArticle 2 The market office of each county shall keep a register of stalls.\n\n';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // the last label of an excerpt cut off
  ['the next label alone on the last line, the page cut off after it', `${RULES}(1) fruit and vegetables;\n\n(2) other goods.\n\nArticle 3\n`, [
    ['Article 7 of the Labor Law', 'resolved', '劳动7'],
  ]],
  ['not a label numbered out of the run (the law in context)', `${RULES}Article 9\n`, [
    ['Article 7 of the Labor Law', 'resolved', '劳动7'], ['Article 9', 'resolved', '劳动9'],
  ]],
  ['not an article alone on the last line of a memo with no headings', 'Our note on the Labor Contract Law ends with the article we discussed:\n\nArticle 39\n', [
    ['Article 39', 'resolved', '劳动合同39'],
  ]],
  // a machine translation's label run into its text
  ['a definition article whose label runs into "of these regulations"', 'Chapter I General Provisions\nArticle 1 In order to protect consumers, these regulations are formulated.\nArticle 2 of these regulations referred to as operators, refers to units that sell goods.\nArticle 3 of these regulations mentioned fairs include night markets.', []],
  ['not out of the run, not in mid-line, not with other words after the text named', 'Article 1 In order to protect consumers, these regulations are formulated.\nArticle 5 of these regulations referred to as fairs are markets.\nWe note that Article 2 of these Regulations applies to fairs.\nArticle 2 of these Regulations, as we read it, is broad.', [
    ['Article 5 of these regulations', 'self', '本5'], ['Article 2 of these Regulations', 'self', '本2'], ['Article 2 of these Regulations', 'self', '本2'],
  ]],
  // the first heading of a text announced
  ['the first heading after "The full text is as follows:", the next one run on after a sentence', 'Measures for Market Stalls\nThe province has issued special rules. The full text is as follows: Article 1 is to keep order in markets, and these measures are formulated. Article 2 The market office shall keep a register.', []],
  ['not without the next heading in the paragraph, nor with a law named after it', 'The rule reads as follows: Article 1 is the purpose clause of the measures.\nThe basis is as follows: Article 39 of the Labor Contract Law. Article 40 of the Labor Contract Law too.', [
    ['Article 1', 'no-context', ''], ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40'],
  ]],
  // a heading that lost its ideographic space
  ['a heading with "?" for the lost ideographic space, under the law named', 'According to the Labor Contract Law of the People\'s Republic of China\nArticle 82? Where an employer fails to sign a written contract, it shall pay double wages.', []],
  ['not a question in prose, nor a question mark with a space before the text', 'The Labor Contract Law is clear. Which rule applies, Article 82? It says so.\nArticle 83 ? Where an employer fails to pay, it shall pay interest.', [
    ['Article 82', 'resolved', '劳动合同82'], ['Article 83', 'resolved', '劳动合同83'],
  ]],
  // an article written as a section, with a law of the corpus named after it
  ['sections on slides and in notes: S, s., Sec., Section, glued or spaced, with the law named after', 'Key rules\n- Fraud in an issue: S181 of Criminal Law\n- Derivative suits: s. 189 of the Company Law; see also Sec. 190 of the Company Law and section 20(2) of the criminal law.\n- Under S 20 of the Labor Contract Law, terms are fixed.', [
    ['S181 of Criminal Law', 'resolved', '刑181'], ['s. 189 of the Company Law', 'resolved', '公司189'], ['Sec. 190 of the Company Law', 'resolved', '公司190'],
    ['section 20(2) of the criminal law', 'resolved', '刑20.2'], ['S 20 of the Labor Contract Law', 'resolved', '劳动合同20'],
  ]],
  // Hong Kong's Ordinance is Hong Kong's law, unknown-regulation, no longer no citation (fix-en20, hkOrdinance.ts: the
  // round-18 labelling convention calls the regions' laws unknown-regulation in any language).
  ['not a section of another state\'s law, of a chapter, or with no law named after it (Hong Kong\'s Ordinance: unknown)', 'Section 35 of the Companies Ordinance applies in Hong Kong. Section 230 of the Communications Decency Act is American.\nSection 2 of Chapter IV of the Company Law deals with boards. S19: prospectus disclosure under the Securities Law. See section 3 below.', [
    ['Section 35 of the Companies Ordinance', 'unknown-regulation', ''],
  ]],
  ['a section of an article is its paragraph, as before', 'Section 3 of Article 20 of the Criminal Law applies.', [
    ['Section 3 of Article 20 of the Criminal Law', 'resolved', '刑20.3'],
  ]],
  // a line in capitals
  ['headings in capitals cite as running text does', 'A STUDY OF ARTICLE 40 OF THE LABOR CONTRACT LAW\n\nARTICLE 13 OF THE SECURITY LAW\n\nSHAREHOLDER SUITS UNDER ARTICLE 189 OF THE PRC COMPANY LAW', [
    ['ARTICLE 40 OF THE LABOR CONTRACT LAW', 'resolved', '劳动合同40'], ['ARTICLE 13 OF THE SECURITY LAW', 'unknown-regulation', ''],
    ['ARTICLE 189 OF THE PRC COMPANY LAW', 'resolved', '公司189'],
  ]],
  ['not a heading in capitals of the text printed below, a running head in mixed case, or another document', 'ARTICLE 12: DUTIES OF THE BOARD\nThe board shall meet each quarter.\n page 3 of 9 ARTICLE 14: OFFICERS\nARTICLE 5 OF THE AGREEMENT BETWEEN THE PARTIES', [
  ]],
  // "Provision N" of the Provisions named before
  ['"Provision N" of the Provisions named before, also after another law was cited in between', "In 2011 the court issued the Provisions of the Supreme People's Court on Several Issues Concerning the Application of the Company Law of the People's Republic of China (III). Under Provision 13, a shareholder who fails to contribute is liable, and Article 28 of the Company Law is read with it. Under Provision 14, the same holds; Provisions 16 and 17 deal with withdrawal.", [
    ['Provision 13', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）13'], ['Article 28 of the Company Law', 'resolved', '公司28'],
    ['Provision 14', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）14'], ['Provisions 16 and 17', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）16 最高人民法院关于适用《公司法》若干问题的规定（三）17'],
  ]],
  ['"Rule N" of a court\'s Rules named before (a title the corpus lacks: unknown)', "The court adopted the Rules of the Supreme People's Court on Hearing Small Claims Online. Under Rule 12, a judge may hear the parties by video.", [
    ['Rule 12', 'unknown-regulation', ''],
  ]],
  ['not a writer\'s numbered point, a provision of a contract, or a rule of arbitration rules', 'Our memo makes three points. Provision 2 below explains the fee. Provision 3 of the contract is void.\nThe CIETAC Arbitration Rules apply. Rule 12 sets the time limit.', [
  ]],
  // a quoted article's next paragraphs on the lines right below
  ['the next paragraphs right below "… states:" and below a legal-basis label', 'Article 39 of the Labor Contract Law states: An employer may dismiss a worker who seriously breaches its rules.\nIf the worker is on sick leave, the preceding paragraph does not apply.\n\nLegal basis: Article 39 of the Labor Contract Law, an employer may dismiss a worker who seriously breaches its rules.\nWhere the preceding paragraph applies, the employer shall notify the union.', [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['the preceding paragraph', 'resolved', '劳动合同39.1'],
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['the preceding paragraph', 'resolved', '劳动合同39.1'],
  ]],
  ['not the writer\'s words on the next line, nor a paragraph after a blank line', 'Article 39 of the Labor Contract Law states: An employer may dismiss a worker who seriously breaches its rules.\nOur client must read the preceding paragraph with care.\n\nLegal basis: Article 39 of the Labor Contract Law, an employer may dismiss a worker who seriously breaches its rules.\n\nIf the preceding paragraph applies, we advise caution.', [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'],
  ]],
];

describe('English pages, tenth round part b (issue 14): headings in a run, sections, capitals, provisions', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});
