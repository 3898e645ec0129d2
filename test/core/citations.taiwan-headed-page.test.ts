// Form of round 24's English fixes (fix-en40): an English page headed as Taiwan's — its Civil Code, Code of Civil
// Procedure and Criminal Code are Taiwan's (unknown-regulation), never the PRC's 民法典 / 刑法
// (english/context/taiwanHeadedPage.ts, englishRegions.ts). Made-up text in the real style; laws named short (刑14 is the
// Criminal Law's article 14).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: an English page headed as Taiwan\'s (fix-en40)', [
  ['the law database\'s header, the Mainland Area and the PRC named in the text: Taiwan\'s codes, unknown; a PRC law named as such resolves',
    'Laws & Regulations Database of The Republic of China (Taiwan)\nTitle: Enforcement Act of the Civil Code\nArticle 1\nWhere the Mainland Area is concerned, Article 1165 of the Civil Code of the People\'s Republic of China is not applied; Article 184 of the Civil Code governs, and Article 2 of the Code of Civil Procedure applies.',
    [['Article 1165 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典1165'], ['Article 184 of the Civil Code', 'unknown-regulation', ''], ['Article 2 of the Code of Civil Procedure', 'unknown-regulation', '']]],
  ['"Ministry of Justice" with an ROC year, Beijing named further on: unknown',
    'Ministry of Justice\nPromulgated on 2022-01-12 (Min Guo 111)\nUnder Article 14 of the Criminal Code, negligence is punished. Article 244 of the Code of Civil Procedure sets out the complaint. Firms in Shanghai and Beijing are not exempt.',
    [['Article 14 of the Criminal Code', 'unknown-regulation', ''], ['Article 244 of the Code of Civil Procedure', 'unknown-regulation', '']]],
  ['"R.O.C. (Taiwan) Judicial Yuan", the PRC\'s courts named in the first sentence: unknown',
    'R.O.C. (Taiwan) Judicial Yuan\nThe Supreme Court, 112 Tai-Shang 1234, held that the PRC courts have no jurisdiction. Under Article 184 of the Civil Code the defendant is liable; Article 277 of the Code of Civil Procedure allocates the burden.',
    [['Article 184 of the Civil Code', 'unknown-regulation', ''], ['Article 277 of the Code of Civil Procedure', 'unknown-regulation', '']]],
  ['a Taiwan court\'s judgment, the People\'s Republic named at the end: unknown, the Code of Criminal Procedure too',
    'Taiwan High Court Criminal Judgment\n112 Shang-Su No. 1234\nThe defendant was charged under Article 339 of the Criminal Code. The prosecutor relied on Article 159 of the Code of Criminal Procedure. Courts in the People\'s Republic of China apply other rules.',
    [['Article 339 of the Criminal Code', 'unknown-regulation', ''], ['Article 159 of the Code of Criminal Procedure', 'unknown-regulation', '']]],
  ['a Taiwan code named alone before a bare article where the page speaks of Taiwan: unknown',
    'The Taiwan High Court held that the defendant was liable. Under the Criminal Code, Article 339, fraud is punished.',
    [['Article 339', 'unknown-regulation', '']]],
  ['a header naming the PRC\'s Ministry of Justice: the PRC\'s laws',
    'Ministry of Justice of the PRC\nIssued on 2022-01-12\nUnder Article 14 of the Criminal Code, negligence is punished. Article 119 of the Civil Procedure Law sets out the complaint.',
    [['Article 14 of the Criminal Code', 'resolved', '刑14'], ['Article 119 of the Civil Procedure Law', 'resolved', '民事诉讼119']]],
  ['a PRC page naming Taiwan as its politics does: the PRC\'s laws',
    'The People\'s Republic of China opposes Taiwan independence. Under Article 1165 of the Civil Code, a tortfeasor is liable. Article 133 of the Criminal Code applies to traffic offences.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['Article 133 of the Criminal Code', 'resolved', '刑133']]],
  ['a businessman from Taiwan suing in Xiamen: the PRC\'s laws',
    'China Daily | Taiwan businessman wins lawsuit in Xiamen\nA businessman from Taiwan won a contract dispute in Xiamen. The court applied Article 577 of the Civil Code and Article 122 of the Civil Procedure Law.',
    [['Article 577 of the Civil Code', 'resolved', '民法典577'], ['Article 122 of the Civil Procedure Law', 'resolved', '民事诉讼122']]],
  ['a history naming the Republic of China in a short sentence at its head, an ROC curve: the PRC\'s laws; an ordinal and a case number stay unread',
    'A History of Chinese Company Law\nThe Republic of China enacted its first company statute in 1929.\nThe People\'s Republic of China abolished it in 1949. Article 4 of the Company Law now applies. The ROC curve of the model is flat. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Company Law', 'resolved', '公司4']]],
  ['"Code of Civil Procedure" on a page with no sign of Taiwan stays unread',
    'Under Article 4 of the Company Law, shareholders bear limited liability. Article 253 of the Code of Civil Procedure was not cited.',
    [['Article 4 of the Company Law', 'resolved', '公司4']]],
]);
