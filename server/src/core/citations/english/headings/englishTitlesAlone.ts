// A regulation's title named alone in English prose ("the Measures for the Security Assessment of Outbound Data
// Transfers") is the regulation in context for the bare articles after it (englishPasses.ts; the scanner also finds
// known short titles written capitalised, "the Labor Contract Law").
import { lineStartAt } from '../../text';
import { capitalLineText } from './englishCaps';
import { capitalisedTitleAt } from '../names/englishTitleAt';

/** A chapter or section heading's label and caption words opening the line, up to a title alone (englishTitlesAlone). */
const CHAPTER_CAPTION_LINE = /^[ \t]*(?:Chapter|CHAPTER|Section|SECTION)[ \t]+(?:[IVXL]{1,6}|\d{1,2})[ \t]+[A-Z][A-Za-z\-]*(?:[ \t,]+(?:[A-Z][A-Za-z\-]*|and|of|on|for|the|in|to))*[ \t,]+(?:the[ \t]+)?$/;

/** Whether the words p..end stand in quotation marks closed right after them, "the" before the opening mark. */
function quotedAfterThe(text: string, p: number, end: number): boolean {
  return /^["”]/.test(text[end] ?? '') && /(?:^|[^\w])[Tt]he[ \t]+["“]$/.test(text.slice(Math.max(0, p - 6), p));
}

/**
 * Whether the words p..end stand in quotation marks closed right after them, a regulation's kind word last, the marks
 * opening a line's bold label (a140-en, a cloud provider's translated compliance page: '**”Internet Domain Name
 * Management Measures” of the Ministry of Industry and Information Technology, Article 36:**' — the opening mark typed
 * as a closing one, as translated pages do).
 */
function quotedKindTitleLabel(text: string, p: number, end: number, title: string): boolean {
  return /^["”]/.test(text[end] ?? '') && /(?:^|\n)[ \t]*\*{1,2}["“”]$/.test(text.slice(Math.max(0, p - 8), p)) && /\b(?:Law|Code|Regulations?|Measures|Provisions|Rules)$/.test(title);
}

/**
 * Titles named alone in running English, "the Measures for the Security Assessment of Outbound Data Transfers": after
 * "the" or at a line's start (a page's heading), capitalised words (three at least) that make a regulation's title. Known or not, they are the regulation in
 * context for the bare articles after them, as a 《title》 alone is (an unknown one gives unknown-regulation).
 */
