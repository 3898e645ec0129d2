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
const ROC_DATE = /民[國国][ \u3000]*(?:[4-9][0-9]|3[89]|1[0-9]{2})[ \u3000]*年|(?<![0-9０-９])1(?:0[1-9]|[1-4][0-9])[ \u3000]*年[ \u3000]*[0-9]{1,2}[ \u3000]*月[ \u3000]*[0-9]{1,2}[ \u3000]*日/;
const PRC_NAMED = /^(?:中华人民共和国|中華人民共和國)/;

/** Is this a page dated in the Republic of China calendar (read once per text)? */
export const rocDatedPage = perText((text) => ROC_DATE.test(text));

/** Does a title written on such a page name a law of Taiwan rather than the corpus's law of that name? */
export function rocLawName(written: string, text: string): boolean {
  return rocDatedPage(text) && !PRC_NAMED.test(written.replace(/^[《〈\s]+/, ''));
}
