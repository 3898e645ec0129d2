// Rule (issue 14, real-zh16; Hong Kong and Macau writers, mainland commentary on them: 香港基本法第158条, 基本法第17、18、
// 158及159條, 澳门特别行政区基本法第五十条): 基本法 written without 《》 is a name — a region's Basic Law — never 本法
// (the document's own law) with 基 glued before it. The name reaches back over the region that owns it (香港 / 澳门, 特别
// 行政区, 中华人民共和国 before them); 基本法 alone is then read as 《基本法》 is: the Basic Law of the one region the page
// names (basicLaw.ts), else as the corpus reads it.

const BASIC_LAW_NAME = /(?:中华人民共和国)?(?:(?:香港|澳门)(?:特别行政区)?)?基本法$/;

/**
 * The Basic Law's name ending at end (…基本法): its start, and the title it stands for — the region's full title where
 * the name says the region, 基本法 where it does not — or null when 基本法 does not end there.
 */
export function basicLawNameBefore(text: string, end: number): { start: number; written: string } | null {
  const m = BASIC_LAW_NAME.exec(text.slice(Math.max(0, end - 20), end));
  if (!m) return null;
  const region = m[0].includes('香港') ? '香港' : m[0].includes('澳门') ? '澳门' : null;
  return { start: end - m[0].length, written: region ? `中华人民共和国${region}特别行政区基本法` : '基本法' };
}
