// Rule (issue 14, fix-en40; Taiwan's official English texts and judgments: a page headed "Laws & Regulations Database
// of The Republic of China (Taiwan)", "Ministry of Justice, R.O.C." above "Amended on 2023-06-21 (ROC 112)", or "Taiwan
// High Court Criminal Judgment", whose "Civil Code", "Code of Civil Procedure" and "Criminal Code" are Taiwan's): a page
// whose header — its first lines — says it is Taiwan's is written under Taiwan's laws from its first line to its last,
// as a Chinese page dated 民國109年 or naming 司法院 is (jurisdiction/rocPage.ts taiwanPage). Its laws named without the
// People's Republic's name are Taiwan's (unknown-regulation), though its text names the mainland further on: Taiwan's
// own laws speak of "the Mainland Area" and "the People's Republic of China" (the Act Governing Relations between the
// People of the Taiwan Area and the Mainland Area), and its judgments of PRC courts. The header's marks: the Republic
// of China without "People's" before it, R.O.C. / ROC, an ROC year (Minguo 112), Taiwan's Yuans and Grand Justices,
// its courts (the Taiwan High Court, the Taipei District Court, Tai-Shang case numbers), or the Chinese marks of
// rocPage.ts (法務部 too: Taiwan's Ministry of Justice; the mainland's is 司法部). The header is the run of short lines
// the page opens with (a heading, a title, a date — not a sentence of a history that names the ROC of 1912), up to
// its first article; its first line when it opens with a sentence. The Republic of China's name only in a heading, a line
// ending in no full stop ("The Republic of China enacted a Company Law in 1929." is a history's sentence). Not a
// header that names
// the People's Republic (PRC, the NPC, Beijing, the State Council, a People's Court): a mainland page's
// header speaking of Taiwan cites the PRC's laws, and a page naming Taiwan only further on is read as before, where it
// spoke of Taiwan last (englishRegions.ts speaksOfTaiwan).

import { taiwanPage } from '../../jurisdiction/rocPage';
import { perText } from '../../text';
import { TAIWAN_COURT } from '../../jurisdiction/taiwanCourts';

/** How many non-empty lines make a page's header. */
const HEADER_LINES = 8;
/** The longest line whose "Republic of China" is a heading's, not a sentence's. */
const HEADING_LENGTH = 120;

/** The Republic of China without "People's" (or any word ending in s) before it: Taiwan's state. */
const ROC_NAME = /(?<![A-Za-z]s[ \t]{1,3}|[A-Za-z]['’]s[ \t]{1,3})\bRepublic[ \t]+of[ \t]+China\b/;
/** Taiwan's marks in any header line (built on first use: englishRegions.ts imports this file). */
let taiwanMark: RegExp | null = null;
/** The People's Republic named in a header: a mainland page. */
const PRC_MARK = /People['’]s[ \t]+Republic|\bPRC\b|\bNPC\b|\bBeijing\b|P\.R\.C\b|National[ \t]+People['’]s[ \t]+Congress|State[ \t]+Council|People['’]s[ \t]+(?:Courts?|Procuratorates?)|人民法院|人民共和|国务院|國務院/;

/**
 * The page's header: its first non-empty lines while they are short (headings, a title, a date; at most HEADER_LINES)
 * and hold no sentence's end, up to its first article; its first line when it opens with a sentence. None on a page of
 * one line.
 */
function headerLines(text: string): string[] {
  const all = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // A page of one line has no header: it is read where it spoke of Taiwan last.
  if (all.length < 2) return [];
  const out: string[] = [];
  for (const l of all.slice(0, HEADER_LINES)) {
    // A heading holds no sentence's end before more words ("The Judicial Yuan is Taiwan's court. In Beijing, …").
    if (l.length > HEADING_LENGTH || /^Art(?:icle|\.)[ \t]*\d/.test(l) || /[.!?][ \t]+[A-Z]/.test(l)) break;
    out.push(l);
  }
  return out.length ? out : all.slice(0, 1);
}

/** Is this page headed as Taiwan's (the rule above; read once per text)? */
export const taiwanHeadedPage = perText((text) => {
  taiwanMark ??= new RegExp(
    '\\bR\\.O\\.C\\.?(?![A-Za-z])|\\bROC\\b(?=[ \\t]*(?:\\(?Taiwan\\b|[Yy]ear\\b|\\d{2,3}\\b|\\)|$))|\\bMin[- ]?[Gg]uo\\b|\\b(?:Judicial|Legislative|Executive|Control|Examination)[ \\t]+Yuan\\b|\\bGrand[ \\t]+Justices\\b|' +
      '\\bTaiwan[ \\t]+(?:High|District|Supreme)[ \\t]+(?:Administrative[ \\t]+)?Court\\b|\\bSupreme[ \\t]+(?:Administrative[ \\t]+)?Court[ \\t]+of[ \\t]+(?:Taiwan|the[ \\t]+R\\.?O\\.?C)\\b|\\b(?:' +
      TAIWAN_COURT +
      ')\\b|法務部|法务部',
    'm',
  );
  const lines = headerLines(text);
  const header = lines.join('\n');
  if (PRC_MARK.test(header)) return false;
  return taiwanMark.test(header) || lines.some((l) => !/[.;!?]$/.test(l) && ROC_NAME.test(l)) || taiwanPage(header);
});
