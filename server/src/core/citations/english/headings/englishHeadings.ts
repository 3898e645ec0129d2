// English article headings that englishHeadingAt and runInHeadingAt do not see, as real pages print them (issue 14,
// third round of English pages). The rules translators and the pages copying them follow, each read here:
//
// - A heading alone on its line, its text below: "Article 1165" ⏎ ⏎ "Where the perpetrator infringes …" (article-by-
//   article commentaries print the article so, as 第十九条 alone on its line above its text). The line below is the
//   article's text: a sentence of several words, not a caption ("Meaning", "Contents: …") nor the writer's own words
//   about it ("This article is about …"), nor a line citing that article ("… the revised Article 17 of the … Law").
// - A heading whose text opens in lower case, on pages machine-translated from Chinese: "Article 39 enterprises due to
//   production characteristics can not …", "Article 17 the arbitration agreement is invalid …" — at a line's start,
//   numbered right after the heading printed before it (38 → 39, or one article left out): the page prints a law's
//   articles one after another, with a full stop or a colon after the number or none ("Article 4. goods required to
//   bear …"). A link or a verb after the number keeps it a citation ("Article 39 of …", "Article 39 provides …").
// - Statute text a citation labels ("Article 44 of the … Labor Law" alone on its line, or followed by a colon or the
//   text run on): its law is the cited one (labelledTextAfter). In quoted statute text, "the preceding paragraph" /
//   "the preceding article" are the quoted article's: its paragraph counted from the text's sentence ends at line ends
//   (englishParagraphAt, precedingInStatute); the analyzer reads them only in a law named by a title alone or a label.
// - A heading run on after a chapter or section heading on a page that lost its line breaks: "Chapter V Securities
//   Exchanges Article 95 A securities exchange is …" (as after "GENERAL PROVISIONS", runInHeadingAt).
// - A heading labels a whole article: a label with a paragraph ("Article 196 (3) Theft of credit cards …", "Article
//   5(2) The …") cites that paragraph, whatever follows it (the scanner asks runInHeadingAt only for a bare article).

import { bracketCaptionLength } from './bracketCaption';
import type { RawTarget, ScannedCitation } from '../../scanTypes';
import { atLineStart, endsWithColon, lineEndAt, lineStartAt, nonSpaceFrom } from '../../text';
import { ITEM_LINE, numberedParagraphAt } from '../lists/numberedParagraphs';
import { glossaryTermAt } from './englishGlossaryTerm';
import { printedBasisLine } from './printedBasisLine';
import { spelledLabelAlone } from './spelledHeading';
import { splitLabelAlone } from './splitNumberLabel';
import { quotedTitleLabel } from './quotedTitleLabel';

/** Indentation an English heading may have before it (a line start in text.ts atLineStart). */
const ENGLISH_INDENT = 21;


/** A caption of the writer's opening the line ("Contents: …", "Summary: …", "Note: …"): no article's text. */
const CAPTION = /^[A-Z][a-z]*(?:[ \t][A-Za-z]+)?[ \t]*[:：]/;

