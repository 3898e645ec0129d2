// The laws of the two special administrative regions as English pages name them (issue 14, english8 pages).
//
// The rules real writers follow:
// - "the Basic Law" is the constitutional law of the region the page is about: Hong Kong's ("Article 158 of Hong Kong's
//   Basic Law", "the Hong Kong Basic Law", "the Basic Law of the HKSAR", "Hong Kong's mini-constitution") or Macao's
//   ("Article 23 of Macao's Basic Law", "the Basic Law of the MSAR"). Written without a place ("Article 104 of the
//   Basic Law", "Basic Law Article 104", "BL" once the page wrote "Basic Law (BL)"), it is the Basic Law of the region
//   the page named last before it (the first one named after it when none was before); a page naming neither region
//   speaks of some other "Basic Law" (Germany's), none of the corpus.
// - "the national security law" of a page about Hong Kong is the 2020 Law on Safeguarding National Security in the
//   HKSAR, not the 2015 National Security Law of the PRC: so when the page says so ("Hong Kong's National Security Law",
//   "the Hong Kong national security law", "the national security law for Hong Kong"), and for the short name ("the
//   national security law", "the NSL") once the page named the Hong Kong law that way or by its full title and has
//   not named the PRC's law by its own since.
// Each is read into the official English title the corpus knows, so it resolves as that title does.
import type { ScanEvent, TitleHead } from '../../scanTypes';
import { taiwanHeadedPage } from './taiwanHeadedPage';
import { TAIWAN_COURT } from '../../jurisdiction/taiwanCourts';
import { countBelow } from '../../text';

export const HK_BASIC_LAW = "Basic Law of the Hong Kong Special Administrative Region of the People's Republic of China";
export const MACAO_BASIC_LAW = "Basic Law of the Macao Special Administrative Region of the People's Republic of China";
export const HK_SECURITY_LAW = "Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region";

type Region = 'hk' | 'mo';

const HK_WORD = 'Hong\\s+Kong|HKSAR|HK';
const MO_WORD = 'Macao|Macau|MSAR';
const PRC_TAIL = "(?:\\s+of\\s+(?:the\\s+)?(?:People['’]s\\s+Republic\\s+of\\s+China|PRC))?";
const SAR_TAIL = '(?:\\s+(?:SAR|Special\\s+Administrative\\s+Region))?';
/** Words a writer puts between the place and the law's name: Hong Kong's controversial new national security law. */
const ADJECTIVES = "(?:(?!(?:and|or|under|of|in|with|by|to|the|from|for|as|is|was|has|had)\\s)[a-z][a-z-]*\\s+){0,3}";
const SECURITY_LAW = '(?:[Nn]ational\\s+[Ss]ecurity\\s+[Ll]aw|NSL)';
/** Not a longer name the law's name begins: the Basic Law Committee, the Basic Law Institute's rules. */
const NAME_ENDS = "(?![ \\t]+[A-Z][a-z])(?!['’]s[ \\t]+[a-z])";

/** Place-qualified names: [pattern, what it names]; a place group decides the Basic Law's region. */
const QUALIFIED: { re: RegExp; law: 'bl' | 'nsl' }[] = [
  { re: new RegExp(`\\b(?:the\\s+)?(${HK_WORD}|${MO_WORD})(?:['’]s)?\\s+[Bb]asic\\s+[Ll]aw\\b${NAME_ENDS}`, 'y'), law: 'bl' },
  { re: new RegExp(`\\b(?:the\\s+)?(?:Basic\\s+Law|basic\\s+law)\\s+(?:of|for)\\s+(?:the\\s+)?(${HK_WORD}|${MO_WORD})${SAR_TAIL}${PRC_TAIL}\\b${NAME_ENDS}`, 'y'), law: 'bl' },
  { re: new RegExp(`\\b(?:the\\s+)?(Hong\\s+Kong|HK)(?:['’]s)?\\s+mini-constitution\\b`, 'y'), law: 'bl' },
  { re: new RegExp(`\\b(?:the\\s+)?(?:${HK_WORD})(?:['’]s)?\\s+${ADJECTIVES}${SECURITY_LAW}\\b${NAME_ENDS}`, 'y'), law: 'nsl' },
  { re: new RegExp(`\\b(?:the\\s+)?[Nn]ational\\s+[Ss]ecurity\\s+[Ll]aw\\s+(?:for|in|of)\\s+(?:the\\s+)?(?:Hong\\s+Kong|HKSAR)${SAR_TAIL}\\b`, 'y'), law: 'nsl' },
];

