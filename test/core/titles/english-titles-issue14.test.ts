// English titles added to corpus/data/english-titles.json for issue 14 (real-entitles7), against the bundled corpus:
// the official title, its short form without "of the People's Republic of China", the PRC form and an `also`
// rendering resolve to the one law; a look-alike of a new title (another law's longer name, a title of a law the
// corpus does not hold) does not.
import { describeEnglishTitles, type EnglishTitleRow } from './englishTitleTable';

/** Written citation → expected status and [law, article] targets. */
const TABLE: EnglishTitleRow[] = [
  ["Article 5 of the Tourism Law of the People's Republic of China", 'resolved', [['中华人民共和国旅游法', 5]]],
  ['Article 5 of the Tourism Law', 'resolved', [['中华人民共和国旅游法', 5]]],
  ['Article 5 of the PRC Tourism Law', 'resolved', [['中华人民共和国旅游法', 5]]],
  ['Article 8 of the Energy Law', 'resolved', [['中华人民共和国能源法', 8]]],
  ['Article 10 of the Law on Safety in Mines', 'resolved', [['中华人民共和国矿山安全法', 10]]],
  // an `also` rendering
  ['Article 10 of the Mine Safety Law', 'resolved', [['中华人民共和国矿山安全法', 10]]],
  // another law whose English title holds a new one ("Energy Law" inside "Energy Conservation Law")
  ['Article 2 of the Energy Conservation Law', 'resolved', [['中华人民共和国节约能源法', 2]]],
  // not a national law of the corpus
  ['Article 5 of the Hong Kong Tourism Law', 'unknown-regulation', []],
  ['Article 5 of the Tourism Regulations', 'unknown-regulation', []],
];

describeEnglishTitles('English titles added for issue 14 (bundled corpus)', TABLE);
