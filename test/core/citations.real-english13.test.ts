// English pages, thirteenth round of issue 14, heldout13-english (translations of laws, law-firm memos, NGO and news
// pages): forms a writer or a translator uses that the earlier rounds did not read, one rule each. Made-up text in the
// real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // run-in headings with a colon or a full stop after the number, a translation that lost its line breaks (englishRunIn.ts)
  ['"… Rmb 50,000. Article 160: Where …": run-in headings of a translation under its Chinese title, no citations', '中华人民共和国保险法(二)\nCHAPTER VII LEGAL LIABILITY Article 159: Any insurer that operates without approval shall be ordered to stop and fined. Article 160: Where an agent obtains approval by fraud, a fine shall be imposed. Article 161. Where a broker fails to report, it shall be fined under Article 158 of this Law.', [
    ['Article 158 of this Law', 'resolved', '保险158'],
  ]],
  // Changed in fix-en28a (decided in round 20: an abbreviated label at a line's start over the article's own words —
  // "may not" — heads that text, abbreviatedHeading.ts); the label after running words stays a citation.
  ['an abbreviated label with a colon over the article\'s words is a heading; not a label after running words', 'The Insurance Law was amended.\n\nArt.12: Insurers may not refuse a claim without cause.\n\nThe insurer relied on Article 16: The court held otherwise.', [
    ['Article 16', 'resolved', '保险16'],
  ]],
  ['not a label followed by a unit after the colon', 'Under the Insurance Law. Article 16: Paragraph 2 applies to both parties here.', [
    ['Article 16', 'resolved', '保险16'],
  ]],
  // a year between "the" and a title named alone (headings/englishTitlesAlone.ts englishTitlesAlone, englishPasses.ts)
  ['"the 2007 Law on Promotion of Employment … Article 3 states": the dated title is the law in context', 'And the 2007 Law on Promotion of Employment bans bias. Article 3 states that workers shall be treated equally.', [
    ['Article 3', 'resolved', '就业促进3'],
  ]],
  ['not a year before words that make no title', 'In the 2019 Annual Report on Water Supply, Article 3 is discussed. The 2008 Olympic Games ended.', [
    ['Article 3', 'no-context', ''],
  ]],
  // a rule of implementing regulations with its paragraph after a full stop (english.ts parseEnglish, scanner.ts)
  ['"Rule 53.1 of the Implementing Regulations of the Patent Law": rule 53, paragraph 1', 'Rule 53.1 of the Implementing Regulations of the Patent Law applies, as do Rules 20.1 and 20.2 of the Implementing Regulations of the Patent Law.', [
    ['Rule 53.1 of the Implementing Regulations of the Patent Law', 'resolved', '专利法实施细则53.1'],
    ['Rules 20.1 and 20.2 of the Implementing Regulations of the Patent Law', 'resolved', '专利法实施细则20.1 专利法实施细则20.2'],
  ]],
  ['not a rule of other regulations, nor a numbered rule of a game', 'Rule 4.2 of the Tournament Regulations applies, and Rule 20.2 of the club.', []],
  // "ART 9" in capitals without a full stop, the law named after it (scanner.ts)
  ['"ART 12 of the Water Law": the abbreviation in capitals', 'As stated in ART 12 of the Water Law, units shall save water.', [
    ['ART 12 of the Water Law', 'resolved', '水12'],
  ]],
  ['not "ART" with no law after it, nor an acronym before a number', 'The Water Law governs. ART 9 applies. The ART 3 protocol was used, and ARTS 2 of the series.', []],
  // a law's name with "law" and the country in lower case, a mirror page's title line (headings/englishTitlesAlone.ts englishTitlesAlone)
  ['"Part I of Water law of the peoples republic of China" above the articles: the law printed', 'Part I of Water law of the peoples republic of China\n\n  Article 11 Units shall protect water.\n  Article 12 Except as provided in Article 9, units shall report.', [
    ['Article 9', 'resolved', '水9'],
  ]],
  ['not a lower-case word before "law", nor a word opening a sentence', 'It is the fundamental law of the peoples republic of China. Under law of the peoples republic of China, Article 9 is short.', [
    ['Article 9', 'no-context', ''],
  ]],
  // "of the of the": a doubled link (english.ts OF_DETERMINER)
  ['"Article 7 of the of the Water Law": a writer\'s slip doubling "of the"', 'Notably, Article 7 of the of the Water Law applies.', [
    ['Article 7 of the of the Water Law', 'resolved', '水7'],
  ]],
  ['not "of the" doubled before no title', 'Article 7 of the of the plan was cut.', []],
  // "from" between an article and its law, as an amendment's words take it (english.ts, chineseConstitution.ts)
  ['"removing Article 35 from China\'s constitution", "deleting Article 12 from the Water Law"', 'The plan proposed removing Article 35 from China\'s constitution, and deleting Article 12 from the Water Law.', [
    ['Article 35 from China\'s constitution', 'resolved', '宪35'], ['Article 12 from the Water Law', 'resolved', '水12'],
  ]],
  ['not "from" before words that name no law', 'Quote Article 5 from memory; Article 6 from the client.', [
    ['Article 5', 'no-context', ''], ['Article 6', 'no-context', ''],
  ]],
  // a chapter's caption in a translation or its table of contents names no regulation (headings/englishTitlesAlone.ts englishTitlesAlone)
  ['"Chapter II Water Policies, the Water List and Water Measures": a chapter\'s caption, the printed law stays in context', 'Export Control Law of the People\'s Republic of China\nChapter II Water Policies, the Water List and Water Measures\nArticle 2 This Law applies to items.\nFor the purposes of the preceding paragraph, items include data.', [
    ['the preceding paragraph', 'resolved', '出口管制2.1'],
  ]],
  ['not a title a writer names in a sentence after a chapter\'s label', 'Chapter 3 Compliance. The Water Law of the People\'s Republic of China governs. Article 9 applies.', [
    ['Article 9', 'resolved', '水9'],
  ]],
];

describe('English pages, thirteenth round (issue 14, heldout13-english): run-in headings with a colon, dated titles named alone, rules N.M of implementing regulations, ART in capitals, a lower-case title line, "of the of the", an article "from" its law, chapter captions', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});
