// Rule (Taiwan judgments, rulings and legal articles: 民事訴訟法第170條、第173條…分別定有明文, 依民法第184條第1項前段,
// dated 民國109年10月30日 or 108年8月30日): a page dated in the Republic of China era after 1949 is written under the
// laws in force in Taiwan. A law it names without the People's Republic's name before it (民法, 民事訴訟法, 國家賠償法)
// is that law, which the corpus does not hold — never the mainland law of the same name. A mainland law named with
// 中华人民共和国 / 中華人民共和國 before it is still that law.

import { perText } from '../text';

/**
 * 民國109年 (after 1949: year 39 on), or a full date whose year has three digits (108年8月30日; 101 to 149, not a round
 * 100年 that a mainland writer's 建党100年 may put before a date): the ROC calendar.
 */
// Rule (issue 14, fix-zh19; Taiwan lawyers' notes on 民法第1052條: 民國七十四年六月三日修正時增訂第2項): the ROC year
// spelled in Chinese numerals is the same date (from 三十八, as the digits).
const ROC_DATE = /民[國国][ \u3000]*(?:[4-9][0-9]|3[89]|1[0-9]{2}|三十[八九]|[四五六七八九]十[一二三四五六七八九]?|一百[零〇一二三四五六七八九十]{0,3})[ \u3000]*年|(?<![0-9０-９])1(?:0[1-9]|[1-4][0-9])[ \u3000]*年[ \u3000]*[0-9]{1,2}[ \u3000]*月[ \u3000]*[0-9]{1,2}[ \u3000]*日/;
const PRC_NAMED = /^(?:中华人民共和国|中華人民共和國)/;

/** Is this a page dated in the Republic of China calendar (read once per text)? */
export const rocDatedPage = perText((text) => ROC_DATE.test(text));

// Rule (issue 14, fix-tw18; Taiwan pages with no date in the ROC calendar — a lawyer's note on 民法第1052條 citing the
// 憲法法庭's 112年憲判字第4號, a judgment of 臺灣臺北地方法院 or the 最高法院's 年度台上字 rulings quoted, an essay on
// 中央法規標準法 citing 司法院大法官釋字第499號, a county's fine in 新臺幣): a page naming an institution or a place only
// Taiwan has is written under Taiwan's laws, as a page dated 民國109年 is — its laws named without the People's
// Republic's name are Taiwan's, unknown to the corpus. Only Taiwan's: a district or high court named after a Taiwan
// city or 臺灣 (the mainland's are People's Courts), 台上字 case numbers, 司法院, the 大法官's 釋字 interpretations, the
// 憲法法庭 and its 憲判字 judgments, 行政院 and 立法院, 衛福部, 新臺幣, and Taiwan's counties and cities (雲林縣, 臺北市).
// Not a general word a mainland, Hong Kong or Macau writer uses in traditional characters too (法院, 大法官 of a
// foreign court, 勞動部 — the mainland's ministry until 1998, whose documents mainland pages still cite —, 台灣 alone).
// A page naming a mainland institution (人民法院, 國務院, 人民代表大會, 人民政府, 人民幣, 中華人民共和國) is none: a
// mainland or Hong Kong writer discussing Taiwan's courts still cites the mainland's laws. The page is read in
// simplified characters (traditionalScript.ts); both scripts are matched. Also Taiwan's way of citing (fix-zh19, a note on
// 民法第1052條 naming no institution: 第一項第三款, a 項 above its 款 — Taiwan's levels, not the mainland's).
const TAIWAN_COURT_PLACE = '(?:台湾|臺灣|台灣|台北|臺北|士林|新北|桃园|桃園|新竹|苗栗|台中|臺中|南投|彰化|云林|雲林|嘉义|嘉義|台南|臺南|高雄|屏东|屏東|台东|臺東|花莲|花蓮|宜兰|宜蘭|基隆|澎湖|金门|金門|连江|連江)';
const TAIWAN_NAMED = new RegExp(
  TAIWAN_COURT_PLACE + '(?:地方法院|高等法院|高等行政法院)|[台臺]上字第|年度[台臺][上抗]字|司法院|[释釋]字第[ 0-9０-９〇零一二三四五六七八九十百]+[号號]|' +
    '[宪憲]法法庭|[宪憲]判字|行政院|立法院|[卫衛]福部|[卫衛]生福利部|新[台臺][币幣]|' +
    '(?:云林|雲林|彰化|嘉义|嘉義|屏东|屏東|宜兰|宜蘭|花莲|花蓮|台东|臺東|澎湖|金门|金門|连江|連江|苗栗|南投|新竹)[县縣]|' +
    '(?:台北|臺北|新北|桃园|桃園|台中|臺中|台南|臺南|高雄|基隆)市|' +
    // Taiwan's order of levels, a 項 above its 款 (第一項第三款: the paragraph, then its item); the mainland, Hong Kong
    // and Macau put 款 above 项 (第一款第三项).
    '第[0-9０-９零〇一二三四五六七八九十百]{1,5}[项項]第[0-9０-９零〇一二三四五六七八九十]{1,3}款|' +
    // Rule (issue 14, heldout30 English; a bilingual excerpt of Taiwan's Labor Standards Act: 雇主依第十一條…規定終止勞動
    // 契約者,其預告期間依左列各款之規定:): 左列 ("listed at the left", from vertical print) introducing a list of 款 is
    // Taiwan's statute wording; the mainland's laws say 下列 and number their items 项 (no text of the corpus says 左列).
    '左列各款|' +
    // Rule (issue 14, fix-tw36; Taiwan judgments and search results citing a lower court's case: 113年度上易字第336號,
    // 112年度訴字第1234號, 107年度板勞簡字第5號): a case number of an ROC year (two or three digits) and 年度, its kind,
    // then 字第 — Taiwan's courts number every case so, not only the 最高法院's 台上字; the mainland writes its year in
    // brackets with four digits ((2019)京01民终123号), and a mainland report's 2023年度 has four digits and no 字第.
    '(?<![0-9０-９])[0-9０-９]{2,3}[ \u3000]*年度[\u4e00-\u9fff]{1,6}字第',
);
const MAINLAND_NAMED = /人民法院|人民[检檢]察院|[国國][务務]院|人民代表大[会會]|人民政府|人民[币幣]|中[华華]人民共和[国國]/;

/** Is this a page written under Taiwan's laws: dated in the ROC calendar, or naming what only Taiwan has (read once per text)? */
export const taiwanPage = perText((text) => rocDatedPage(text) || (TAIWAN_NAMED.test(text) && !MAINLAND_NAMED.test(text)));

/** Does a title written on such a page name a law of Taiwan rather than the corpus's law of that name? */
export function rocLawName(written: string, text: string): boolean {
  return taiwanPage(text) && !PRC_NAMED.test(written.replace(/^[《〈\s]+/, ''));
}
