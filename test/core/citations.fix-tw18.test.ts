// Forms of pages written under Taiwan's laws, and of Macau's acts, that the seventeenth fair measurement and the
// round-16 sets left missed or wrong (fix-tw18): made-up text in the real style against the bundled corpus (laws named
// short: 刑法320 is the Criminal Law's article 320).
import { bundledShortTable as table } from './citations/helpers';

// A page naming an institution or place only Taiwan has (憲法法庭, a court named after a Taiwan city, 台上字 case
// numbers, 司法院, 釋字, 行政院, 新臺幣, a Taiwan county) is written under Taiwan's laws, as a page dated 民國109年 is
// (rocPage.ts taiwanPage): its laws named without the People's Republic's name are Taiwan's, unknown to the corpus, and
// 民法 opening a line is its Civil Code (unknownLawName.ts). A mainland or Hong Kong page in traditional characters
// that names Taiwan alone, or names a mainland institution too, keeps the mainland's laws.
table('citation table: a page naming Taiwan\'s institutions or places, with no ROC date (fix-tw18)', [
  ['a note on a 憲法法庭 judgment: 民法 is Taiwan\'s Civil Code', '憲法法庭日前作成判決，指出民法第1050條第2項規定尚無違憲。',
    [['民法第1050條第2項', 'unknown-regulation', '']]],
  ['民法 opening a line, on a page naming a Taiwan district court', '民法第1049條規定之協議離婚要件\n\n本件經臺灣臺中地方法院審理後駁回。',
    [['民法第1049條', 'unknown-regulation', '']]],
  ['a 台上字 ruling cited: 民事訴訟法 is Taiwan\'s', '最高法院108年度台上字第2000號判決意旨參照，依民事訴訟法第277條規定，當事人應負舉證之責。',
    [['民事訴訟法第277條', 'unknown-regulation', '']]],
  ['a Taiwan county and 新臺幣: 刑法 is Taiwan\'s Criminal Code', '雲林縣某甲竊取他人財物，觸犯刑法第320條第1項，經判處罰金新臺幣3萬元。',
    [['刑法第320條第1項', 'unknown-regulation', '']]],
  ['司法院 and 釋字: a law named by words a mainland title shortens to (標準法) is still Taiwan\'s',
    '司法院大法官釋字第443號解釋謂，當時之中央法規制定標準法（現稱中央法規標準法）第6條明定應以法律規定之事項。',
    [['第6條', 'unknown-regulation', '']]],
  ['not a Guangdong page in traditional characters naming 台灣 alone', '當事人自台灣進口商品，違反廣告法第二十八條第二款，廣州市市場監督管理局依廣告法第五十五條處罰。',
    [['廣告法第二十八條第二款', 'resolved', '广告28.2'], ['廣告法第五十五條', 'resolved', '广告55']]],
  ['not a page naming 行政院 beside the 國務院', '國務院台辦回應台灣行政院的說法，指出反分裂國家法第八條早有明文。',
    [['反分裂國家法第八條', 'resolved', '反分裂国家8']]],
  ['not a Hong Kong paper\'s 首席大法官 (its 基本法 is Hong Kong\'s Basic Law)', '香港終審法院首席大法官指出，基本法第158條賦予全國人大常委會解釋權。',
    [['基本法第158條', 'resolved', '香港特别行政区基本158']]],
  ['ordinals and case numbers on such a page stay unread', '行政院會議通過。第十四屆第一次會議。（2019）某刑初12號。第2項商品。', []],
]);

