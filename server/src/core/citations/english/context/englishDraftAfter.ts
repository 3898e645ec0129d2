// A draft named after the article (issue 14, heldout22 English: a law firm's note on a bill). Writers on a bill name
// the draft after the article as they name a law: "Article 65 in the latest amendments to the patent law (draft)",
// "It is provided in Article 65 of the draft amendments that …", "Article 9 of the draft", "Article 3 of the revised
// draft". The rule they follow, read here: an article "of" or "in" a draft — the word "draft" before "amendment(s)",
// "revision", "law" or alone, or "(draft)" after "amendments to the … law" — is an article of that draft, which no
// corpus holds: unknown-regulation, never the enacted law the page names (as "draft Article 15" is, draftBefore in
// english.ts, and 草案第二十条 in Chinese). Not "amendments to the Patent Law" without "(draft)" (an amendment enacted),
// nor a name that goes on after "draft" ("of the Draft IIT Law", "of the Draft (2020)": a short name or a title, read
// as such by the title rules).
// Rule (issue 14, real-en30; an abstract on the draft implementing regulations of the Consumer Law: "Article 2 of the
// exposure draft defines consumers …"): an exposure or consultation draft (征求意见稿) is a draft as "the revised
// draft" is.
import type { TitleHead } from '../../scanTypes';
import { lineEndAt, lineStartAt } from '../../text';
import { paragraphOpen, sentenceOpen } from '../text/sentence';

