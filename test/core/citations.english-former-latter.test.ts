// Form of round 24's English fixes (fix-en40): "Article 5 of the latter" / "of the former" after a sentence naming two
// laws — the law named second / first, read as that title is; a roman article only of a treaty or another state's law
// (english/context/englishFormerLatter.ts). Made-up text in the real style; laws named short (证券5 is the Securities Law's
// article 5).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: "of the former" / "of the latter" after a sentence naming two laws (fix-en40)', [
  ['"of the latter" in the next sentence: the law named second',
    'Listed companies are governed by the Company Law and the Securities Law. Article 5 of the latter requires disclosure.',
    [['Article 5 of the latter', 'resolved', '证券5']]],
  ['"of the former" and "of the latter" in one sentence after the naming one',
    'Listed companies are governed by the Company Law and the Securities Law. Article 16 of the former limits guarantees, and Article 78 of the latter bars misleading statements.',
    [['Article 16 of the former', 'resolved', '公司16'], ['Article 78 of the latter', 'resolved', '证券78']]],
  ['the two laws named in the label\'s own sentence',
    'Both the Company Law and the Securities Law apply here, and Article 20 of the former bars abuse of shareholder rights.',
    [['Article 20 of the former', 'resolved', '公司20']]],
  ['in the possessive before the label: "the latter\'s Article 78", "the former\'s Article 20"',
    'Listed companies are governed by the Company Law and the Securities Law. The latter\'s Article 78 bars misleading statements, and the former\'s Article 20 bars abuse.',
    [['The latter\'s Article 78', 'resolved', '证券78'], ['the former\'s Article 20', 'resolved', '公司20']]],
  ['two treaties, a roman article with its paragraph: unknown-regulation',
    'China joined the New York Convention and the Hague Service Convention. Article V(1) of the former lists the grounds for refusal. China also acceded to the WTO Agreement and the TRIPS Agreement. Article 50 of the latter allows provisional measures.',
    [['Article V(1) of the former', 'unknown-regulation', ''], ['Article 50 of the latter', 'unknown-regulation', '']]],
  ['a roman article "of the latter" that is a Chinese law: no citation',
    'Listed companies are governed by the Company Law and the Securities Law. Article XV of the latter requires disclosure.',
    []],
  ['one law or three named before: no citation, as before',
    'The court cited the Company Law. Article 5 of the latter is unclear. The Company Law, the Securities Law and the Civil Code all apply. Article 7 of the former is cited.',
    []],
  ['"the former employer", "the former Soviet Union" name no law; "the former Securities Law" is its earlier text; an ordinal and a case number stay unread',
    'The employee sued both the old and the new employer under the Company Law and the Securities Law. Article 5 of the former employer\'s handbook applied. Article 3 of the former Soviet Union\'s code was recalled. Article 16 of the former Securities Law was revised. The 14th session met; (2019) case No. 12.',
    [['Article 16 of the former Securities Law', 'unknown-regulation', '']]],
]);
