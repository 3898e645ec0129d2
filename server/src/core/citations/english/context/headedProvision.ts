// Rule (issue 14, fix-en61; heldout40 English, article-by-article commentaries: a page headed "Article by Article of
// the Civil Code: Article 1222 (Medical Injury 5)" ⏎ "Article 1222" ⏎ its text ⏎ "1. The main purpose of this article"
// ⏎ … "II. Evolution of the Provisions" ⏎ "… article 58 of the original Tort Liability Law stipulates that: "…" …
// The significance of this article is to negate the causal relationship requirement in this article …"; "This article
// inherits the provisions of Article 48 of the original Tort Liability Law. … This article has been improved on its
// basis"): a page whose heading names one provision is a commentary on it, and the writer's "this article" there is
// that provision — through the page's section headings and blank lines, where the sentence rule
// (englishThisArticle.ts) no longer reaches, and also after an article of the law it replaced ("the original …
// Law", "the former …", "the old …", "the repealed …"), which the writer always names by its number and never calls
// "this article". Not the page itself ("In this article, we …", englishThisArticle.ts pageArticleAt), and not where the
// sentence before cites an article of a law in force ("Article 76 of the Road Traffic Safety Law stipulates … . This
// article …"): the sentence rule reads that one.
// Rule (the same pages; p01: "Article 43 of the "Judicial Interpretation (I) …" stipulates: "…". This clause aims to
// break through the relativity of contracts …"): a writer who calls the provision a clause says "This clause" in the
// sentence after the one citing it, as "This article" is said — only in that next sentence (a contract's clause may be
// meant anywhere else), only after an article of a named text, never "this clause of the contract".
import type { ScanEvent, ScannedCitation } from '../../scanTypes';
import { sentenceClose, sentenceOpen } from '../text/sentence';

/** How many non-blank lines from the page's top a heading naming the page's provision may stand on. */
const HEAD_LINES = 6;

/** Words of a sentence on a heading line: a full stop, a semicolon, or a colon closing the line ("… stipulates:"). */
const PROSE_LINE = /[.;。；]["”’)]?[ \t]*$|[:：][ \t]*$|\b(?:stipulates|provides|states|shall|is|are|was|were)\b/;

/**
 * The English citation of one article the page is headed by: the page's first citation, on a short line among its
 * first HEAD_LINES non-blank lines that reads as a heading (no sentence: "Article 1208 of the Civil Code (Motor Vehicle
 * 1)", "Article by Article of the Civil Code: Article 1222 (Medical Injury 5)", "I. Interpretation of Article 43"),
 * and no sentence on that line. Null when the page is not so headed.
 */
export function headedProvision(text: string, events: readonly ScanEvent[]): ScannedCitation | null {
  const first = events.find((e): e is ScannedCitation => e.type === 'citation');
  if (!first || first.lang !== 'en' || first.targets.length === 0) return null;
  const a = first.targets[0];
  if (a.article === null || first.targets.some((t) => t.article !== a.article || (t.insert ?? null) !== (a.insert ?? null))) return null;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const nl = text.indexOf('\n', first.end);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  if (line.trim().length > 120 || PROSE_LINE.test(line)) return null;
  const above = text.slice(0, lineStart).split('\n').filter((l) => l.trim() !== '').length;
  if (above >= HEAD_LINES) return null;
  return first;
}

/** Where readerSentence's sentence opens: after a line break, or after a full stop, "!" or "?" with a space after it (the space kept). */
const READER_SENTENCE_OPEN = /\n|[.!?](?= )/g;
/** Where it closes: a full stop, "!" or "?" before a space or the end of the 300 characters read, or a line break. */
const READER_SENTENCE_CLOSE = /[.!?](?:\s|$)|\n/;

/**
 * Whether the sentence around [p, end) speaks to or for the reader — "we", "I", "you", "our" ("Thanks for reading
 * this article, we hope …"): the writer's piece, not the provision the page is headed by.
 */
export function readerSentence(text: string, p: number, end: number): boolean {
  const open = sentenceOpen(text, Math.max(0, p - 300), p, READER_SENTENCE_OPEN);
  const close = sentenceClose(text, end, end + 300, READER_SENTENCE_CLOSE);
  const sentence = text.slice(open, p) + ' ' + text.slice(end, close);
  return /\b(?:[Ww]e|[Yy]ou|[Yy]our|[Oo]ur|us)\b|(?<!\(|(?:Part|Chapter|Section|Book|Title|Interpretation)[ \t])\bI\b(?![.)])/.test(sentence);
}

/** Whether the citation at [start, end) names an article of a law that has been replaced: "the original Tort Liability Law". */
export function predecessorCited(text: string, start: number, end: number): boolean {
  return start >= 0 && /\b(?:original|former|old|previous|repealed|superseded)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,6}(?:Law|Code|Regulations?|Rules|Measures|Provisions|Interpretation)\b/.test(text.slice(start, end));
}

/** "This clause" as the scanner anchors it (the provision's name in the sentence after its citation). */
export const THIS_CLAUSE = /^This[ \t]+clause$/;

/** "this clause of the contract", "this clause in the agreement": a contract's, never the provision cited. */
export function contractClauseAfter(text: string, end: number): boolean {
  return /^[ \t]+(?:of|in)[ \t]+(?:the|this|that|our|your|a)[ \t]+(?:[\w-]+[ \t]+)?(?:contract|agreement|lease|deed|policy|terms|charter|articles[ \t]+of[ \t]+association)\b/i.test(text.substr(end, 60));
}