// Rule (issue 14, fix-draft101; heldout54-english, a note on an agency's draft amendment: "Article 43 of the SAMR draft
// proposes …", then "Article 43 of the draft also proposes …"): the draft may be named by the agency that issued it, an
// acronym before "draft" ("the SAMR draft", "the CAC's draft", "MOFCOM's revised draft") — the same draft.
/** After "of" / "in": the draft's words, ending where the draft's name ends. */
// Rule (issue 14, heldout32 English; an IP news page: "Article 31 of the second review draft of the Copyright Law
// amendment stipulates …"): the NPC's drafts are named by their reading — "the second review draft", "the third
// reading draft", "the first deliberation draft" (二审稿, 三审稿) — a draft as "the second draft" is; the law's
// "amendment" may follow the law's name.
const DRAFT_AFTER = /^,?\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+)?(?:[A-Z]{2,6}(?:['’]s)?\s+(?=(?:[a-z]+\s+){0,2}[Dd]raft\b))?(?:(?:latest|proposed|revised|new|current|first|second|third|fourth|final|[Ee]xposure|[Cc]onsultation)\s+)?(?:(?:review|reading|deliberation)\s+)?(?:[Dd]raft(?:\s+(?:[Aa]mendments?|[Rr]evisions?|[Ll]aw|[Vv]ersion|[Tt]ext))?(?:\s+(?:to|of)\s+(?:the\s+)?[A-Za-z][A-Za-z'’ -]{2,80}?(?:[Ll]aw|Code|Regulations)(?:\s+(?:amendments?|revision))?)?(?![\w-])(?![ \t]*[A-Z(（]|[ \t]+(?:[Ll]aw|[Rr]egulations?|[Mm]easures|[Pp]rovisions|[Rr]ules|[Ii]nterpretation)\b)|(?:[Aa]mendments?|[Rr]evisions?)\s+(?:to|of)\s+(?:the\s+)?[A-Za-z][A-Za-z'’ -]{2,80}?\s*\([Dd]raft\))/;

/** The draft named after the article ending at `at`, as a title the corpus lacks; null when none is. */
export function draftAfter(text: string, at: number): (TitleHead & { end: number }) | null {
  const m = DRAFT_AFTER.exec(text.substr(at, 130));
  if (!m) return null;
  const lead = /^,?\s+(?:of|in)\s+/.exec(m[0])![0].length;
  const start = at + lead;
  const end = at + m[0].length;
  // "amendments to the patent law (draft)": the law's name marked a draft, a title the corpus lacks (unknown-regulation, as
  // 《某法（草案）》第N条); the draft word alone ("of the draft", "of the draft amendments"): its numbering, no citation.
  const titled = /\)$/.test(m[0]);
  return { kind: 'title', written: 'draft', start, end, innerStart: start, innerEnd: end, bracketed: false, lang: 'en', unknownName: true, ...(titled ? {} : { draft: true as const }) };
}

/**
 * Rule (issue 14, heldout26-english; a machine-translated paper on shareholders' suits: '"Companies Act explained (3)
 * (Draft)" Article 12, paragraph 1, states: …', the English of 《公司法解释（三）（征求意见稿）》第十二条): a title in
 * quotation marks right before the article whose last words mark it a draft — "(Draft)", "(Draft for Comments)", "…
 * Draft" — is the draft's, a text no corpus holds: unknown-regulation, never the enacted law named inside it ("Companies
 * Act") nor the law in context. The quoted words must read as a name: a capital first, no sentence's stop in them.
 */
const QUOTED_DRAFT = /^[A-Z][^"“”.!?;\n]{2,100}?(?:[ \t]*\([Dd]raft(?:[ \t]+for[ \t]+(?:[Cc]omments?|[Dd]iscussion|[Ss]olicitation[ \t]+of[ \t]+[Cc]omments))?\)|[ \t]+Draft)$/;

/** Whether the words inside the quotation marks before an article name a draft (the rule above). */
export function quotedDraftTitle(inner: string): boolean {
  return QUOTED_DRAFT.test(inner);
}

/**
 * Rule (issue 14, heldout30-english; a translation of a draft law headed "PRC Foo Law (Draft for Comments)", its own
 * articles citing "Article 23, Catalogue Procedure, hereof"): a law's English title named with a bracket saying it is
 * a draft — "(Draft)", "(Draft for Comments)", "(Draft for Comment)", "(Exposure Draft)", "(Revised Draft)", "(Second
 * Draft)", "(Draft Amendment)", "(Draft for Solicitation of Comments)" — names that draft, a text no corpus holds
 * (unknown-regulation), never the law as enacted: the articles of it and the "hereof" of its printed text are the
 * draft's, as those of a short name defined for a draft are ("Draft PIPL"). Other brackets ("(2018 Revision)", "(PRC)",
 * "(the "Law")") are not drafts.
 */
const DRAFT_BRACKET = /^[ \t]*[(（][ \t]*(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]inal|[Rr]evised|[Ee]xposure|[Cc]onsultation|[Aa]mended|[Pp]roposed)[ \t]+)?[Dd]raft(?:[ \t]+(?:[Aa]mendments?|[Rr]evision|[Vv]ersion|for[ \t]+(?:[Pp]ublic[ \t]+)?(?:[Cc]omments?|[Dd]iscussion|[Rr]eview|[Ss]olicitation[ \t]+of[ \t]+(?:[Pp]ublic[ \t]+)?[Cc]omments?|[Ss]oliciting[ \t]+(?:[Pp]ublic[ \t]+)?[Cc]omments?)))?[ \t]*[)）]/;

/** The "(Draft …)" bracket right after a title ending at `end`: its text, or null (the rule above). */
export function draftBracketAfter(text: string, end: number): string | null {
  const m = DRAFT_BRACKET.exec(text.substr(end, 70));
  return m ? m[0].trim() : null;
}

/**
 * Rule (issue 14, heldout30-english; a commentary on a law's drafts: "In the second draft, the wording only appears
 * twice, in Article 1 and Article 44, of which Article 44 …"): a sentence that opens by placing itself in a draft —
 * "In the second draft,", "In the revised draft of the Foo Law published in July,", "Under the exposure draft," — speaks
 * of that draft, and the bare articles in it are the draft's, a text no corpus holds (unknown-regulation), never the
 * enacted law the page cites. Only the sentence so opened, and only a draft named by its order or kind (first, second,
 * revised, exposure …): "the draft" in passing, and a sentence comparing ("Compared with the second draft, the final
 * text changes Articles 2 and 9"), are left as before.
 */
// Also (f130-en2: an alert contrasting "the Draft" with "the Final Measures"): "In the Draft," — the draft capitalised as
// the page names it, with no order word — opens a sentence in the draft as "In the second draft," does.
const DRAFT_FRAME = /^[ \t]*(?:In|Under)[ \t]+(?:(?:the|its|this|that)[ \t]+(?:(?:first|second|third|fourth|fifth|revised|earlier|previous|latest|initial|exposure|consultation)[ \t]+)+drafts?\b|the[ \t]+Draft\b)[^.;!?\n]*?,/;

/** The draft words opening the sentence that holds `offset`, when it opens so (the rule above), else null. */
export function draftOpensSentence(text: string, offset: number): string | null {
  // DRAFT_FRAME holds the word "draft": where the 400 characters the sentence may span before `offset` hold none (most
  // bare articles, every Chinese one), no sentence start is looked for.
  const before = text.slice(Math.max(0, offset - 400), offset);
  if (!before.includes('draft') && !before.includes('Draft')) return null;
  const m = DRAFT_FRAME.exec(text.slice(englishSentenceStart(text, offset), offset));
  return m ? m[0].trim().replace(/,$/, '') : null;
}

/** A draft's sentence's stop: a full stop, semicolon, "!" or "?" and the spaces after it. */
const DRAFT_SENTENCE_STOP = /[.;!?][ \t]+/g;

/** Where the English sentence holding `offset` starts: after the last stop followed by a space, or the line's start (400 back at most). */
function englishSentenceStart(text: string, offset: number): number {
  return sentenceOpen(text, Math.max(lineStartAt(text, offset), offset - 400), offset, DRAFT_SENTENCE_STOP);
}

// Rule (issue 14, real-en33; a law firm's briefing on the Arbitration Law's revision: "Under the current Arbitration
// Law, a valid arbitration agreement must … designate an arbitration commission (Article 16). The 2021 Draft proposed
// to remove the second and third elements, requiring only an express intention to apply for arbitration (Article 21).
// Article 24 of the Updated Draft retains the three elements …"): a writer comparing a draft with the law in force
// gives each statement its source in brackets at the sentence's end. When the sentence opens with the draft as its
// subject — "The Draft …", "The 2021 Draft …", "The Updated Draft …", "This draft amendment …" — the bracketed bare
// article is that draft's, a text no corpus holds (unknown-regulation, as "Article 21 of the Draft" is, see
// draftAfter above), not the enacted law cited in the sentence before. Only a bracketed article closing the
// statement, and only when nothing else is named between the subject and the bracket: "The Draft keeps the three
// elements of the current Arbitration Law (Article 16)" sources the law the sentence names, and "The Draft deletes
// Article 16" (no bracket) names the law's article it amends.

/** A sentence opening with a draft as its subject (an adverb before it allowed). */
const DRAFT_SUBJECT = /^(?:(?:However|Meanwhile|Moreover|Additionally|In addition|In contrast|By contrast|Similarly|Instead|Notably|Further(?:more)?|Likewise)[ \t]*,[ \t]*)?(?:The|This|the|this)[ \t]+(?:(?:\d{4}|[Uu]pdated|[Rr]evised|[Ss]econd|[Tt]hird|[Ff]irst|[Nn]ew|[Ll]atest|[Pp]roposed|[Ee]xposure|[Cc]onsultation)[ \t]+)?[Dd]raft(?:[ \t]+(?:[Aa]mendments?|[Rr]evisions?|[Ll]aw|[Vv]ersion|[Tt]ext))?(?![\w-])/;

/** Words between the subject and the bracket that name another text or cite an article: the bracket may be its. */
const OTHER_NAMED = /\b(?:Articles?|Art\.|Law|Laws|Code|Regulations?|Measures|Provisions|Rules|Interpretations?|Decision|Constitution|Convention|Act)\b|\blaw\b|《/;

/**
 * The draft `sentence` (starting at `open`) has as its subject, naming no other text or article after it (DRAFT_SUBJECT,
 * OTHER_NAMED): a title the corpus lacks, spanning "The … Draft"; null otherwise.
 */
function draftSubjectIn(sentence: string, open: number): (TitleHead & { end: number }) | null {
  const subject = DRAFT_SUBJECT.exec(sentence);
  if (!subject || OTHER_NAMED.test(sentence.slice(subject[0].length))) return null;
  const s = open + subject[0].search(/(?:The|This|the|this)[ \t]/);
  const e = open + subject[0].length;
  return { kind: 'title', written: 'draft', start: s, end: e, innerStart: s, innerEnd: e, bracketed: false, lang: 'en', unknownName: true };
}

/**
 * The draft a bracketed bare article at [start, end) belongs to, as a title the corpus lacks: the draft opening the
 * sentence as its subject (the rule above); null otherwise.
 */
export function draftSubjectOf(text: string, start: number, end: number): (TitleHead & { end: number }) | null {
  if (text[start - 1] !== '(' || !/^[ \t]*\)/.test(text.substr(end, 3))) return null;
  const open = englishSentenceStart(text, start - 1);
  const sentence = text.slice(open, start - 1);
  return draftSubjectIn(sentence, open);
}

