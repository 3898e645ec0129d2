// "X Law" and "Law on X" name the same law: the NPC's "Lawyers Law" is "the Law on Lawyers" in memos and
// translations, its "Export Control Law" "the Law of the PRC on Export Control"; 消费者权益 is written with the
// possessive too ("Consumers' Rights"). A "Law on X" no law of the corpus is called stays unknown, and a turned
// form never stands for a law whose title only starts the same way.
import { describeEnglishTitles, type EnglishTitleRow } from './englishTitleTable';

const TABLE: EnglishTitleRow[] = [
  ['Article 31 of the Law on Lawyers', 'resolved', [['中华人民共和国律师法', 31]]],
  ['Article 17 of the Law on State Compensation', 'resolved', [['中华人民共和国国家赔偿法', 17]]],
  ['Article 8 of the Law of the PRC on Export Control', 'resolved', [['中华人民共和国出口管制法', 8]]],
  ["Article 8 of the Law of the People's Republic of China on Export Control", 'resolved', [['中华人民共和国出口管制法', 8]]],
  ['Article 6 of the Law of the PRC on Anti-Foreign Sanctions', 'resolved', [['中华人民共和国反外国制裁法', 6]]],
  ["Article 55 of the Law on the Protection of Consumers' Rights and Interests", 'resolved', [['中华人民共和国消费者权益保护法', 55]]],
  ["Article 55 of the Law on the Protection of Consumer's Rights and Interests", 'resolved', [['中华人民共和国消费者权益保护法', 55]]],
  // the official forms still stand
  ['Article 31 of the Lawyers Law', 'resolved', [['中华人民共和国律师法', 31]]],
  ['Article 8 of the Export Control Law', 'resolved', [['中华人民共和国出口管制法', 8]]],
  // not a law of the corpus: stays unknown, never a law whose words it shares
  ['Article 4 of the Law on Lawyers Fees', 'unknown-regulation', []],
  ['Article 4 of the Law on Export Control Licensing', 'unknown-regulation', []],
  ['Article 4 of the Law on Space Exploration', 'unknown-regulation', []],
  ['Article 12 of the Law on Export Control of Jiangsu Province', 'unknown-regulation', []],
];

describeEnglishTitles('English titles: "X Law" written "Law on X", possessive Rights (bundled corpus)', TABLE);