export function englishTitlesAlone(text: string, from: number): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = [];
  // After "the", or opening a line: a translation's own heading ("Interpretation by the Supreme People's Court of …");
  // or opening a sentence, as a line opens: "… to the public". Provisions of the Supreme People's Court on … define …".
  // Or opening quotation marks: 'namely "Provisions of the Supreme People's Court on … Cases"', as a page names the
  // interpretation it goes on to cite by its kind ("Article 14 of the judicial interpretation").
  // Or after a legal-basis label, as Q&A pages print the basis of an answer: "Legal basis: Provisions of the Supreme
  // People's Court on Several Issues Concerning … Private Lending Cases." ⏎ "Article 25 …" (the articles printed below
  // are that title's, as under "Legal basis: Criminal Law of …").
  // A year may stand between "the" and the title, the year of the law's passing or version, as writers date a law they
  // name in passing: "the 1992 Law on the Protection of …" (as "the 2018 Company Law" in a citation).
  // So may "revised", "amended" or "new" (news of an amendment open so: "The revised Law on the Protection of … takes
  // effect on …", and go on "Article 25 of the law adds …" — that law, as the title's own words name it).
  // Or after the verb that made it, with no "the" (rule, issue 14, real-enfirm26: a lawyer's blog, "the Supreme People's
  // Court of China formally adopted Judicial Interpretation II on Issues Concerning the Application of Law in the Trial
  // of Labor Dispute Cases" ⏎ … "Article 1 pierces subcontracting arrangements …"): adopted, issued, promulgated,
  // released or enacted, then the title — one that says what it is on or of, as a title opening a sentence must.
  const re = /\b[Tt]he\s+(?:(?:19[5-9]\d|20\d\d)(?:['’]s)?\s+)?(?:(?:newly\s+|recently\s+)?(?:revised|amended|new)\s+)?(?=[A-Z])|^[ \t#*>]*(?=[A-Z])|(?<=[.!?]["”’)]?[ \t]+)(?=[A-Z])|(?<=(?:^|[ \t(])["“])(?=[A-Z])|(?<=^[ \t]*\*{1,2}["“”])(?=[A-Z])|(?<=\b(?:Legal[ \t]+(?:basis|bases|grounds?)|Relevant[ \t]+(?:legal[ \t]+)?(?:provisions|laws))[ \t]*[:：][ \t]*)(?=[A-Z])|(?<=\b(?:adopted|issued|promulgated|released|enacted)[ \t]+)(?=[A-Z])/gm;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < 5000; m = re.exec(text)) {
    const p = m.index + m[0].length;
    if (re.lastIndex === m.index) re.lastIndex++; // an empty match at a line's start
    // Rule (issue 14, real-en23: a Chinese IP firm's English page reproducing an interpretation): a translation's title
    // line printed in capitals ("INTERPRETATION OF THE SUPREME PEOPLE’S COURT ON … CASES (II)") is that title, read in
    // the ordinary case as a line in capitals is in a citation (englishCaps.ts) — the regulation the articles printed
    // below belong to, as the same line in title case is.
    const src = /^[A-Z]{2}/.test(text.substr(p, 2)) ? (capitalLineText(text, p) ?? text) : text;
    const t = capitalisedTitleAt(src, p);
    // Rule (issue 14, heldout33-english; a blog explaining a new statute: "The new Torts Law is structured in a way that
    // article 6 (and article 7) would set out the general requirements …"): a writer announcing a new or revised law
    // names it by two words, a subject and "Law" — after "the new", "the revised", "the amended", that is a law's
    // name (known or not), the law in context for the bare articles after it; without the word of revision two
    // capitalised words are as often a heading or a field ("the Company Law" is read by the title table already).
    if (!t || t.title.split(/\s+/).length < (/(?:revised|amended|new)\s+$/.test(m[0]) && /^[A-Z][a-z]+\s+Law$/.test(t.title) ? 2 : 3)) continue;
    // A law's chapter or section heading printed in a translation or its table of contents: "Chapter II Control
    // Policies, the Control List and Control Measures" — the chapter's caption, no other regulation named.
    if (CHAPTER_CAPTION_LINE.test(text.slice(lineStartAt(text, p), p))) {
      re.lastIndex = t.end;
      continue;
    }
    // "the Three FDI Laws", "the FIE Laws": several laws named together, none of them the one the next article is of.
    if (/\bLaws$/.test(t.title)) {
      re.lastIndex = t.end;
      continue;
    }
    // Opening a line or a sentence, a title says what it is of or on ("Interpretation … of the Contract Law", "Provisions on …"); a
    // memo's section heading does not ("Safe Harbor Provisions", "General Provisions").
    // Rule (heldout28 English: a Q&A post, 'regulated by the “Workers Paid Annual Leave Regulations”, in which the Article
    // 3 …'): a title in quotation marks after "the", the marks closed right after it, is marked a title by the writer,
    // whatever its words.
    if (!/^[Tt]he\s/.test(m[0]) && !/\s(?:of|on|for|concerning|regarding|governing)\s/.test(t.title) && !quotedAfterThe(text, p, t.end) && !quotedKindTitleLabel(text, p, t.end, t.title)) continue;
    out.push({ start: p, end: t.end, title: t.title });
    re.lastIndex = t.end;
  }
  // A page's title line typed in lower case after the name, the apostrophe lost: "Part II of Nationality law of the
  // peoples republic of China" (a mirror site's heading). The country written out after "law" makes the capitalised
  // words before it a law's name: read as the official "… Law of the People's Republic of China". Not a lower-case word
  // before "law" ("the fundamental law of the People's Republic of China" describes the Constitution), nor a word that
  // opens a sentence ("Under Water law …" names no "Under Water Law").
  const lower = /(?<![A-Za-z'’])((?!(?:The|Under|In|According|By|See|Per|As|And|Or|For|With|From|To|On|At|This|That|Its|Our|Part|Chapter|Section)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]+law[ \t]+of[ \t]+the[ \t]+[Pp]eople['’]?s[ \t]+[Rr]epublic[ \t]+of[ \t]+[Cc]hina(?![A-Za-z])/g;
  lower.lastIndex = from;
  for (let m = lower.exec(text); m && out.length < 5000; m = lower.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, title: `${m[1]} Law of the People's Republic of China` });
  }
  return out;
}
