// Rule (Hong Kong and Macau pages: 《基本法》第37條 賦予香港居民結婚的權利): writers there call their region's Basic Law
// simply 《基本法》. On a page naming Hong Kong and not Macau it is Hong Kong's (中华人民共和国香港特别行政区基本法), on one
// naming Macau and not Hong Kong Macau's; a page naming both or neither leaves 《基本法》 as the corpus reads it.

/** The full title 基本法 stands for on this page, or null. */
export function regionBasicLawTitle(text: string): string | null {
  const hk = /香港/.test(text);
  const mo = /澳[门門]/.test(text);
  if (hk === mo) return null;
  return hk ? '中华人民共和国香港特别行政区基本法' : '中华人民共和国澳门特别行政区基本法';
}
