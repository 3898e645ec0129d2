// Forms of round 31's fix job f111-en (heldout55 English, after the measurement): made-up English text in the style of
// machine-translated abstracts and theses, against the bundled corpus (laws named short: 劳动合同39 is the Labor
// Contract Law's article 39).
//
// Start figures (unchanged code, 62a807f3): half-capitalised law names 4 rows right / 3 wrong (all three missing);
// machine-order court titles 2 right (negatives) / 3 wrong (no-context or missing). End: 12/12.
// Left as convention questions (existing tests decide them): "the fifth item of Article 52" (fix-en34a: an ordinal item
// read only with its paragraph; the article is reported), "Company Act" with no country (real-en16b, englishAct.ts:
// another state's Act), "Model law Article 7(1)" (real-forms-english-pages: foreign law, no citation).
// Recurrence: "of the <lower words> Law" 0 in test/fixtures, 0 in the eval-dev drafts, 0 in LawRefBook (Chinese texts);
// "The Supreme People's Court on … problem(s) of interpretation" 0 in each.
import { bundledShortTable as table } from './citations/helpers';

const TRAFFIC = '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释';
const THEFT = '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释';

// A law's name typed with its kind word alone capitalised (english/names/halfCapitalisedLaw.ts).
table('citation table: a law named in lower case but for a capital Law (fix-f111-en)', [
  ['the contract Law after a long abstract, an item by its ordinal before the article',
    'In the third part, in order to understand the mandatory provisions, the fifth item of Article 52 of the contract Law, which courts apply to void contracts, is analysed.',
    [['the fifth item of Article 52 of the contract Law', 'unknown-regulation', '']]], // span with its item since f130-en1
  ['the adoption Law, the guarantee Law: laws the corpus lacks, by their words',
    'The paper argues that Article 12 of the adoption Law restricts the adopter, and that Article 18 of the guarantee Law sets joint liability.',
    [['Article 12 of the adoption Law', 'unknown-regulation', ''], ['Article 18 of the guarantee Law', 'unknown-regulation', '']]],
  ['a known law so typed stays that law',
    'The employer may terminate the contract under Article 39 of the labor contract Law.',
    [['Article 39 of the labor contract Law', 'resolved', '劳动合同39']]],
  ['"the same Law", "the said Law" keep pointing back',
    'Article 39 of the Labor Contract Law allows dismissal; Article 40 of the same Law requires notice, and Article 41 of the said Law governs layoffs.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Article 40 of the same Law', 'resolved', '劳动合同40'],
      ['Article 41 of the said Law', 'resolved', '劳动合同41']]],
  ['the marriage Law, the civil Code: a repealed law unknown, a known code as before',
    'The judge cited Article 32 of the marriage Law and Article 1079 of the civil Code.',
    [['Article 32 of the marriage Law', 'unknown-regulation', ''], ['Article 1079 of the civil Code', 'resolved', '民法典1079']]],
  ['"the revised Law" keeps pointing back; the model, case and common Law name no law',
    'Article 39 of the Labor Contract Law was amended; Article 40 of the revised Law applies. Article 5 of the model Law, Article 6 of the case Law and Article 7 of the common Law are cited.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Article 40 of the revised Law', 'resolved', '劳动合同40']]],
  ['no article: "the rule of Law", "the contract law" as a field stay nothing',
    'China is building the rule of Law, and the contract law of most countries treats void contracts alike.',
    []],
]);

// A court interpretation's title machine-translated in the Chinese order, its kind word last
// (english/names/machineOrderCourtTitle.ts).
table('citation table: "The Supreme People\'s Court on … problem of interpretation" (fix-f111-en)', [
  ['the title opening a sentence, its short name in lower case, the article after it',
    'The Supreme People’s Court on the concrete application of law in trying criminal cases of traffic accident problem of interpretation (hereinafter referred to as the “explanation”) as prescribed in paragraph 2 of article 2: a driver who causes serious injury and flees shall be punished.',
    [['paragraph 2 of article 2', 'resolved', `${TRAFFIC}2.2`]]],
  ['several problems, "interpretation" as the short name, the article of it later',
    'The Supreme People\'s Court and the Supreme People\'s Procuratorate on handling criminal cases of theft application of law several problems of interpretation (hereinafter referred to as the "interpretation") sets the amounts. Under Article 1 of the "interpretation", the amount is relatively large.',
    [['Article 1 of the "interpretation"', 'resolved', `${THEFT}1`]]],
  ['a subject no text fits: the title named, its text unknown',
    'The Supreme People’s Court on the concrete application of law in trying cases of widget disputes problem of interpretation (hereinafter referred to as the “explanation”) says little. Article 2 of the explanation is short.',
    [['Article 2 of the explanation', 'unknown-regulation', '']]],
  ['a short name that is not the kind word: no such title read',
    'The Supreme People’s Court on the concrete application of law in trying criminal cases of traffic accident problem of interpretation (hereinafter the “court view”) matters. Article 2 of the Criminal Law applies.',
    [['Article 2 of the Criminal Law', 'resolved', '刑2']]],
  ['no court before "on": a writer\'s own problem of interpretation defines nothing',
    'The author on the concrete application of law in trying criminal cases of traffic accident problem of interpretation (hereinafter the “explanation”) is brief. Article 2 of the Criminal Law applies.',
    [['Article 2 of the Criminal Law', 'resolved', '刑2']]],
]);
