// Rule (issue 14, heldout56-english p23; a news site reprinting a law in instalments: "Enterprise Bankruptcy Law of
// China Ⅵ" ⏎ "From Gasgoo.com| June 25 , 2008 16:36 BJT" ⏎ "Chapter VII" ⏎ "Creditors' Meeting" ⏎ "Section 1 General
// Provisions" ⏎ "Article 59 …"): what a reprint puts between the title line and the text's first article, and after
// the title on its line, without the title ceasing to name the text (printedTitleLine.ts):
// - the instalment's number after the title, a Roman numeral ("… Law of China Ⅵ", "… Law II") — no title ends so;
// - the site's byline or dateline on a line of its own: "From <site>", "Source: …", "By …", "Posted …", "Published …"
//   with a year in it, short and ending without a stop — the site's words about the reprint, not the writer's prose;
// - a chapter's caption on the line under its "Chapter VII" line ("Creditors' Meeting"): a division's name, short,
//   capitalised, no stop.

/** The instalment's Roman numeral ending a title line (ASCII or the Unicode numerals Ⅰ–Ⅻ). */
export const PART_NUMERAL_TAIL = /[ \t]+(?:[IVX]{1,4}|[\u2160-\u216B])[ \t]*$/;

/** A reprint's byline or dateline on a line of its own (the rule above). */
export function bylineLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && /^(?:From|Source|By|Posted|Published|Released|Date)\b/i.test(t) && /\b(?:19|20)\d{2}\b/.test(t) && !/[.;!?]$/.test(t);
}

/** A division's caption under its "Chapter …" line: two to eight capitalised words, no stop, no article label. */
export function divisionCaption(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && /^[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|on|for|the|in|to|with|by))*$/.test(t) && !/^(?:Article|ARTICLE)\b/.test(t);
}
