// English titles of administrative regulations and SPC judicial interpretations added to corpus/data/english-titles.json
// for issue 14 (real-entitles8), against the bundled corpus: the official title, its form without "of the People's
// Republic of China", an `also` rendering, the derived "Management" form, the numbered SPC provisions ((III), (IV))
// and the two Hong Kong judgment arrangements (the 2006 title holds the 2019 one's) resolve to the one text; a title
// of a regulation the corpus does not hold does not.
import { describeEnglishTitles, type EnglishTitleRow } from './englishTitleTable';

/** Written citation → expected status and [regulation, article] targets. */
const TABLE: EnglishTitleRow[] = [
  ["Article 2 of the Regulations for the Implementation of the Labor Contract Law of the People's Republic of China", 'resolved', [['中华人民共和国劳动合同法实施条例', 2]]],
  ['Article 12 of the Regulations for the Implementation of the Labor Contract Law', 'resolved', [['中华人民共和国劳动合同法实施条例', 12]]],
  // an `also` rendering (Mondaq's)
  ['Article 5 of the Implementation Regulations of the Labour Contract Law', 'resolved', [['中华人民共和国劳动合同法实施条例', 5]]],
  ['Article 10 of the Regulations on Work-Related Injury Insurance', 'resolved', [['工伤保险条例', 10]]],
  // 管理 translated "Administration" in the table, written "Management"
  ['Article 2 of the Regulations for the Management of Network Data Security', 'resolved', [['网络数据安全管理条例', 2]]],
  [
    "Article 3 of the Provisions of the Supreme People's Court on Several Issues Concerning the Application of the Company Law of the People's Republic of China (III)",
    'resolved',
    [['最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）', 3]],
  ],
  ['Article 3 of the Provisions on Several Issues Concerning the Application of the Company Law (IV)', 'resolved', [['最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）', 3]]],
  [
    "Article 90 of the Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law",
    'resolved',
    [['最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', 90]],
  ],
  [
    'Article 5 of the Arrangement on Reciprocal Recognition and Enforcement of Judgments in Civil and Commercial Matters by the Courts of the Mainland and of the Hong Kong Special Administrative Region',
    'resolved',
    [['最高人民法院关于内地与香港特别行政区法院相互认可和执行民商事案件判决的安排', 5]],
  ],
  [
    'Article 5 of the Arrangement on Reciprocal Recognition and Enforcement of Judgments in Civil and Commercial Matters by the Courts of the Mainland and of the Hong Kong Special Administrative Region Pursuant to Choice of Court Agreements between Parties Concerned',
    'resolved',
    [['最高人民法院关于内地与香港特别行政区法院相互认可和执行当事人协议管辖的民商事案件判决的安排', 5]],
  ],
  [
    "Article 2 of the Interpretation of the Supreme People's Court on Several Issues concerning the Application of the Foreign Investment Law of the People's Republic of China",
    'resolved',
    [['最高人民法院关于适用《中华人民共和国外商投资法》若干问题的解释', 2]],
  ],
  ['Article 3 of the Implementing Regulations under the Trademark Law', 'resolved', [['中华人民共和国商标法实施条例', 3]]],
  [
    'Article 1 of the Provisions on Several Issues Concerning the Application of Law in Hearing Cases Involving Online Consumer Disputes (I)',
    'resolved',
    [['最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）', 1]],
  ],
  // a ministry's rules under a regulation, and a numbered sequel the corpus does not hold
  ['Article 7 of the Detailed Rules for the Implementation of the Regulations on the Administration of Foreign-funded Insurance Companies', 'unknown-regulation', []],
  ['Article 1 of the Provisions on Several Issues Concerning the Application of Law in Hearing Cases Involving Online Consumer Disputes (II)', 'unknown-regulation', []],
  // not in the corpus: the Labor Law has no implementing regulations; a municipality's regulations
  ['Article 4 of the Regulations on the Implementation of the Labor Law', 'unknown-regulation', []],
  ['Article 5 of the Regulations of Shanghai Municipality on Optimizing the Business Environment', 'unknown-regulation', []],
  // the IP evidence provisions, which the corpus holds (知识产权民事诉讼证据的若干规定, 2020): "Several Provisions" is
  // Provisions and "Proceedings" is 诉讼 as "Litigation" in its known English name (fix-en21; was unknown-regulation)
  ['Article 3 of the Several Provisions on Evidence in Intellectual Property Civil Proceedings', 'resolved', [['最高人民法院关于知识产权民事诉讼证据的若干规定', 3]]],
];

describeEnglishTitles('English titles of regulations and judicial interpretations added for issue 14 (bundled corpus)', TABLE);