const regionOf = (place: string | undefined): Region => (place && new RegExp(`^(?:${MO_WORD})$`).test(place) ? 'mo' : 'hk');
const basicLaw = (r: Region) => (r === 'mo' ? MACAO_BASIC_LAW : HK_BASIC_LAW);

const REGION_AFTER = new RegExp(`^,?[ \\t]+of[ \\t]+(?:the[ \\t]+)?(${HK_WORD}|${MO_WORD})[ \\t]+(?:SAR|Special[ \\t]+Administrative[ \\t]+Region)${PRC_TAIL}(?![\\w'’-])`);

/**
 * "the Basic Law Article 104 of the Hong Kong Special Administrative Region": writers turning 香港特别行政区基本法第一百零四条
 * into English put the article between the law's name and its region; after "Basic Law" and the article, "of the Hong
 * Kong (Macao) Special Administrative Region" is the region's Basic Law, not another text the article is of. That
 * law and where its region's name ends after `end` (the article's end), else null.
 */
export function basicLawRegionAfter(text: string, end: number): { end: number; written: string } | null {
  const m = REGION_AFTER.exec(text.substr(end, 100));
  return m ? { end: end + m[0].length, written: basicLaw(regionOf(m[1].replace(/\s+/g, ' '))) } : null;
}

/**
 * Where each match of a pattern stands in a text — starts and ends in order, and whether its first group took part —
 * found once per text and pattern: the rules below ask what a page named before each of its citations, and a search
 * of the text before every citation would make a long page's analysis quadratic.
 */