/** A caption saying its line gives an article's content: "Contents:", "Text:", "Full text:", "Provision:" and its words. */
const CONTENT_CAPTION = /^(?:Contents?|Text|Full[ \t]+text|Original[ \t]+text|Article[ \t]+text|Provision|Wording|Gist)[ \t]*[:：][ \t]*[A-Z"“(]\S*(?:[ \t]+\S+){3}/;

/**
 * Words that open a writer's own sentence about an article, not the article's text. Not an amending article's text
 * naming the provision it changes: "Article 18" ⏎ "The provision in paragraph 7 of the Preamble of the Constitution …
 * shall be modified as …" (the Constitution's amendments are so numbered and printed).
 */
const ABOUT_ARTICLE = /^(?:This|The|That|Such|Said)\s+(?:article|provision|rule|clause)\b(?!\s+(?:in|of)\s+(?:paragraph|item|section|the\s+Preamble|Article)\b)|^(?:It|Article|Articles|Art\.|See|Note|Comment)\b/i;

/**
 * "Article 1165" alone on its line with the article's text on the next non-blank line (within two blank lines): where
 * the label ends, else -1. Also the label run on at the end of the line above its text, straight after the previous
 * article's last sentence (labelEndsLine).
 */
export function headingAloneAt(text: string, p: number, previous: number | null = null): number {
  if (!atLineStart(text, p, ENGLISH_INDENT) && !labelEndsLine(text, p)) return -1;
  const label = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})/.exec(text.substr(p, 14));
  // "Article 19 (Presumption where …)": the label with its bracketed caption filling the line (bracketCaption.ts).
  const caption = label ? bracketCaptionLength(text, p + label[0].length) : 0;
  // "Article nine hundred and thirty-eight" alone on its line: the label spelled out (spelledHeading.ts).
  // Rule (issue 14, fix-en101; heldout54 English, a law firm's note printing a law's relevant articles: "Article 4" ⏎
  // its text ⏎ "Article 7.1" ⏎ "The good faith principle shall be upheld …"): the label may number the paragraph after
  // a dot, as the writer prints the one paragraph it quotes — alone on its line over the words, it heads them as the
  // plain label does (the same checks of the line below), never a citation of the writer's.
  const m = caption ? [label![0] + text.substr(p + label![0].length, caption), label![1]] : /^(?:Article|ARTICLE)[ \t]+(\d{1,4})(?:\.\d{1,2})?[ \t]*[:.：]?[ \t]*(?=\r?\n)/.exec(text.substr(p, 24)) ?? spelledLabelAlone(text, p) ?? splitLabelAlone(text, p);
  if (!m) return -1;
  // Straight under a chapter's caption line ("Chapter IV Data Security Protection Obligations" ⏎ "Article 36"): a
  // statute's article heading, whatever the page prints below it (a site's notice, the Chinese original, a caption) —
  // a writer's sentence never ends on a bare article under a chapter caption (rule, issue 14, heldout20 English).
  if (atLineStart(text, p, ENGLISH_INDENT) && CHAPTER_CAPTION_ABOVE.test(text.slice(Math.max(0, p - 160), lineStartAt(text, p)))) return p + m[0].length;
  let q = p + m[0].length;
  for (let blank = 0; blank < 3; blank++) {
    const nl = text.indexOf('\n', q);
    if (nl === -1) return -1;
    q = nl + 1;
    const end = text.indexOf('\n', q);
    const line = text.slice(q, end === -1 ? text.length : end).trim();
    if (line === '') continue;
    // Rule (issue 14, heldout26 English; translated regulations printed article after article, each label alone on its
    // line): a label numbered right after the heading printed before it (27 → 28) heads whatever its text opens with —
    // an implementing rule's "Article 22 (3) of the Law refers to …" (the parent law's provision it explains), a caption
    // over the article's list ("Tax rates:" ⏎ "(1) For taxpayers …"). A writer's section on an article never follows
    // the printed heading of the one before. Not a line below citing that same article (the writer's, below).
    if (previous !== null && +m[1] === previous + 1 && atLineStart(text, p, ENGLISH_INDENT) &&
      (!new RegExp(`\\bArt(?:icle|\\.)\\s*${m[1]}(?!\\d|\\.\\d)`).test(line) || parentArticleOnly(line, m[1]))) return p + m[0].length;
    // The article's text: a sentence of six words at least, capitalised, not the writer's words about it — or the
    // short opening of a list its items follow (listLeadIn).
    if (!/^[A-Z"“(]/.test(line) || ABOUT_ARTICLE.test(line)) return -1;
    // Rule (issue 14, heldout21 English; a writer going through a law article by article): "Article 7" alone on its
    // line over "Contents: <the article's words or their gist>" — the caption says the line gives the article's
    // content, so the label heads it as it heads the text itself; the writer's "Comments:" below discuss it.
    if (CONTENT_CAPTION.test(line)) return p + m[0].length;
    if ((CAPTION.test(line) || line.split(/\s+/).length < 6) && !listLeadIn(text, line, end)) return -1;
    // An article's text never names itself: a line below citing the same article ("… the revised Article 17 of the
    // Anti-unfair Competition Law introduces …") is the writer's section on it, and the label a citation.
    if (new RegExp(`\\bArt(?:icle|\\.)\\s*${m[1]}(?!\\d|\\.\\d)`).test(line)) return -1;
    return p + m[0].length;
  }
  return -1;
}

/**
 * Rule (issue 14, fix-en31b; enforcement rules printed article by article, each label alone on its line: "Article 2" ⏎
 * "Wages … shall not be included in calculating the average wage referred to in Subparagraph 4 of Article 2 of the
 * Act:"): an implementing text follows its parent law's order, so its Article 2 often explains the parent's Article 2
 * and cites it by the name the rules gave the parent law in their Article 1 — "the Act", "the Law". The same number
 * named so in the line below is the parent's article, not the writer's section on the label above ("the revised Article
 * 17 of the X Law introduces …" names the law by its title). Whether every mention of number `n` in `line` is "of the
 * Act" / "of the Law" (not "the Law on …", the start of another title).
 */
function parentArticleOnly(line: string, n: string): boolean {
  const all = line.match(new RegExp(`\\bArt(?:icle|\\.)\\s*${n}(?!\\d|\\.\\d)`, 'g'))?.length ?? 0;
  const parent = line.match(new RegExp(`\\bArt(?:icle|\\.)\\s*${n}(?!\\d|\\.\\d)(?:\\s*\\(\\d{1,2}\\))?\\s+of\\s+the\\s+(?:Act|Law)(?![\\w'’-])(?!\\s+(?:of|on|for|to)\\s+[A-Z])`, 'g'))?.length ?? 0;
  return all > 0 && parent === all;
}

/** A chapter's (or section's) label and capitalised caption alone on the line above, blank lines allowed between. */
const CHAPTER_CAPTION_ABOVE = /(?:^|\n)[ \t]*(?:Chapter|CHAPTER|Section|SECTION)[ \t]+(?:[IVXL]{1,6}|\d{1,2})[ \t]*[.:]?[ \t]+[A-Z][A-Za-z\-]*(?:[ \t,]+(?:[A-Z][A-Za-z\-]*|and|of|on|for|the|in|to|with))*[ \t]*(?:\r?\n[ \t]*)+$/;

/**
 * An article whose text opens a list with a short sentence, as 证据包括： opens the list of kinds of evidence: "Evidence
 * includes:" (or "Evidence includes." in a machine translation) with "(I) …", "(ii) …" on the lines below. The line
 * says what the items are (a verb of listing ends it), unlike a writer's caption over notes ("Key points:", "Summary:"),
 * and its items follow on the very next line. `line` is the line below the label, trimmed, ending at `end`.
 */
function listLeadIn(text: string, line: string, end: number): boolean {
  if (!LIST_LEAD.test(line) || end === -1) return false;
  const next = text.indexOf('\n', end + 1);
  return ITEM_LINE.test(text.slice(end + 1, next === -1 ? text.length : next).trim());
}

/** A verb of listing ending the short opening of an article's list (listLeadIn). */
const LIST_LEAD = /^[A-Z][A-Za-z\-]*(?:[ \t]+[a-z][A-Za-z\-]*){0,4}[ \t]+(?:includes?|include[ \t]+the[ \t]+following|are[ \t]+as[ \t]+follows|comprises?|consists?[ \t]+of|covers?)[ \t]*[:：.]$/;

/**
 * A page that lost the line break before a heading (but not the one after it) prints the label at the end of the
 * previous article's last line: "… in a certain tangible form.Article 3" ⏎ "The term "creation" …", "… the degree of
 * fault of the parties. Article 14" ⏎ "The plaintiff brings …". The label ends its line straight after a sentence's
 * end (a full stop, a semicolon, a closing bracket or quotation mark, the space lost or not; a sentence of words, not
 * an amendment's list number "(ii) Article 14." that deletes the article) and the article's text
 * follows below, as for a label alone on its line. A writer's sentence never ends on a bare "Article N" after its own
 * full stop: "… as provided in Article 14" ⏎ has no sentence end before the label and stays a citation.
 */
function labelEndsLine(text: string, p: number): boolean {
  const from = lineStartAt(text, p);
  // The line's last mark before the label first (a long line is not read word by word when it ends no sentence).
  let end = p;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === from || !SENTENCE_END_MARKS.includes(text[end - 1])) return false;
  let head = text.slice(from, p);
  // A sentence wrapped at the page's width goes on from the line above: "… according to" ⏎ ⏎ "law.Article 4" ends a
  // sentence of many words (rule, issue 14, heldout20 English: a translation printed at a fixed width, blank lines
  // between its lines). Only a line opening in lower case, the line above ending with no sentence mark.
  if (/^[ \t]*[a-z]/.test(head)) {
    const above = /([^\n]*[A-Za-z,])[ \t]*(?:\r?\n[ \t]*){1,3}$/.exec(text.slice(Math.max(0, from - 300), from));
    if (above) head = `${above[1]} ${head}`;
  }
  // A sentence of a few words ends there, not a list's number ("(ii) Article 14." deletes article 14: an amendment).
  return (head.match(/[A-Za-z\u3400-\u9fff]{2,}/g) ?? []).length >= 3 && !/(?:\b[Ss]ee|\bcf|\bi\.e|\be\.g)\.[ \t]*$/.test(head);
}