// Rule (issue 14, fix-en41; a briefing on a draft amendment: "However, the draft amendment would explicitly include
// bad faith as an independent ground for refusal. Article 22 outlines that applicants shall not apply … in bad
// faith …"): a writer who has just said, with the draft as the sentence's subject, what the draft does opens the next
// sentence with the draft's article that does it — a bare article opening the sentence right after is the draft's
// (unknown-regulation), as the bracketed source of such a sentence is (draftSubjectOf). Only the very next sentence,
// the article opening it with a verb after it (not "Article 22 of the Trademark Law …", read with its law), and only
// when that draft sentence names no other text or article ("The draft keeps Article 16 of the Law. Article 17 …" is
// the law's).

/**
 * The draft a bare article at [start, end) opening its sentence belongs to, when the sentence before it has the draft
 * as its subject (the rule above): a title the corpus lacks; null otherwise.
 */
export function draftOfSentenceBefore(text: string, start: number, end: number): (TitleHead & { end: number }) | null {
  if (!/^(?:Article|Art\.)/.test(text.substr(start, 8)) || !/^[ \t]+[a-z]+s[ \t]/.test(text.substr(end, 20))) return null;
  const before = /[.!?]["”’)]?[ \t]+$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!before) return null;
  const stop = start - before[0].length + 1;
  const open = englishSentenceStart(text, stop - 1);
  if (open >= stop) return null;
  const sentence = text.slice(open, stop);
  return draftSubjectIn(sentence, open);
}

// Rule (issue 14, fix-en41; the same briefing goes on: "Article 22 outlines that applicants shall not apply … in bad
// faith and offers several examples …, such as:" ⏎ "• violating the provisions of Articles 18 (well-known marks), 19
// (agent) and 23 (…) of the Trademark Law;"): the items a draft's article lists, set out under the sentence that
// introduces them with a colon, are the draft's words, and the articles of the law being amended that they cite are
// numbered as the draft numbers that law — a text no corpus holds (unknown-regulation), not the law in force. Only the
// bulleted or numbered lines right under the draft's article's line, only the law the paragraph before names (the law
// the draft amends); another law cited there keeps its own text.

/** A bulleted or numbered item line: "• …", "- …", "1. …", "(a) …". */
const ITEM_OPENING = /^[ \t]*(?:[•·*\-–]|\(?\d{1,2}[.)]|\([a-z]\))[ \t]+/;

/**
 * The span of the item lines a draft's article introduces: the article's line (holding `articleEnd`) ends with a colon,
 * and the item lines follow right under it (one blank line at most between). [from, to), else null.
 */
export function draftItemsAfter(text: string, articleEnd: number): [number, number] | null {
  const lineEnd = lineEndAt(text, articleEnd);
  if (!/[:：][ \t]*$/.test(text.slice(articleEnd, lineEnd))) return null;
  let q = lineEnd;
  let to = -1;
  for (let k = 0; k < 30 && q < text.length; k++) {
    const m = /^\r?\n(?:[ \t]*\r?\n)?([^\n]*)/.exec(text.slice(q, q + 2000));
    if (!m || !ITEM_OPENING.test(m[1])) break;
    q = q + m[0].length;
    to = q;
  }
  return to === -1 ? null : [lineEnd, to];
}

/** Whether the law `written` ("Trademark Law") is named in the paragraph before `at` (the law a draft amends). */
export function lawNamedInParagraphBefore(text: string, at: number, written: string): boolean {
  const from = paragraphOpen(text, 0, at);
  return written.length > 3 && text.slice(from, at).toLowerCase().includes(written.toLowerCase().replace(/^the[ \t]+/, ''));
}

// Rule (issue 14, heldout37-english p14; a firm's note on a draft amendment: "The Draft for Comments adds a new Article
// 44, which allows … . Another new article in Article 63 specifically provides …"): an article a draft adds is
// numbered as the draft numbers the law — "a new Article 44", "new article in (as) Article 63" — a text no corpus holds
// (unknown-regulation), never the article the law in force numbers so. Only "new" right before the label (or "new
// article in / as" before it) in a sentence that has the draft as its subject, or right after one ("The Draft revises
// Article 34" names the law's article it amends, read as before; so does "a new Article 5" in a note on an enacted law).

/** "new " or "new article in / as " right before the label. */
const NEW_BEFORE = /\bnew[ \t]+(?:article[ \t]+(?:in|as|numbered)[ \t]+)?$/i;

/**
 * The draft a bare article at `start` that the draft adds belongs to (the rule above): a title the corpus lacks, spanning
 * the draft subject of its sentence or the one before; null otherwise.
 */
export function draftNewArticleOf(text: string, start: number): (TitleHead & { end: number }) | null {
  if (!NEW_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  const open = englishSentenceStart(text, start);
  const subjectAt = (from: number) => {
    const subject = DRAFT_SUBJECT.exec(text.slice(from, start));
    if (!subject) return null;
    const s = from + subject[0].search(/(?:The|This|the|this)[ \t]/);
    const e = from + subject[0].length;
    return { kind: 'title' as const, written: 'draft', start: s, end: e, innerStart: s, innerEnd: e, bracketed: false, lang: 'en' as const, unknownName: true as const };
  };
  const own = subjectAt(open);
  if (own) return own;
  const stop = /[.!?]["”’)]?[ \t]+$/.exec(text.slice(Math.max(0, open - 4), open));
  if (!stop || open === 0) return null;
  const prev = englishSentenceStart(text, open - stop[0].length);
  return prev < open ? subjectAt(prev) : null;
}
