// An issuer written before the brackets: 最高人民法院《关于审理…的解释》, 最高人民法院、最高人民检察院《关于办理…的解释》.
import { COURT_ISSUER } from '../courtTitleWords';

/** The court's (courtTitleWords.ts COURT_ISSUER), the State Council's and the NPC Standing Committee's names. */
const ISSUERS = `${COURT_ISSUER}|国务院办公厅|国务院|全国人民代表大会常务委员会|全国人大常委会`;
const ISSUERS_BEFORE = new RegExp(`(?:(?:${ISSUERS})[、和与\\s\\u3000]*)*(?:${ISSUERS})[\\s\\u3000]*$`);
const ONE = new RegExp(ISSUERS, 'g');

/**
 * The issuer prefixes to try for a title written at `start` (its opening bracket) when issuers stand right before
 * it: as written, and joined with 、 or nothing (corpus titles join them either way). Empty when none.
 */
export function issuerPrefixes(text: string, start: number): string[] {
  const m = ISSUERS_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!m) return [];
  const names = m[0].match(ONE) ?? [];
  return [...new Set([m[0].trim(), names.join('、'), names.join('')])];
}

const LEADING = new RegExp(`^((?:(?:${ISSUERS})[、和与\\s\\u3000]*)*(?:${ISSUERS}))[\\s\\u3000]*(?=《)`);

/** 最高人民法院《关于…》第一条 → the issuers written before the brackets and the rest, or null. */
export function leadingIssuer(text: string): { issuer: string; rest: string } | null {
  const m = LEADING.exec(text);
  return m ? { issuer: m[1], rest: text.slice(m[0].length) } : null;
}