const SENTENCE_END_MARKS = '.。;；!?！？)）"”';

/** What may follow "Article N" in a writer's sentence: a link to a unit or law, or a verb saying what it does. */
const CONTINUES =
  /^(?:of|and|or|to|through|in|under|at|with|is|are|was|were|has|have|had|shall|may|must|will|would|can|could|should|also|further|then|only|now|still|thereof|hereof|herein|above|below|para|paras|paragraphs?|items?|clauses?|sections?|bis|ter|quater|et|which|that|as|does|did|do|being|been|provides?|provided|stipulates?|stipulated|states?|stated|says|said|sets|set|lays|laid|prescribes?|prescribed|requires?|required|reads|read|lists?|listed|specifies|specified|defines?|defined|establishes|established|applies|applied|governs|governed|allows|permits|prohibits|covers|deals|addresses|mandates|makes|gives|grants|imposes|clarifies|regulates|contains|includes|introduces|adds|added|amends|amended|refers|referred|expressly|explicitly|clearly|specifically|generally|merely|simply)$/;

/**
 * A writer's verb after the number, not the first word of a heading's text: a word in -s with an article or a
 * possessive right after it, as a note on an amendment goes through the amended articles one paragraph each —
 * "Article 213 increases the maximum term …" ⏎ "Article 214 increases the maximum term …", "Article 219 revises the
 * definition …", "Article 7 expands its scope …". A law's text opening in lower case after its heading starts with a
 * noun phrase ("enterprises due to production …", "goods required to bear …", "the arbitration agreement is …",
 * "enterprises that fail to …"): a plural noun is followed by a verb, a preposition or a relative word, never straight
 * by "the", "a" or "its". `from` is where the number ends (a full stop or a colon may follow it, as after a heading's).
 */