let matchIndex: { text: string; byPattern: Map<string, { starts: number[]; ends: number[]; first: boolean[] }> } | null = null;
function matchesOf(text: string, re: RegExp): { starts: number[]; ends: number[]; first: boolean[] } {
  if (matchIndex?.text !== text) matchIndex = { text, byPattern: new Map() };
  const key = `${re.flags}/${re.source}`;
  let found = matchIndex.byPattern.get(key);
  if (!found) {
    const g = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`);
    found = { starts: [], ends: [], first: [] };
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (!m[0]) {
        g.lastIndex++;
        continue;
      }
      found.starts.push(m.index);
      found.ends.push(m.index + m[0].length);
      found.first.push(m[1] !== undefined);
    }
    matchIndex.byPattern.set(key, found);
  }
  return found;
}

/** Where the last match of `re` that ends by `p` starts (as a search of the text before p finds it), else -1. */
function lastMatchBefore(text: string, re: RegExp, p: number): number {
  const { starts, ends } = matchesOf(text, re);
  const i = countBelow(ends, p + 1) - 1;
  return i >= 0 ? starts[i] : -1;
}

/** The last match of `re` that ends by `p` (lastMatchBefore): where it starts and its words, else null. */
export function lastMatchAt(text: string, re: RegExp, p: number): { start: number; text: string } | null {
  const { starts, ends } = matchesOf(text, re);
  const i = countBelow(ends, p + 1) - 1;
  return i >= 0 ? { start: starts[i], text: text.slice(starts[i], ends[i]) } : null;
}

/** A page's words naming a region: Hong Kong's (first group) or Macao's. */
const REGION_WORDS = new RegExp(`\\b(?:(${HK_WORD}|LegCo|Legislative\\s+Council)|(${MO_WORD}|Legislative\\s+Assembly))\\b`, 'g');

/** The region a page speaks of at p: the one it named last before p, else the first one it names after p. */
export function regionAround(text: string, p: number): Region | null {
  const { starts, first } = matchesOf(text, REGION_WORDS);
  const i = countBelow(starts, p); // the first mark at or after p
  const at = i > 0 ? i - 1 : i < starts.length ? i : -1;
  return at < 0 ? null : first[at] ? 'hk' : 'mo';
}

/**
 * Whether "the National Security Law" at p is Hong Kong's: the page named the Hong Kong security law (place-qualified or
 * by its full title) before p, and not the PRC's since; or the page is about Hong Kong (hkSecurityPage).
 */
export function hkSecurityLawBefore(text: string, p: number): boolean {
  let hk = lastMatchBefore(text, HK_SECURITY_LAW_TITLE, p);
  for (const { re, law } of QUALIFIED) if (law === 'nsl') hk = Math.max(hk, lastMatchBefore(text, re, p));
  return (hk >= 0 && lastMatchBefore(text, PRC_SECURITY_LAW, p) < hk) || hkSecurityPage(text);
}

/**
 * Rule (issue 14, heldout8 and heldout11 English news): a report on Hong Kong — arrests there, its courts, its papers —
 * introduces the 2020 law as "the National Security Law" and may qualify it only later ("… on suspicion of violating
 * Hong Kong's national security law") or never, naming Hong Kong and the HKSAR around it. The page is about Hong Kong's
 * law when it never names the PRC's by its own name (PRC_SECURITY_LAW), names no Macao, and either names the Hong Kong
 * law somewhere (place-qualified or by its full title) or names Hong Kong (HKSAR, LegCo) twice at least.
 */
function hkSecurityPage(text: string): boolean {
  if (matchesOf(text, PRC_SECURITY_LAW).starts.length) return false;
  const regions = matchesOf(text, REGION_WORDS);
  if (regions.first.some((hk) => !hk)) return false;
  if (matchesOf(text, HK_SECURITY_LAW_TITLE).starts.length) return true;
  for (const { re, law } of QUALIFIED) if (law === 'nsl' && matchesOf(text, re).starts.length) return true;
  return regions.starts.length >= 2;
}

const HK_SECURITY_LAW_TITLE = /Safeguarding\s+National\s+Security\s+in\s+the\s+Hong\s+Kong/g;
const PRC_SECURITY_LAW = /National\s+Security\s+Law\s+(?:of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC|China)|\((?:the\s+)?(?:2015|PRC)\))|(?:PRC|China['’]s|Chinese|mainland|2015)\s+National\s+Security\s+Law/gi;

/** Whether the page defined "BL" as the Basic Law before p: "the Basic Law (BL)". */
const BL_DEFINED = /Basic\s+Law\s*\((?:the\s+)?["“]?BL["”]?\)/g;
const blDefinedBefore = (text: string, p: number) => lastMatchBefore(text, BL_DEFINED, p) >= 0;

/**
 * A special administrative region's law named at p (after "of the", before a citation or alone): its official English
 * title and where the name ends, or null. Place-free names need the page's context (see the rules above).
 */
export function regionLawAt(text: string, p: number): { end: number; written: string } | null {
  for (const { re, law } of QUALIFIED) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) return { end: p + m[0].length, written: law === 'nsl' ? HK_SECURITY_LAW : basicLaw(regionOf(m[1]?.replace(/\s+/g, ' '))) };
  }
  const bl = new RegExp(`(?:the\\s+)?(?:Basic\\s+Law|BL)\\b${NAME_ENDS}(?!\\s+of\\s+(?:the\\s+)?(?:Federal|Germany|Israel))`, 'y');
  bl.lastIndex = p;
  const b = bl.exec(text) ?? lowerBasicLawAt(text, p);
  if (b && (!/BL$/.test(b[0]) || blDefinedBefore(text, p))) {
    const r = regionAround(text, p);
    return r ? { end: p + b[0].length, written: basicLaw(r) } : null;
  }
  const nsl = /(?:the\s+)?(?:(?:new|controversial)\s+)?(?:[Nn]ational\s+[Ss]ecurity\s+[Ll]aw|NSL)\b(?!\s+of\s+(?:the\s+)?(?:People|PRC))/y;
  nsl.lastIndex = p;
  const n = nsl.exec(text);
  if (n && hkSecurityLawBefore(text, p)) return { end: p + n[0].length, written: HK_SECURITY_LAW };
  return null;
}

/**
 * "the basic law" in lower case, as speech, testimony and transcripts write it ("articles 45 and 68 of the basic law"):
 * the region's Basic Law only where the page names that law — capitalised, or with its place ("the basic law for
 * Hong Kong") — never a basic law of something else ("the basic law of supply and demand", "a basic law").
 */
const BASIC_LAW_NAMED = new RegExp(`\\bBasic\\s+Law\\b|\\b(?:${HK_WORD}|${MO_WORD})(?:['’]s)?\\s+basic\\s+law\\b|\\bbasic\\s+law\\s+(?:of|for)\\s+(?:the\\s+)?(?:${HK_WORD}|${MO_WORD})\\b`, 'g');
function lowerBasicLawAt(text: string, p: number): RegExpExecArray | null {
  const re = /(?:(?<=\b[Tt]he\s+)|[Tt]he\s+)basic\s+law\b(?!['’]?s\b)(?![ \t]+[A-Za-z]*[A-Z])(?!\s+of\b)(?!-)/y;
  re.lastIndex = p;
  const m = re.exec(text);
  return m && matchesOf(text, BASIC_LAW_NAMED).starts.length ? m : null;
}

const BASIC_LAW_AT_END = new RegExp(`(?:(?:the\\s+)?(${HK_WORD}|${MO_WORD})(?:['’]s)?\\s+)?Basic\\s+Law(?:['’]s)?$`);
const SECURITY_LAW_AT_END = new RegExp(`(?:(?:the\\s+)?(?:${HK_WORD})(?:['’]s)?\\s+${ADJECTIVES})?${SECURITY_LAW}(?:['’]s)?$`);

/** Whether the words ending at `end` end as these laws' names do: Law, law or NSL, with or without 's. */
function endsWithLawName(text: string, end: number): boolean {
  const e = text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’') ? end - 2 : end;
  const w = text.slice(Math.max(0, e - 3), e);
  return w === 'Law' || w === 'law' || w === 'NSL';
}

/** Such a name ending at `end` (right before an article: "Hong Kong Basic Law Article 18", "the Basic Law's Article 26"). */
export function regionLawEndingAt(text: string, end: number): { start: number; written: string } | null {
  if (!endsWithLawName(text, end)) return null;
  const before = text.slice(Math.max(0, end - 80), end);
  const off = end - before.length;
  const q = BASIC_LAW_AT_END.exec(before);
  if (q) {
    const r = q[1] ? regionOf(q[1]) : regionAround(text, off + q.index);
    return r ? { start: off + q.index, written: basicLaw(r) } : null;
  }
  const s = SECURITY_LAW_AT_END.exec(before);
  if (s && (/^(?:the\s+)?(?:Hong|HK)/.test(s[0]) || hkSecurityLawBefore(text, off + s.index))) return { start: off + s.index, written: HK_SECURITY_LAW };
  return null;
}

/**
 * Rule (issue 14, heldout18-english; a news headline "What Hong Kong's Article 23 really says", the page naming only
 * "the Basic Law" below): a region's possessive right before a bare article names the article of its Basic Law, the
 * region's constitutional law whose articles the news cite by number alone ("Hong Kong's Article 23", "Macao's
 * Article 23 legislation") — as "Hong Kong's Basic Law Article 23" does. Only the place's own possessive: not "Hong Kong
 * Article 23" nor "a Hong Kong company's Article 5" (a company's articles).
 */
const REGION_POSSESSIVE_AT_END = new RegExp(`(?:^|[^A-Za-z'’])(${HK_WORD}|${MO_WORD})['’]s$`);

/** Such a possessive ending at `end`, right before an article: where it starts and the region's Basic Law. */
export function regionPossessiveEndingAt(text: string, end: number): { start: number; written: string } | null {
  const before = text.slice(Math.max(0, end - 16), end);
  const m = REGION_POSSESSIVE_AT_END.exec(before);
  if (!m) return null;
  const start = end - before.length + m.index + m[0].length - m[1].length - 2;
  return { start, written: basicLaw(regionOf(m[1].replace(/\s+/g, ' '))) };
}

/**
 * After the scan: the titles of English prose read as these laws — a place-qualified name alone ("Hong Kong's National
 * Security Law: how dangerous is Article 38?") becomes the law in context, in place of the known title inside it (the
 * PRC's "National Security Law"); a short name the scan read as the PRC law, or a place-free "Basic Law", is rewritten
 * to the region's law the page speaks of.
 */
export function readRegionTitles(text: string, events: ScanEvent[]): void {
  if (!/Basic\s+Law|basic\s+law|[Ss]ecurity\s+[Ll]aw|NSL|mini-constitution/.test(text)) return;
  const cited = events.filter((e) => e.type === 'citation') as { start: number; end: number }[];
  const added: ScanEvent[] = [];
  // A place-free "the Basic Law" alone is the region's too ("conferred by the Constitution and the Basic Law").
  for (const re of [...QUALIFIED.map((q) => q.re), new RegExp(`\\b(?:the\\s+)?Basic\\s+Law\\b${NAME_ENDS}`), /\b[Tt]he\s+basic\s+law\b/]) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (cited.some((c) => c.start < end && start < c.end) || added.some((a) => a.type === 'title' && a.head.start < end && start < a.head.end)) continue;
      const named = regionLawAt(text, start);
      if (!named) continue;
      const head: TitleHead = { kind: 'title', written: named.written, start, end: named.end, innerStart: start, innerEnd: named.end, bracketed: false, lang: 'en' };
      added.push({ type: 'title', head });
    }
  }
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type === 'title' && added.some((a) => a.type === 'title' && a.head.start < e.head.end && e.head.start < a.head.end)) events.splice(i, 1);
  }
  events.push(...added);
  for (const e of events) {
    const head = e.type === 'title' ? e.head : e.type === 'definition' ? e.of : e.head.kind === 'title' ? e.head : null;
    if (!head || head.kind !== 'title' || head.lang !== 'en') continue;
    if (/^(?:the\s+)?(?:national\s+security\s+law|NSL)$/i.test(head.written) && hkSecurityLawBefore(text, head.start)) head.written = HK_SECURITY_LAW;
    else if (/^(?:the\s+)?Basic\s+Law$/.test(head.written)) {
      const r = regionAround(text, head.start);
      if (r) head.written = basicLaw(r);
    }
  }
}

// Taiwan's laws: a page on Taiwan's law names its codes as the mainland's are named in English ("Article 7 of the
// Constitution" in a ruling of the Judicial Yuan, "Article 184 of the Civil Code"); read where the page spoke of Taiwan
// last (its name, its Yuans, the Grand Justices), they are Taiwan's — laws the corpus does not hold (unknown-regulation),
// not the PRC Constitution or Civil Code.
// Rule (issue 14, fix-tw18; a Taipei guide for migrant workers citing "Article 12 of the Gender Equality at Work Act"
// beside fines in NT$, a law firm's note on "Article 32 of the LSA"): so is any law such a page names by a title in
// capitals ending in Act, Law or Code — Taiwan's statutes are Acts ("the Labor Standards Act", "the Company Act") — and
// a title Taiwan's name qualifies wherever it stands ("Taiwan's Labor Standards Act", "the R.O.C. Civil Code", "the
// Company Act of Taiwan"): Taiwan's law, unknown-regulation, never no citation as another state's law is (Taiwan's,
// Hong Kong's and Macau's laws are China's). Its money (NT$) speaks of Taiwan too. Not Taiwan named as the mainland's
// laws name it ("investors from Hong Kong, Macao and Taiwan", "Taiwan compatriots", "the Taiwan Affairs Office"): the
// PRC's laws are cited there; nor Taiwan named as the mainland's politics names it ("opposes Taiwan independence", "the
// Taiwan question", "Taiwan Province": fix-en40), nor a statistician's ROC curve.
const TAIWAN = new RegExp(
  '(?<!(?:Macao|Macau),?\\s+(?:and\\s+)?)\\b(?:Taiwan(?:ese)?(?!\\s+(?:[Cc]ompatriots|Affairs|[Rr]egion|Straits?|[Ii]ndependence|[Qq]uestion|[Ii]ssue|Province)\\b)|(?:Judicial|Legislative|Executive|Control|Examination)\\s+Yuan|Grand\\s+Justices|R\\.O\\.C(?=\\.)|ROC(?!\\s+(?:curves?|AUC)\\b)|Taipei|' +
    TAIWAN_COURT + ')\\b|\\bNT\\$',
  'g',
);
// Rule (issue 14, fix-en20): the mainland is also named by its great cities (fix-en40: also the Fujian and coastal
// cities where Taiwan's businessmen sue — Xiamen, Fuzhou, Suzhou, Dongguan …), its People's Courts and Procuratorates,
// its State Council and its money — a mainland page naming Taiwan once ("a buyer from Taiwan bought goods in
// Shanghai") still cites the PRC's Civil Code.
// Rule (issue 14, heldout31 English: a trademark agent's guide citing "Article 42 of China's Trademark Law", later listing
// the papers to file — "ID card / residence card of Taiwan residents"): a law named as China's ("China's Trademark
// Law", "China's Civil Code") is the PRC's, and names the mainland as the PRC's name does: the page cites the PRC's
// laws there, though it names Taiwan further on. Only "China's" right before a title in capitals (at most five words
// and Law, Code or Constitution), never "the Republic of China's" (Taiwan's own name), nor "China's market" and the like.
const MAINLAND = /\b(?:(?<!Republic\s+of\s+)China['’]s(?=\s+(?:[A-Z][A-Za-z'’-]*\s+){0,5}(?:Law|Code|Constitution)\b)|PRC|People['’]s\s+Republic\s+of\s+China|[Mm]ainland(?:\s+China)?|National\s+People['’]s\s+Congress|NPC|Beijing|Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Hangzhou|Nanjing|Wuhan|Chengdu|Xiamen|Fuzhou|Suzhou|Qingdao|Dalian|Dongguan|Ningbo|People['’]s\s+(?:Courts?|Procuratorates?)|State\s+Council|Renminbi|RMB|CNY)\b/g;

/** Taiwan's name before a title ("Taiwan's ", "the R.O.C. ", "ROC "): the title is Taiwan's law. */
const TAIWAN_LEAD = /(?:the\s+)?(?:Taiwan(?:ese)?(?:['’]s)?|R\.O\.C\.?|ROC)\s+(?=[A-Z])/y;
/**
 * Rule (issue 14, heldout19-english; a note on Taiwan's 2011 amendment of its Company Act: "Article 23 of the revised
 * Company Act allows the shareholders …"): the words news and notes put before a law they discuss as amended or in
 * force ("the revised", "the amended", "the new", "the current" Company Act) stand before its title, which is read as
 * it would be without them — Taiwan's law where the page speaks of Taiwan (speaksOfTaiwan).
 */
const STATE_WORD = /(?:(?:newly|recently)\s+)?(?:revised|amended|new|current|existing|original|former|old|previous)\s+(?=[A-Z])/y;
/**
 * A title in capitals ending in Act, Law or Code ("Gender Equality at Work Act", "Labor Standards Law"), or "the LSA".
 * Rule (issue 14, fix-en40; Taiwan's official English texts: "Article 244 of the Code of Civil Procedure", "the Code of
 * Criminal Procedure, Article 159"): Taiwan's two procedure codes are named "Code of … Procedure" — the PRC's are
 * Laws ("the Civil Procedure Law") — so named, they are Taiwan's where the page speaks of Taiwan, as its Civil Code is.
 */
const CAPITAL_TITLE = /(?:the\s+)?(Constitution|Code\s+of\s+(?:Civil|Criminal)\s+Procedure|(?:[A-Z][A-Za-z'’-]*\s+(?:(?:of|on|for|and|at|in|the)\s+)*){1,7}(?:Act|Law|Code)|[A-Z]{1,4}A)(?![A-Za-z])/y;
/** Taiwan's name after a title: "of Taiwan", "of the Republic of China (Taiwan)", "of the R.O.C.". */
const TAIWAN_AFTER = /\s+of\s+(?:the\s+)?(?:Taiwan|R\.O\.C\.?|ROC|Republic\s+of\s+China(?:\s*\(Taiwan\))?)(?![A-Za-z])/y;

/** Taiwan's name right before a title: "Taiwan's ", "the Taiwanese ", "the R.O.C. ". */
const TAIWAN_BEFORE = /(?:^|[^A-Za-z.])(?:Taiwan(?:ese)?(?:['’]s)?|R\.O\.C\.?|ROC)[ \t]+$/;

/**
 * Whether a known title written from `start` (to `end`, when known) is named as Taiwan's ("Taiwan's Civil Code Article 184", "the
 * Penal Code of Taiwan, Article 19", "the Land Law of the Republic of China"): Taiwan's law of that name (the rule above).
 */
export function taiwanTitleAt(text: string, start: number, end?: number): boolean {
  if (TAIWAN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (end === undefined) return false;
  TAIWAN_AFTER.lastIndex = end;
  return TAIWAN_AFTER.test(text);
}

/**
 * Whether the page speaks of Taiwan at p: it named Taiwan last before p (not the mainland since), or, naming neither
 * before p, names Taiwan further on and the mainland nowhere (a guide whose fines in NT$ come after its first article),
 * as a page's region is read (regionAround).
 */
export function speaksOfTaiwan(text: string, p: number): boolean {
  // A page headed as Taiwan's speaks of Taiwan throughout (taiwanHeadedPage.ts).
  if (taiwanHeadedPage(text)) return true;
  const tw = lastMatchBefore(text, TAIWAN, p);
  if (tw >= 0) return lastMatchBefore(text, MAINLAND, p) < tw;
  return (matchesOf(text, TAIWAN).starts.length > 0 || matchesOf(text, ROC_NAME).starts.length > 0) && matchesOf(text, MAINLAND).starts.length === 0;
}

/**
 * Rule (issue 14, fix-en31b; Taiwan's official English texts of its laws: "… the Standard Business Classification of
 * the Republic of China shall be applicable …", no other sign of Taiwan in an enforcement rule's articles): Taiwan's
 * state calls itself the Republic of China, and its laws name it so. The name without "People's" before it speaks of
 * Taiwan — only on a page that never names the mainland (speaksOfTaiwan's last reading, MAINLAND): a mainland page
 * losing "People's" ("the territory of the Republic of China", "the Peple's Republic of China", "the people's Republic
 * of China" in lower case) names the PRC elsewhere. Not after any word ending in s (a misspelt or lower-case "People's").
 */
const ROC_NAME = /(?<![A-Za-z]s[ \t\n]{1,3}|[A-Za-z]['’¦]s[ \t\n]{1,3})\bRepublic[ \t\n]+of[ \t\n]+China\b/g;

/** Capitalised words going on to a document's noun: a longer name than the one before them. */
const LONGER_NAME = /^[ \t]+(?!Articles?\b)(?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|the)[ \t]+)*){0,5}(?:Act|Law|Code|Rules|Regulations|Measures|Provisions|Ordinance|Interpretations?|Amendments?|Bill|Draft)(?![A-Za-z])/;

/**
 * Rule (issue 14, heldout19-english; a Taiwan firm's traffic-accident page listing "Civil Code Article 184, Paragraph
 * 1" and "Civil Code Article 191-2", the Judicial Yuan named further on, the mainland nowhere): a title written before its
 * article ("Civil Code Article 184") is read by the page's jurisdiction as a title after it is (taiwanCodeAt): one in
 * capitals ending in Act, Law or Code, or the Constitution, where the page speaks of Taiwan, is Taiwan's law. Not the
 * PRC's law so named ("the PRC Company Law Article 16").
 */
export function taiwanTitleInContext(text: string, start: number, end: number): boolean {
  const m = new RegExp(`^(?:${CAPITAL_TITLE.source})$`).exec(text.slice(start, end));
  return !!m && !/\b(?:PRC|P\.R\.C|China|Chinese|People['’]s)\b/.test(m[1]) && speaksOfTaiwan(text, start);
}

/** "the Constitution", "the Civil Code", "the Criminal Code", any title in capitals at p that is Taiwan's (the rules above). */
export function taiwanCodeAt(text: string, p: number): { end: number; written: string } | null {
  TAIWAN_LEAD.lastIndex = p;
  const lead = TAIWAN_LEAD.exec(text);
  let t0 = lead ? p + lead[0].length : p;
  STATE_WORD.lastIndex = t0;
  const state = STATE_WORD.exec(text);
  if (state) t0 += state[0].length;
  CAPITAL_TITLE.lastIndex = t0;
  const c = CAPITAL_TITLE.exec(text);
  if (!c) return null;
  let end = t0 + c[0].length;
  TAIWAN_AFTER.lastIndex = end;
  const after = TAIWAN_AFTER.exec(text);
  if (after) end += after[0].length;
  else if (/^\s+of\b/.test(text.substr(end, 5))) return null; // "the Civil Code of the People's Republic of China"
  const name = c[1].replace(/\s+/g, ' ');
  // The PRC's own law named so ("the PRC Company Law", "the Chinese Civil Code") is none of Taiwan's.
  if (/\b(?:PRC|P\.R\.C|China|Chinese|People['’]s)\b/.test(name)) return null;
  // A year after the name is a common-law statute's ("the Companies Act 2006"): another state's, never Taiwan's.
  if (/^,?[ \t]+(?:of[ \t]+)?\d{4}\b/.test(text.substr(end, 12))) return null;
  if (!lead && !after) {
    // A title going on in capitals to a document's noun ("the Civil Code Enforcement Act", "the Company Act
    // Implementation Rules") is another, longer name: not read so here. Rule (issue 14, heldout19-english; a Taiwan
    // firm's headline "The Torts Rule in Article 184 of the Civil Code Is Applicable to Juridical Persons", the Taiwan
    // Supreme Court named only in the next paragraph): a headline's capitals after the name that end in no such noun
    // are its other words, and the name is read where it stands, by the page's jurisdiction (speaksOfTaiwan).
    if (LONGER_NAME.test(text.substr(end, 80))) return null;
    if (!speaksOfTaiwan(text, p)) return null;
  }
  return { end, written: `${name} (Taiwan)` };
}

/**
 * Rule (issue 14, heldout18-english; a law firm's note "Taiwan Focus: dismissing employees": "In Taiwan, the Labour
 * Standards Act (LSA) protects all employees. … According to the Act, an employer cannot terminate … unless … Article 11
 * or Article 12 exists."): a Taiwan law the page names in its prose, by a title in capitals ending in Act, Law or Code
 * where it speaks of Taiwan (taiwanCodeAt), is the law in context for the bare articles after it, as a title named
 * alone is (rule 5) — Taiwan's law, unknown to the corpus, never no context. A title of two words at least ("the Labour
 * Standards Act", "the Company Act"), its first word no sentence's opening word ("Under the Act", "The Act", "According
 * to the Act" name none); not an acronym alone ("the LSA" is read where it is cited).
 */
const PROSE_TITLE_START = /(?<![A-Za-z'’-])(?!(?:The|This|That|These|Those|Under|In|On|Of|For|By|As|At|To|From|With|Per|Pursuant|According|If|When|Where|While|Since|After|Before|Unless|Although|And|Or|But|See|Article|Articles|Section|Chapter)\b)[A-Z][a-z][A-Za-z'’-]*\s+(?=[A-Z]|(?:of|on|for|and|at|in|the)\s)/g;

/** The Taiwan laws named in prose from `from` (the rule above): where each is written and its name. */
export function taiwanTitlesInProse(text: string, from: number): { start: number; end: number; written: string }[] {
  const out: { start: number; end: number; written: string }[] = [];
  if (!/\b(?:Act|Law|Code)\b/.test(text) || (!matchesOf(text, TAIWAN).starts.length && !(matchesOf(text, ROC_NAME).starts.length && !matchesOf(text, MAINLAND).starts.length) && !taiwanHeadedPage(text))) return out;
  PROSE_TITLE_START.lastIndex = from;
  for (let m = PROSE_TITLE_START.exec(text); m; m = PROSE_TITLE_START.exec(text)) {
    const start = m.index;
    const t = taiwanCodeAt(text, start);
    if (!t || /^[A-Z]{1,4}A(?: \(Taiwan\))?$/.test(t.written) || !/\s/.test(text.slice(start, t.end).trim())) continue;
    out.push({ start, end: t.end, written: t.written });
    PROSE_TITLE_START.lastIndex = t.end;
  }
  return out;
}
