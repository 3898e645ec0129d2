// Rule (Hong Kong and Macau pages: 《基本法》第37條 賦予香港居民結婚的權利): writers there call their region's Basic Law
// simply 《基本法》. On a page naming Hong Kong and not Macau it is Hong Kong's (中华人民共和国香港特别行政区基本法), on one
// naming Macau and not Hong Kong Macau's; a page naming both or neither leaves 《基本法》 as the corpus reads it.

// Rule (fix-zh37, heldout32-gov; Legislative Council papers of Hong Kong that never write 香港: 對有關"總督"的提述進行適應化
// 修改…是為了符合《基本法》第五十六條的規定): a page naming neither region may still be Hong Kong's by its institutions' own
// words — 行政长官会同行政会议 (the Chief Executive in Council, Hong Kong's alone), or an ordinance cited by its chapter
// number, 《火器及弹药条例》(第238章) (the Laws of Hong Kong are numbered so; Macau numbers its acts by number and
// year). Only for 《基本法》 itself (signals = true); a page naming both regions still tells none.
/** Hong Kong's own words for its institutions and ordinances (in the simplified reading, or as printed). */
const HONG_KONG_SIGNAL = /行政[长長]官[会會]同行政[会會][议議]|[条條]例》?[ \u3000]*[（(]第\d{1,4}[A-Z]?章[)）]/;

/** The full title 基本法 stands for on this page, or null; `signals`: also by Hong Kong's own words where no region is named. */
export function regionBasicLawTitle(text: string, signals = false): string | null {
  const hk = /香港/.test(text);
  const mo = /澳[门門]/.test(text);
  if (!hk && !mo && signals && HONG_KONG_SIGNAL.test(text)) return '中华人民共和国香港特别行政区基本法';
  if (hk === mo) return null;
  return hk ? '中华人民共和国香港特别行政区基本法' : '中华人民共和国澳门特别行政区基本法';
}