export function writerVerbAfter(text: string, from: number): boolean {
  return /^[.:：]?[ \t]+[a-z][a-z'’\-]*[a-z]s[ \t]+(?:the|a|an|its|their|his|her|this|these|such|any|each|every|both)[ \t]/.test(text.substr(from, 60));
}

/**
 * Rule (issue 14, fix-en42; heldout35 English, a police post's machine translation: "Legal link" ⏎ ⏎ "Article 11 users
 * of the computer information network … should fill in the user file …"): a line that only says the law follows —
 * "Legal link", "Legal basis", "Relevant provisions", its colon or not — opens the articles the page prints below it,
 * as a chapter's caption does: the first label at a line's start under it, its text in lower case (the subject
 * dropped by the translation), is that article's heading, not a bare citation of no law.
 */
const BASIS_LINE = /^[ \t]*(?:Legal[ \t]+(?:links?|basis|bases|grounds?|provisions?|references?)|Relevant[ \t]+(?:legal[ \t]+)?(?:provisions?|laws?)|Statutory[ \t]+basis)[ \t]*[:：]?[ \t]*$/i;

/** Whether the line above the label at p (blank lines aside) is such a line (above), the label opening its own line. */
function basisLineAbove(text: string, p: number): boolean {
  const from = lineStartAt(text, p);
  if (text.slice(from, p).trim() !== '') return false;
  const above = /(?:^|\n)([^\n]*)\r?\n(?:[ \t]*\r?\n){0,2}$/.exec(text.slice(Math.max(0, from - 120), from));
  return !!above && BASIS_LINE.test(above[1]);
}

/**
 * A heading at p whose text opens in lower case (the rule above), "Article N" ending at `numEnd` with article `n`,
 * `lastHeading` the article number of the heading printed before it (null when none): where its text starts, else -1.
 */
export function lowerCaseHeadingAt(text: string, p: number, numEnd: number, n: number, lastHeading: number | null): number {
  // Rule (issue 14, heldout21 English: a machine translation of an SPC regulation printed with its part caption and
  // first heading run on, "… on judicial interpretation I. General Provisions Article 1 in order to further …" ⏎
  // "Article 2 the Supreme People's court shall …"): the first article after a chapter or part caption run on before
  // it ("Chapter I General Provisions", "I. General Provisions", afterChapterHeading) needs no heading before it —
  // the caption opens the law's articles as a heading does. "in order to" there is the article's first words (为了,
  // the purpose clause opening most laws' Article 1), never "in" linking the article to a law.
  const captioned = afterChapterHeading(text, p) || basisLineAbove(text, p);
  lastHeading ??= labelAbove(text, p);
  if (!captioned && (lastHeading === null || n <= lastHeading || n - lastHeading > 2)) return -1;
  // Also opening a quotation at the line's start (an amending decision's “Article 4 legislation shall …).
  if (!captioned && !atLineStart(text, p, ENGLISH_INDENT) && !(/[“"]/.test(text[p - 1] ?? '') && atLineStart(text, p - 1, ENGLISH_INDENT))) return -1;
  // The number may end with a full stop or a colon, as translations print their headings ("Article 4. goods required
  // to bear …", "Article 5: the …"): the text still opens after it, and a link word still makes it a citation.
  const m = /^[.:：]?[ \t]+([a-z][a-z'’\-]*)[ \t,]/.exec(text.substr(numEnd, 40));
  if (!m || writerVerbAfter(text, numEnd)) return -1;
  if (CONTINUES.test(m[1]) && !(m[1] === 'in' && /^[.:：]?[ \t]+in[ \t]+order[ \t]+to[ \t]/.test(text.substr(numEnd, 20)))) return -1;
  return numEnd + m[0].indexOf(m[1]);
}

/**
 * The heading of the quoted law's next article run on inside its quoted text, as machine-translated legal-basis pages
 * print a law's articles one after another in one paragraph: "Legal basis: Article 40 of the Criminal Law … shall be
 * fined. Article 40 bis knowingly sells …" — after a sentence's end, "Article N" (its insert, "bis", "-1") with the
 * next article's text in lower case right after it (the subject dropped, as lowerCaseHeadingAt reads), numbered after
 * the quoted article (`article`, `insert`) on the same line as the start of its text (the scanner's check: a page
 * printing the articles on lines of their own starts each on its line, and a label after a writer's sentence there is
 * the writer's): an article added after it or one of the next two, or its own number again
 * (a translation's slip, "Article 40-1 … Article 40 bis …" for 40-2). A link or a verb after
 * the number keeps it a citation ("… fined. Article 41 of the Law applies", "Article 41 provides …").
 */
export function runOnHeadingInStatute(text: string, p: number, numEnd: number, n: number, nInsert: number | null, article: number, insert: number | null): boolean {
  // An article's text never names itself either: the same label again is the next heading a page misnumbered.
  const after = n === article ? (nInsert ?? 0) >= (insert ?? 0) : n > article && n - article <= 2;
  if (!after || !/[.;。；]["”’)]?[ \t]+$/.test(text.slice(Math.max(0, p - 4), p))) return false;
  const m = /^[ \t]+([a-z][a-z'’\-]*)[ \t,]/.exec(text.substr(numEnd, 40));
  return !!m && !CONTINUES.test(m[1]) && !writerVerbAfter(text, numEnd);
}

/**
 * The number of the last line above p (eight lines at most) that opens with "Article N", whether or not it was read
 * as a heading: a machine translation prints "Article 74 of the insider …" (no heading by its words) and then
 * "Article 75 securities trading …", the next label of the same run.
 */
function labelAbove(text: string, p: number): number | null {
  let end = lineStartAt(text, p) - 1;
  for (let k = 0; k < 8 && end > 0; k++) {
    const start = lineStartAt(text, end);
    const m = /^[ \t]*(?:Article|ARTICLE)[ \t]+(\d{1,4})\b/.exec(text.slice(start, end));
    if (m) return +m[1];
    end = start - 1;
  }
  return null;
}

/** A chapter or section heading run on before p on its line: "Chapter V Securities Exchanges " (title words only). */
const CHAPTER_BEFORE =
  /(?:^|[\s.。;；:：])(?:Chapter|CHAPTER|Section|SECTION|Part|PART)[ \t]+(?:[IVXLC]{1,7}|\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b[:.：]?(?:[ \t]+(?:[A-Z][\w'’\-,]*|of|and|on|for|the|in|to|with|by|or))*[ \t]+$/;

/**
 * A part's caption numbered in Roman figures with a full stop, run on before the label, as translations render 一、总则:
 * "I. General Provisions Article 1 …" — the figure after a space or a line's start, then capitalised title words (one
 * at least).
 */
const ROMAN_CAPTION_BEFORE = /(?:^|[ \t])[IVX]{1,5}\.[ \t]+[A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z][a-z'’\-]*|of|and|on|for|the|in|to|with|by|or))*[ \t]+$/;

/** Whether a chapter or section heading (or a part caption in Roman figures) runs on right before the label at p (the rules above). */
export function afterChapterHeading(text: string, p: number): boolean {
  const from = Math.max(0, p - 160);
  const nl = text.lastIndexOf('\n', p - 1);
  const head = text.slice(Math.max(from, nl + 1), p);
  return CHAPTER_BEFORE.test(head) || ROMAN_CAPTION_BEFORE.test(head);
}

/**
 * A label that opens the line of a citation and says the article's text follows: "Legal basis: Article 60 of …",
 * "Legal ground:", "Relevant provisions:", "Basis:" (Q&A and legal-information pages print the basis so).
 */
const BASIS_LABEL = /^[ \t]*(?:Legal\s+(?:basis|bases|grounds?|provisions?)|Relevant\s+(?:legal\s+)?(?:provisions?|laws?)|(?:Statutory\s+)?Basis)[ \t]*[:：][ \t]*$/i;

/**
 * The same label run on after a sentence of the writer's on its line, as machine-translated Q&A pages print an answer
 * and its basis in one paragraph: "… according to law. Legal basis: Article 75 of the … Law stipulates that …". Only the
 * two-word labels (not a bare "Basis:" in mid-line).
 */
const BASIS_AFTER_SENTENCE = /[.!?。]["”’)]?[ \t]+(?:Legal\s+(?:basis|bases|grounds?|provisions?)|Relevant\s+(?:legal\s+)?(?:provisions?|laws?))[ \t]*[:：][ \t]*$/i;

/**
 * Statute text a citation heads as a label, as Q&A and legal-basis pages print it (the law named, so "this Law" in
 * the text is that law's): "Article 50 of the Labor Law: wages shall be paid …" (a colon, to the line's end),
 * "Article 36 of the Labor Law The state practices …" (the text run on, to the line's end), or the citation alone on
 * its line ("Article 17 of the PRC Anti-Unfair Competition Law" ⏎ "Business operators who …": the text below, as
 * statuteTextEnd reads an article's lines). The citation opens its line, or follows a legal-basis label opening it
 * (BASIS_LABEL), or opens a sentence with a colon after it; `end` is where it ends. Null when it heads nothing.
 */
export function labelledTextAfter(text: string, start: number, end: number, textEnd: (p: number) => number): [number, number] | null {
  const lineHead = text.slice(lineStartAt(text, start), start);
  const basis = BASIS_LABEL.test(lineHead) || BASIS_AFTER_SENTENCE.test(lineHead);
  // A numbered list of the legal bases opens the line with the number: "1. Article 44 of the "Trademark Law" If a …".
  const listed = /^[ \t]*(?:\d{1,2}[.)、]|\(\d{1,2}\))[ \t]+$/.test(lineHead);
  // A citation opening a sentence and followed by a colon labels the text after it too ("Triple compensation. Article
  // 55 of the "Consumer Rights and Interests Protection Law": If an operator …").
  const sentence = !basis && !listed && !atLineStart(text, start, ENGLISH_INDENT) && /[.!?]["”’)]?[ \t]+$/.test(text.slice(Math.max(0, start - 4), start));
  if (!basis && !listed && !sentence && !atLineStart(text, start, ENGLISH_INDENT)) return null;
  const lineEnd = lineEndAt(text, end);
  const nl = lineEnd === text.length ? -1 : lineEnd;
  // A short name in brackets after the title belongs to the label: "Article 60 of the Trademark Law of People's
  // Republic of China (PRC) commits …".
  const abbr = /^[ \t]*\((?:PRC|P\.R\.C\.|China|[A-Z]{2,6})\)/.exec(text.slice(end, lineEnd));
  if (abbr) end += abbr[0].length;
  // Rule (issue 14, fix-en17a; Q&A pages quoting an article in part): an elision mark between the label and the text
  // ("Article 28 of the Company Law of People's Republic of China (PRC) * * * Shareholders shall pay …", "… Law …
  // Where …") stands for the article's words left out, and the text after it is the article's, as run on after the
  // label. Three asterisks, an ellipsis or three dots, then the text in capitals.
  const elided = /^[ \t]*(?:\*[ \t]*\*[ \t]*\*|…|\.\.\.)(?=[ \t]+[A-Z])/.exec(text.slice(end, lineEnd));
  if (elided) end += elided[0].length;
  const rest = text.slice(end, lineEnd);
  const colon = /^[ \t]*[:：][ \t]*(?=\S)/.exec(rest);
  // The text after the colon may introduce a list ("… in any of the following circumstances:"): its items below too.
  if (colon) return [end + colon[0].length, endsWithColon(text, end + colon[0].length, lineEnd) || runsOnBelow(text, lineEnd) ? textEnd(end + colon[0].length) : lineEnd];
  // A colon ending the line: the text is below, as under a citation alone on its line.
  const colonEnds = /^[ \t]*[:：][ \t]*$/.test(rest);
  // Not the writer's sentence — unless its line prints a law's articles one after another (printedBasisLine.ts).
  // Or a quoted title's label with its article's words run on (quotedTitleLabel.ts).
  if (sentence && !printedBasisLine(text, start) && !(quotedTitleLabel(text, start, end) && readsAsStatute(rest.trim()))) return null;
  // After a legal-basis label the words run on are the article's, capitalised or not: machine translations drop the
  // subject ("Legal basis: Article 60 of the Trademark Law … commits one of the acts listed in Article 57 of this Law").
  // A comma may set it off there ("Legal basis: Article 133-1 of the Criminal Law of the PRC, whoever drives …").
  // Not a glossary's term built on the citation, "PIPL Article Thirty-Eight Requirements delineate …" (englishGlossaryTerm.ts).
  const runOn = basis || !glossaryTermAt(text, start, end) ? (basis ? /^,?[ \t]+(?=[A-Za-z])/ : /^[ \t]+(?=[A-Z][a-z]*[ \t]+[a-z])/).exec(rest) : null;
  // A paragraph that introduces a list ("… shall abide by the following provisions:") goes on below: its items and the
  // article's next paragraphs ("… violates the provisions of the preceding paragraph …") are the labelled text too.
  if (runOn) return [end + runOn[0].length, endsWithColon(text, end, lineEnd) || runsOnBelow(text, lineEnd) ? textEnd(end + runOn[0].length) : lineEnd];
  if ((rest.trim() !== '' && !colonEnds) || nl === -1) return null;
  const from = nonSpaceFrom(text, nl + 1);
  if (from === -1) return null;
  // The text below: a sentence, not a heading or another citation of the writer's.
  const line = text.slice(from, (text.indexOf('\n', from) + 1 || text.length + 1) - 1);
  if (!/^[A-Z"“(]/.test(line) || ABOUT_ARTICLE.test(line) || line.split(/\s+/).length < 6 || text.slice(nl + 1, from).split('\n').length > 2) return null;
  return [from, textEnd(from)];
}

/**
 * Rule (issue 14, round 32 layout-en120; law firms' alerts printing a new law's provisions: "Article 4 – Shareholders'
 * rights" ⏎ "Shareholders enjoy …", "Article 12 - Scope of application" ⏎ "These Measures apply to …"): the caption
 * may be in sentence case, as firms write their headings — a capitalised word, then up to five words in lower case
 * (a noun phrase: no verb a summary would use, no stop at its end), alone on the line above the article's text. Only
 * under the full word "Article", as a printed law labels its provisions: a commentary's "Art. 9 – Similar marks and
 * confusion" titles the writer's own section about the article (sectionTitle.ts), a citation.
 */
function sentenceCaseCaption(text: string, end: number): RegExpExecArray | null {
  const m = /^[ \t]*[–—-][ \t]*([A-Z][A-Za-z'’\-]*(?:[ \t]+[a-z][A-Za-z'’\-]*){1,5})[ \t]*(?=\r?\n)/.exec(text.slice(end, end + 90));
  return m && !/[ \t](?:is|are|was|were|be|shall|may|must|can|applies|apply|provides|requires|allows|sets|lets|says|states|see|below|above)(?![A-Za-z])/.test(m[1]) ? m : null;
}

/**
 * A translation's heading with a caption after a dash, alone on its line above the article's text: "Article 13 – Legal
 * Bases" ⏎ ⏎ "A handler may …", the English of 第十三条【…】 (a caption in brackets is captionedHeadingAt's). The
 * heading labels the text printed under it, as "Article 1 (Purpose)" does, and cites nothing. The caption is a few
 * words in title case with no stop at its end — a writer's summary of an article ("Article 43 – Accountability of the
 * officer.", "Article 3 – The State organs apply …", a list of provisions and their gist) is a citation — and the line
 * below is the article's text (labelledTextAfter). The label ends at `end`; the text's [start, end), else null.
 */
export function captionedTextBelow(text: string, start: number, end: number, textEnd: (p: number) => number): [number, number] | null {
  if (!atLineStart(text, start, ENGLISH_INDENT)) return null;
  const caption = /^[ \t]*[–—-][ \t]*([A-Z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’\-]*|of|and|or|on|for|the|in|to|with|by)){0,7})[ \t]*(?=\r?\n)/.exec(text.slice(end, end + 90)) ??
    (/^(?:Article|ARTICLE)\b/.test(text.substr(start, 8)) ? sentenceCaseCaption(text, end) : null);
  if (!caption) return null;
  return labelledTextAfter(text, start, end + caption[0].length, textEnd);
}

/**
 * Whether the line after the one ending at `lineEnd` carries on a quoted article: right below it, no blank line
 * between, a paragraph of statute text — opening on a condition (If, Where, Whoever, In case …) or a normative sentence
 * (shall, must), not the writer's words ("Our handbook …", "As the preceding paragraph shows …", "A memo says …").
 * Q&A pages print an article's next paragraphs so under a label or after "… states:"; a blank line ends the quotation.
 */
export function runsOnBelow(text: string, lineEnd: number): boolean {
  const m = /^\r?\n[ \t]*([A-Z][^\n]*)/.exec(text.substr(lineEnd, 400));
  // Also a paragraph opening on what the one before provides (heldout53 english2 p21: "The "one-year loan market quoted
  // interest rate" referred to in the preceding paragraph refers to …" under "… Article 26 If the lender …"):
  // 前款所称…, the article's next paragraph (opensOnPreceding).
  return !!m && (readsAsStatute(m[1]) || refersBackAsStatute(m[1]) || opensOnPreceding(m[1]));
}

/**
 * Rule (issue 14, fix-en17b; a legal-basis line reproducing an interpretation's Article 1, its second paragraph on the
 * line below: "The higher people's courts … may, …, determine the standards … within the amount specified in the
 * preceding paragraph …"): a paragraph that refers back to "the preceding paragraph" (前款, said in a law's text) and
 * grants or binds (may, shall, must) is statute text, however long its subject — a law's paragraph refers to the one
 * before so (前款规定的…范围内); not the writer's "As the preceding paragraph shows", "We may …" nor "You may …".
 * (fix-quote18 and fix-en18 each wrote this rule for the same page; this one, the wider, is kept.)
 */
export function refersBackAsStatute(line: string): boolean {
  return /\b(?:preceding|foregoing)[ \t]+(?:(?:two|three)[ \t]+)?paragraphs?\b/i.test(line) && /\b(?:may|shall|must)\b/.test(line)
    && !/^(?:We|Our|I|You|Your|As|This|That|It|In[ \t]+our|Note|See)\b/.test(line);
}

/**
 * The paragraphs of statute text a writer's sentence quotes below it, when the sentence ends its line with a colon
 * ("… Revising Article 164 of the Criminal Law, states that:" ⏎ ⏎ "If an individual gives … ." ⏎ ⏎ "An individual who
 * … shall be punished in accordance with the preceding paragraph …"), as memos quote an article paragraph by
 * paragraph, a blank line between: every paragraph right below (one blank line at most before each) that reads as
 * statute text (readsAsStatute), up to the writer's next words. `lineEnd` ends the line of the colon; [start, end) of
 * the quoted paragraphs, else null.
 */
export function quotedParagraphsBelow(text: string, lineEnd: number): [number, number] | null {
  let from = -1;
  let to = -1;
  let q = lineEnd;
  for (let k = 0; k < 40 && q < text.length; k++) {
    const m = /^\r?\n(?:[ \t]*\r?\n)?([^\n]*)/.exec(text.slice(q, q + 4000));
    if (!m || !readsAsStatute(m[1].trim())) break;
    const start = q + m[0].length - m[1].length;
    if (from === -1) from = start;
    to = q = start + m[1].replace(/\r$/, '').length;
  }
  return from === -1 ? null : [from, to];
}

/** A line (capitalised) that reads as a paragraph of statute text: a condition or a normative sentence (runsOnBelow). */
export function readsAsStatute(line: string): boolean {
  if (/^(?:If|Where|When|Whoever|Anyone[ \t]+who|In[ \t]+(?:case|the[ \t]+event)|Unless|For)\b/.test(line)) return true;
  return /^[^.;:]{0,200}\b(?:shall|must)\b/.test(line) && !/^(?:We|Our|I|As|This|That|It|In[ \t]+our|Note|See)\b/.test(line);
}

/**
 * A paragraph opening on what the one before provides, as 前款规定… and 前款所称… open a 款: "The provisions of the
 * preceding paragraph on … do not apply to …", "The … mentioned in the preceding paragraph refers to …" (issue 14,
 * translations printing each paragraph after a blank line). A writer's sentence opens otherwise ("As the preceding
 * paragraph shows", "In the preceding paragraph we …").
 */
export function opensOnPreceding(line: string): boolean {
  return /^(?:The|A|An|Any)\b[^.;:]{0,200}?\b(?:mentioned|referred[ \t]+to|specified|prescribed|provided(?:[ \t]+for)?|set[ \t]+forth|listed|stipulated|as[ \t]+used|used)[ \t]+in[ \t]+(?:items?\b[^.;:]{0,30}?[ \t]+of[ \t]+)?the[ \t]+preceding[ \t]+(?:two[ \t]+|three[ \t]+)?paragraphs?\b/i.test(line) ||
    /^The[ \t]+provisions?[ \t]+of[ \t]+(?:items?\b[^.;:]{0,30}?[ \t]+of[ \t]+)?the[ \t]+preceding[ \t]+(?:two[ \t]+|three[ \t]+)?paragraphs?\b/i.test(line);
}

/** "the preceding paragraph", "the preceding two paragraphs", "the preceding article" (precedingAt's words). */
export const PRECEDING_UNIT = /\b(?:preceding|previous|foregoing)\s+(?:(?:two|three|four)\s+)?(?:paragraphs?|articles?)\b/i;


/**
 * The paragraph (款) of quoted English statute text that `at` is in, the text starting at `from`: a paragraph ends with
 * its sentence (. ! ? or a closing quote) at a line's end, and the next line is no item of a list. Lines wrapped in mid-
 * sentence (a PDF's) carry on the paragraph; the item lines of a list belong to the paragraph that introduces them.
 */
export function englishParagraphAt(text: string, from: number, at: number): number {
  // Paragraphs numbered "1. …", "2. …" under "Article 285 provides as follows:" (numberedParagraphs.ts).
  const numbered = numberedParagraphAt(text, from, at);
  if (numbered !== null) return numbered;
  let n = 1;
  let last = '';
  // The line `at` is in counts, also when `at` opens it: a paragraph may open with its reference ("Item (1) of the
  // preceding paragraph shall not apply …", as 前款第（一）项… opens a 款).
  for (let q = from; q <= at; ) {
    const nl = text.indexOf('\n', q);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(q, lineEnd).trim();
    if (line !== '') {
      // An abbreviation's stop ending the line, the sentence going on in lower case below ("… platform rules, etc." ⏎
      // "to engage in …"): the line was wrapped there, no new paragraph.
      if (last !== '' && /[.!?。"”]$/.test(last) && !ITEM_LINE.test(line) && !(/\b(?:etc|e\.g|i\.e|cf|viz)\.$/.test(last) && /^[a-z]/.test(line))) n++;
      last = line;
    }
    if (nl === -1) break;
    q = nl + 1;
  }
  return n;
}

/** The ordinals an article's text refers to its own paragraphs by ("the first paragraph" = 第一款). */
const OWN_PARAGRAPH = /^[Tt]he[ \t]+(first|second|third|fourth|fifth)[ \t]+[Pp]aragraph\b(?![ \t]+of[ \t])(?!,?[ \t]+(?:and|or|to)[ \t]+the[ \t]+\w+[ \t]+paragraph)/;

/**
 * "the first paragraph" written alone in quoted statute text ("… increase the acts punished daily as stipulated in
 * the first paragraph", the English of 第一款 in an article's text): that paragraph of the quoted article, as the
 * law reads it. Only named alone — "the first paragraph of Article 26" is parsed as a citation — and only in the
 * quoted text (the scanner's inStatute); a writer's "the first paragraph" in prose is the writer's own. Not the
 * first of a list ("the first paragraph or the second paragraph of this article"). Its number and where it ends,
 * else null.
 */
export function ownParagraphAt(text: string, p: number): { n: number; end: number } | null {
  const m = OWN_PARAGRAPH.exec(text.substr(p, 80));
  if (!m) return null;
  // Another article named before it in its clause is its article, the words in the Chinese order a machine kept
  // ("Article 67 of this Law major events listed in the second paragraph", 本法第六十七条第二款所列…): not this one's.
  const clause = text.slice(Math.max(0, p - 200), p).split(/[.;:。；：\n]/).pop()!;
  if (/\b(?:Articles?|Arts?\.)[ \t]*\d/i.test(clause)) return null;
  return { n: ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(m[1]) + 1, end: p + m[0].length };
}

/**
 * "the preceding paragraph" / "the preceding article" in the text of quoted article `article`, in its paragraph
 * `paragraph`: the same reference with the quoted provisions as its targets, read in the quoted law ("this Law" there
 * is that law, the scanner's inStatuteText); null when nothing precedes (the first paragraph of a text that ran its
 * paragraphs together cannot tell which one it stands in).
 */
export function precedingInStatute(c: ScannedCitation, article: number, paragraph: number, insert: number | null = null): ScannedCitation | null {
  const head = c.head;
  if (head.kind !== 'prev-paragraphs' && head.kind !== 'prev-article') return null;
  const chain: RawTarget[] = c.targets.length ? c.targets : [{ article: null, insert: null, paragraph: null, item: null, subitem: null }];
  const targets: RawTarget[] = [];
  if (head.kind === 'prev-article') {
    if (article - head.count < 1) return null;
    for (const r of chain) targets.push({ ...r, article: article - head.count, insert: null });
  } else {
    // "the preceding two paragraphs" (前两款) stands in the third paragraph or a later one: counted in the second, the
    // text ran two of its paragraphs together on one line (… the preceding paragraph … . Where … the preceding two
    // paragraphs …), one too few, and it refers to the first two. Counted in the first, it cannot tell (as above).
    const at = head.count >= 2 && paragraph === head.count ? head.count + 1 : paragraph;
    // The paragraphs of an article added between two (Article 133-1, 第一百三十三条之一) are its own.
    for (let k = Math.max(1, at - head.count); k < at; k++) for (const r of chain) targets.push({ ...r, article, insert, paragraph: k });
  }
  if (!targets.length) return null;
  return { ...c, head: { kind: 'self', start: head.start, end: head.end }, top: 0, targets, inStatuteText: true };
}
