// A known English title that goes on with a series number ("… Cases (IV)") or a local place ("… of Guangdong
// Province") is another text's title: the numbered interpretation, the local regulation (unknown to the corpus) —
// never the known title it starts with. Without the tail, and with tails that are not such, the known title stands.
import { describeEnglishTitles, type EnglishTitleRow } from './englishTitleTable';

const LABOUR = "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases";

const TABLE: EnglishTitleRow[] = [
  [`Article 2 of the ${LABOUR} (IV)`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）', 2]]],
  [`Article 7 of the ${LABOUR} (II)`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）', 7]]],
  [`Article 6 of the ${LABOUR}`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释', 6]]],
  ['Article 12 of the Regulations on Work-Related Injury Insurance of Jiangsu Province', 'unknown-regulation', []],
  ['Article 9 of the Regulations on Work-Related Injury Insurance of Xinjiang Uygur Autonomous Region', 'unknown-regulation', []],
  ['Article 12 of the Regulations on Work-Related Injury Insurance', 'resolved', [['工伤保险条例', 12]]],
  // not a place: the law stands, the words after it are the sentence's
  ['Article 12 of the Regulations on Work-Related Injury Insurance of the State Council requires it.', 'resolved', [['工伤保险条例', 12]], 'Article 12 of the Regulations on Work-Related Injury Insurance'],
  ['Article 5 of the Labor Contract Law (2012 Amendment) requires it.', 'resolved', [['中华人民共和国劳动合同法', 5]], 'Article 5 of the Labor Contract Law'],
];

describeEnglishTitles('English titles going on past a known title (bundled corpus)', TABLE);
