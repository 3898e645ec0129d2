// Rule (issue 14, round 34 decision, c140; comparative notes and news: 台湾“民法”第184条, 香港《公司条例》第2条,
// 澳門《民法典》第四百七十七條, a Taiwan judgment's 民法第184條第1項前段, "Section 18 of the Companies Ordinance",
// "Article 184 of Taiwan's Civil Code"): the law of Hong Kong, Macao or Taiwan cited by its section or article is no
// mention, as another state's is not (the product cites the PRC's law; the convention of round 18, which read the
// regions' laws as unknown-regulation, is reversed). The PRC's own laws for the regions — 《香港特别行政区基本法》,
// 《基本法》 of a region's page, the Hong Kong national security law — stay citations: they are national laws, read
// elsewhere (basicLaw.ts, englishRegions.ts) and never marked here.
// The readers that find a region's law keep finding it as before (rocPage.ts, jurisdictionBefore.ts, hkOrdinance.ts,
// englishRegions.ts taiwanCodeAt …, which mark an English name " (Taiwan)" / " (Hong Kong)"); this file says what such a
// law's context is: unknown, and foreign — the mark analyze.ts reads to list none of its articles.
import type { Context } from '../context';
import { REGIONS } from '../titles/jurisdictionBefore';

/** The mark an English reader of a region's statute puts after its name ("Civil Code (Taiwan)", "… Ordinance (Hong Kong)"). */
const REGION_MARK = / \((?:Taiwan|Hong Kong|Macao)\)$/;

/**
 * An English name opening with the region's name ("the Macao Civil Code", "Hong Kong's Companies Ordinance", "Taiwan
 * Labor Standards Act"): that region's statute — not the national laws on the region, whose names say Basic Law,
 * national security, or Special Administrative Region after the place.
 */
const REGION_OPENS = /^(?:the[ \t]+)?(?:Hong[ \t]+Kong|HKSAR|Macao|Macau|MSAR|Taiwan)(?:['’]s)?[ \t]+(?!.*\b(?:Basic[ \t]+Law|[Nn]ational[ \t]+[Ss]ecurity|Special[ \t]+Administrative)\b)[A-Z]/;

/** Is this English name a region's statute: marked so by its reader, or opening with the region's name? */
export function markedRegionLaw(written: string): boolean {
  return (written.endsWith(')') && REGION_MARK.test(written)) || REGION_OPENS.test(written);
}

/** The context of a region's law named `written`: unknown to the corpus, and no citation. */
export function regionLawContext(written: string): Context {
  return { kind: 'unknown', written, suggestions: [], foreign: true };
}

// Rule (same decision; mainland comparative writing: 台湾“民法”第184条, 台湾的“消费者保护法”第七条, 香港「公司條例」第2條):
// mainland writers put a Taiwan or Hong Kong law's name in quotation marks rather than 《》 right after the region, and
// the article follows the closing mark. The quoted name is that region's law — the article is no mention (the rule
// above), never a bare article of the law named before nor one with no law (no-context).
const REGION_QUOTED_LAW = new RegExp(
  `(?:${REGIONS})(?:地区|地區)?[的之]?[ \\u3000]*[“"「『][^”"」』\\n]{1,24}(?:法|法典|条例|條例|规则|規則|办法|辦法|规定|規定)[”"」』][ \\u3000]*$`,
);

/** Does a region's law named in quotation marks end right before `p` (the article's 第)? */
export function regionQuotedLawBefore(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  return (c === 0x201d || c === 0x22 || c === 0x300d || c === 0x300f || c === 0x20 || c === 0x3000) && REGION_QUOTED_LAW.test(text.slice(Math.max(0, p - 40), p));
}
