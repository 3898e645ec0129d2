/**
 * Rule (fix-zh90; lawyers' and Q&A pages: 《最高院商品房买卖合同司法解释》 (wtabcd.cn), 最高院建设工程施工合同司法解释第十六条
 * (a Q&A headline), 《最高人民法院关于精神损害赔偿的司法解释》第十条 (uianet.net), 最高法民间借贷利息司法解释): writers put the
 * court's name — 最高人民法院, 最高法院, 最高院, 最高法 — before an interpretation's short name, or write the court's name and
 * 关于 round the short name with 的 before its kind word. The name without them is the interpretation's short name, read as
 * it is read alone (titles.ts); only a court interpretation it names is meant, and a name the printed words of its page
 * pick among several (interpretationFamily: 《最高人民法院建设工程施工合同司法解释》) is left to that rule.
 */
import { SERIES_NUMBER } from './seriesNumber';

/** The court's name (1) before the short name (2), 关于 and 的 round it or not. */
const ISSUER_PREFIXED = /^(?:最高人民法院|最高法院|最高院|最高法)(关于)?([\u4e00-\u9fff（）()]{4,30})$/;

/** The short name's end: its kind word, a series number after it or not (seriesNumber.ts). */
const KIND_END = new RegExp(`(?:解释|规定)${SERIES_NUMBER}?$`);
/** The 的 of 关于…的司法解释 right before that end. */
const OF_BEFORE_KIND = new RegExp(`的(?=(?:司法)?${KIND_END.source})`);

/** The short name `key` (a title key) holds after the court's name, 关于 … 的 taken off; null when it holds none. */
export function issuerlessShortName(key: string): string | null {
  const m = ISSUER_PREFIXED.exec(key);
  if (!m) return null;
  let rest = m[2];
  if (m[1]) {
    // 关于精神损害赔偿的司法解释: 的 before the kind word goes; a full title (关于审理…若干问题的规定) is no short name.
    if (/若干|问题|适用|审理|办理|执行/.test(rest)) return null;
    rest = rest.replace(OF_BEFORE_KIND, '');
  }
  return KIND_END.test(rest) && !rest.startsWith('关于') ? rest : null;
}