// Taiwan's laws named in English on a page speaking of Taiwan (its name, Taipei, its Yuans, NT$ — named last before the
// article, or further on when the page names the mainland nowhere) are Taiwan's, unknown to the corpus, as its
// Constitution and codes are (englishRegions.ts taiwanCodeAt): any title in capitals ending in Act, Law or Code, or an
// acronym of one ("the LSA"); a title Taiwan's name qualifies ("Taiwan's Civil Code", "the R.O.C. … Law", "… of
// Taiwan") anywhere. Not another state's statute with its year ("the Companies Act 2006"), not the PRC's law so named,
// not Taiwan named beside Hong Kong and Macao as the mainland's laws name it.
table('citation table: Taiwan\'s laws named in English (fix-tw18)', [
  ['an Act on a Taipei page with fines in NT$', 'Taipei City Government reminds employers: under Article 12 of the Gender Equality at Work Act, an employer who fails to act is fined NT$100,000.',
    [['Article 12 of the Gender Equality at Work Act', 'unknown-regulation', '']]],
  ['the page\'s money named only after the list of articles', 'Migrant workers area\n\nFines run from NT$10,000 to NT$500,000 (Articles 13, 27 and 38-1 of the Sexual Harassment Prevention Act).',
    [['Articles 13, 27 and 38-1 of the Sexual Harassment Prevention Act', 'unknown-regulation', '']]],
  ['Taiwan\'s name before the title: "Taiwan\'s Civil Code", "the R.O.C. Labor Standards Law"', 'Under Article 184 of Taiwan\'s Civil Code and Article 9 of the R.O.C. Labor Standards Law, the worker may claim.',
    [['Article 184 of Taiwan\'s Civil Code', 'unknown-regulation', ''], ['Article 9 of the R.O.C. Labor Standards Law', 'unknown-regulation', '']]],
  ['Taiwan\'s name before a title that comes before its article, or after it: "Taiwan\'s Civil Code Article 184", "the Penal Code of Taiwan, Article 19"',
    'Taiwan\'s Civil Code Article 184 differs; so does the Penal Code of Taiwan, Article 19. Japan\'s Civil Code Article 709 is none of China\'s.',
    [['Civil Code Article 184', 'unknown-regulation', ''], ['Article 19', 'unknown-regulation', '']]],
  ['an Act\'s acronym after Taiwan is named', 'In Taiwan, Article 32 of the LSA limits overtime. Article 36 of the LSA grants one fixed day off.',
    [['Article 32 of the LSA', 'unknown-regulation', ''], ['Article 36 of the LSA', 'unknown-regulation', '']]],
  ['not the PRC\'s laws named after Taiwan', 'Taiwan\'s courts were discussed. Under Article 5 of the PRC Company Law, a company shall comply with laws.',
    [['Article 5 of the PRC Company Law', 'resolved', '公司5']]],
  ['not a law on a page naming Taiwan only beside Hong Kong and Macao', 'Investors from Hong Kong, Macao and Taiwan may invest. Article 2 of the Foreign Investment Law applies to them.',
    [['Article 2 of the Foreign Investment Law', 'resolved', '外商投资2']]],
  ['not a common-law statute with its year, nor ordinals and case numbers', 'Taipei held the 14th session and the 2nd meeting; Article 172 of the Companies Act 2006 was cited; case No. 12 of 2019 was heard.', []],
]);

// In Taiwan's law 項 is the paragraph and 款 the item (chain.ts unitLevel), and 前項 / 本項 are the previous and this
// paragraph, as 前款 / 本款 are on the mainland (scanner.ts): on a page written under Taiwan's laws only. A mainland
// regulation keeps 款 as its paragraph, 项 as its item; its 前项 and 本项目 stay unread.
table('citation table: Taiwan\'s 項 and 款 (fix-tw18)', [
  ['a Taiwan regulation\'s own text: 前項第一款及第二款, 本項, 前條第一項', '某某業管理規則\n（民國 90 年 03 月 01 日修正）\n\n第一條 本規則所稱期間，其定義如左：\n一、短期：指三個月以內。\n二、長期：指三個月以上。\n前項第一款及第二款之期間，不得超過一年。\n本項規定於第二條準用之。\n第二條 依前條第一項規定辦理者，應報請主管機關核備。\n',
    [['前項第一款及第二款', 'self', '本1.1.1 本1.1.2'], ['本項', 'self', '本1.3'], ['第二條', 'self', '本2'], ['前條第一項', 'self', '本1.1']]],
  ['a Taiwan court\'s 第103條第1項第1款 read to its item', '臺北高等行政法院判決：被告以原告違反醫療法第85條第1項規定，爰依同法第103條第1項第1款規定處新臺幣5萬元罰鍰。',
    [['醫療法第85條第1項', 'unknown-regulation', ''], ['同法第103條第1項第1款', 'unknown-regulation', '']]],
  ['not a mainland regulation: its 前款第（一）项 and 前条第一款; its 前项 and 本项目 unread', '某某条例\n\n第一条 本条例所称期间如下：\n（一）短期；\n（二）长期。\n前款第（一）项规定的期间，不得超过一年。前项规定的事项，本项目不适用。\n第二条 依照前条第一款规定办理。\n',
    [['前款第（一）项', 'self', '本1.1.1'], ['前条第一款', 'self', '本1.1']]],
  ['not the PRC\'s law cited on a page naming a Taiwan court: its 款 is its paragraph', '臺灣高等法院判決：依《中華人民共和國民法典》第1165條第1款規定，大陸地區之侵權責任另論。',
    [['《中華人民共和國民法典》第1165條第1款', 'resolved', '民法典1165.1']]],
]);
