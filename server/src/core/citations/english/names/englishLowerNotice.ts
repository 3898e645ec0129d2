// Rule (issue 14, heldout28 English: a bilingual tax post, "According to Article 20 of the notice of the Ministry of
// Finance and the State Administration of Taxation on several policy issues of individual income tax ((1994) …)"):
// machine translation and hurried writers type a notice's title (关于…的通知) in lower case, its issuer's name
// capitalised as names are: "the notice (circular, opinions, reply) of <a state organ> on <subject>". Such words are a
// document's title — its articles are that document's, which the corpus does not hold under that English
// (unknown-regulation), neither nothing nor the law named before. Only with an organ's name after "of" (a Ministry,
// Administration, Commission, Bureau, the State Council, a court or procuratorate, the People's Bank) and a subject in
// lower case after "on"; "the notice of termination", "the reply of the seller" stay another document.

const ORGAN = /\b(?:Ministry|Administration|Commission|Bureau|State[ \t]+Council|Court|Procuratorate|People['’]s[ \t]+Bank|Office)\b/;
const LOWER_NOTICE = /^(?:notice|circular|opinions|reply)[ \t]+of[ \t]+((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|for|on(?=[ \t]+[A-Z])))*?)[ \t]+(?:on|concerning|regarding)[ \t]+(?:the[ \t]+)?[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){1,20}/;

/** The end of a notice's title typed in lower case at p (the rule above), or -1. */
export function lowerNoticeTitleEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 0x6e && c !== 0x63 && c !== 0x6f && c !== 0x72) return -1; // n, c, o, r: the cheap question first
  const m = LOWER_NOTICE.exec(text.substr(p, 300));
  if (!m || !ORGAN.test(m[1])) return -1;
  return p + m[0].length;
}
