// English pages, fourteenth round of issue 14, real-real-english14 (glossaries, law-firm alerts, news, case databases):
// forms a writer uses that the earlier rounds did not read, one rule each. Made-up text in the real style (other laws,
// numbers and subjects than the pages), against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // another state's bare name as the first word of its law's name (englishRunIn.ts FOREIGN_STATE_NOUN)
  ['"Article 12 of the Korea Water Law": another state\'s statute named with its bare name, no citation', 'By contrast, Seoul provides in Article 12 of the Korea Water Law that reservoirs are public, and Tokyo in Article 8 of the Japan Insurance Law.', []],
  ['not a Chinese law named after a state\'s name in the sentence, nor the Hong Kong Basic Law', 'Japan noted that Article 12 of the Water Law binds China, and that Article 18 of the Basic Law of the Hong Kong Special Administrative Region applies.', [
    ['Article 12 of the Water Law', 'resolved', '水12'],
    ['Article 18 of the Basic Law of the Hong Kong Special Administrative Region', 'resolved', '香港特别行政区基本18'],
  ]],
  // a convention's provisions listed after its abbreviation and a colon (englishRunIn.ts FOREIGN_BEFORE)
  ['"Key CISG provisions at issue: Articles 25 ; 49": the convention\'s articles, no citation', 'Seller: People\'s Republic of China\nKey CISG provisions at issue: Articles 25 ; 49 ; 74\nTRIPS provisions: Article 39', [['Articles 25', 'unknown-regulation', '']]], // round 32 decision (c120.md): the CISG's articles unknown-regulation; TRIPS (a WTO agreement) left as it was
  ['not a Chinese law\'s provisions listed after a colon', 'The Water Law governs here. Key provisions: Articles 12 and 13.', [
    ['Articles 12 and 13', 'resolved', '水12 水13'],
  ]],
  // a spelled number read in groups of digits, as English speakers say long numbers (english/englishOrdinalWords.ts spelledNumberAt)
  ['"Civil Code Article Six Eighty-Two", "Article Ten Eighty-Seven of the Civil Code": 682 and 1087', 'Civil Code Article Six Eighty-Two governs guarantees. Article Ten Eighty-Seven of the Civil Code governs property on divorce.', [
    ['Civil Code Article Six Eighty-Two', 'resolved', '民法典682'],
    ['Article Ten Eighty-Seven of the Civil Code', 'resolved', '民法典1087'],
  ]],
  ['not a number followed by a tens word in another case, nor "Article Seventy-Two" read otherwise', 'Under the Civil Code, Article Six sixty days later was argued; Article Seventy-Two of the Civil Code too.', [
    ['Article Six', 'resolved', '民法典6'],
    ['Article Seventy-Two of the Civil Code', 'resolved', '民法典72'],
  ]],
  // a kind noun the page defined as a short name is that definition (english.ts, the anaphor "of the Regulations")
  ['"(\"Regulations\")" then another law ("LL"): "Article 3 of the Regulations" is the regulation defined', 'The Regulations on Paid Annual Leave for Employees ("Regulations") apply under the Labor Law ("LL"). Article 3 of the Regulations sets the days.', [
    ['Article 3 of the Regulations', 'resolved', '职工带薪年休假条例3'],
  ]],
  ['not a page that defined no such name: "the Regulations" is still the regulation cited last', 'The Regulations on Paid Annual Leave for Employees apply. Article 3 of the Regulations sets the days.', [
    ['Article 3 of the Regulations', 'resolved', '职工带薪年休假条例3'],
  ]],
  // "respectively" between a list of paragraphs or items and their article (english/lists/englishUnitList.ts UP_LINK)
  ['"paragraphs 2 and 3, respectively, of Article 12 of the Water Law": two paragraphs of article 12', 'Two paragraphs are added as paragraphs 2 and 3, respectively, of Article 12 of the Water Law.', [
    ['paragraphs 2 and 3, respectively, of Article 12 of the Water Law', 'resolved', '水12.2 水12.3'],
  ]],
  ['not "respectively" before words that are no article', 'Sections 2 and 3, respectively, of the report were cut.', []],
  // a short name defined after the version said in words, "new" before its acronym (englishDefinitions.ts englishDefinitions)
  ['"The Water Law as amended in 2016 (the new WL) … Article 5 of the new WL": the short name defined', 'The Water Law as amended in 2016 (the new WL) adds duties. Article 5 of the new WL sets them.', [
    ['Article 5 of the new WL', 'resolved', '水5'],
  ]],
  ['not a lower-case name without an acronym or a law word', 'The Water Law as amended in 2016 (the new plan) was cited. Article 5 of the new plan sets goals.', []],
  // a title in quotation marks, its short name right after the closing mark (englishDefinitions.ts englishDefinitions)
  ['"the \"Water Law\" (\"WL\")", "the \"Water Law \"(\"WL\")": the short name of the quoted title', 'They cited the "Water Law" ("WL"). Article 1 of the WL applies. The "Forest Law "("FL") too: Article 2 of the FL.', [
    ['Article 1 of the WL', 'resolved', '水1'], ['Article 2 of the FL', 'resolved', '森林2'],
  ]],
  ['not quoted words that name no law', 'They launched the "clean water" ("CW") plan. Article 1 of the CW plan applies.', []],
  ['not a short name of a longer title the quoted one ends', 'The court issued the Detailed Rules on the "Water Law" (the "Detailed Rules"). Article 1 of the Detailed Rules sets the purpose.', [
    ['Article 1 of the Detailed Rules', 'unknown-regulation', ''],
  ]],
];

describe('English pages, fourteenth round (issue 14, real-real-english14): another state\'s bare name leading its law\'s name, a convention\'s provisions after a colon, spelled numbers in groups of digits, a defined kind noun, "respectively", a short name after "as amended in", a quoted title\'s short name', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});
