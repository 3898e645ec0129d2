// Line-start labels naming a paragraph or a place in the law, printed over the law's own text (issue 14, fix-en41;
// legal-basis and explainer pages printing the provisions they rest on, one a line, under "[Criminal law provisions]"
// or a chapter's caption). The rule writers follow, read here: a label opening its line and followed straight by the
// provision's words is the heading of the text it prints, not a citation — as "Article 253 A postal worker …" is
// (englishHeadingAt) — also when the label names a paragraph or locates the article in the law's chapters:
//
// - "Article 196 (3) Theft of credit cards …", "Article 20, paragraph 2 Whoever …": the article's paragraph, the text
//   printed its words (the paragraph's own number: "the preceding paragraph" there is the paragraph before it); a
//   comma may set the words off, and a machine translation runs them on in lower case ("Article 210, paragraph 2,
//   whoever defrauds …": lowerProvisionOpening.ts);
// - "Paragraph 1 of Article 210 Anyone who steals …": the same label in the translators' other order;
// - "Section 1, article 62, original translation: If a legal representative …", "Chapter 3, Section 1, Article 62:
//   …": the article located by its chapter and section (节, never the article's paragraph), a caption saying the text
//   follows ("original translation", "official text") or a colon.
//
// The text after the label opens with a capital, as a provision's sentence does, and is no writer's word about it
// ("This article …", "It …", "See …", "Note …"); a link word or a law's name after the label keeps it a citation
// ("Article 196 (3) of the Criminal Law …", "Paragraph 1 of Article 210 provides …", "Article 5(2) Labor Law").

import { atLineStart } from '../../text';
import { lowerProvisionOpening } from './lowerProvisionOpening';

/** Indentation a heading may have before it (as englishHeadings.ts ENGLISH_INDENT). */
const INDENT = 21;

/** "Article 196 (3) " / "Article 20(2): " / "Article 20, paragraph 2 " before the text. */
const ARTICLE_PARAGRAPH = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})(?:[ \t]*[(（](\d{1,2})[)）]|,[ \t]*[Pp]aragraph[ \t]+(\d{1,2}))[ \t]*[:.：,]?[ \t]+/;

/** "Paragraph 1 of Article 210 " before the text. */
const PARAGRAPH_OF_ARTICLE = /^(?:Paragraph|PARAGRAPH)[ \t]+(\d{1,2})[ \t]+of[ \t]+(?:Article|ARTICLE)[ \t]+(\d{1,4})[ \t]*[:.：,]?[ \t]+/;

/** "Section 1, article 62, original translation: " / "Chapter 3, Section 1, Article 62: " before the text. */
const LOCATED_ARTICLE = /^(?:(?:Chapter|CHAPTER|Section|SECTION|Part|PART)[ \t]+(?:\d{1,2}|[IVXL]{1,6})[ \t]*,[ \t]*){1,3}(?:[Aa]rticle|ARTICLE)[ \t]+(\d{1,4})(?:[ \t]*,[ \t]*(?:(?:original|official|English|Chinese)[ \t]+)?(?:translation|text|wording))?[ \t]*[:：][ \t]*/;

/** The provision's first words: capitalised (a quotation mark may open them). */
const TEXT_OPENING = /^["“]?[A-Z][a-z]*/;
/** First words that are no provision's: a writer's words about the article, or a law's name run on after the label. */
const WRITER_OPENING = /^(?:This|That|These|Those|It|Its|See|Note|Comment|Here|We|Our|I|You|As|Labor|Criminal|Civil|Company|Contract|Patent|Trademark|Copyright|PRC|China|Chinese)\b|^\S+[ \t]+(?:Law|Code|Act|Regulations?|Rules)\b/;

/** The paragraph heading opening its line at p (the rules above): its article, its paragraph (null when none) and where the label ends. */
export function paragraphHeadingAt(text: string, p: number): { article: number; paragraph: number | null; end: number } | null {
  const c = text[p];
  if ((c !== 'A' && c !== 'P' && c !== 'C' && c !== 'S') || !atLineStart(text, p, INDENT)) return null;
  const window = text.substr(p, 120);
  let m: RegExpExecArray | null;
  let article: number;
  let paragraph: number | null;
  if ((m = ARTICLE_PARAGRAPH.exec(window))) {
    article = +m[1];
    paragraph = +(m[2] ?? m[3]);
  } else if ((m = PARAGRAPH_OF_ARTICLE.exec(window))) {
    article = +m[2];
    paragraph = +m[1];
  } else if ((m = LOCATED_ARTICLE.exec(window))) {
    article = +m[1];
    paragraph = null;
  } else return null;
  const rest = window.slice(m[0].length);
  // "Article 210, paragraph 2, whoever defrauds …": the paragraph's words run on in lower case (lowerProvisionOpening.ts).
  // After a comma only those words: "Article 49(1), Clause 6, of …", "Paragraph 4 of Article 2, Article 23, …" go on
  // with the writer's own units, capitalised.
  const lower = paragraph !== null && lowerProvisionOpening(rest);
  const opens = /,[ \t]+$/.test(m[0]) ? lower : TEXT_OPENING.test(rest) || lower;
  if (!opens || WRITER_OPENING.test(rest)) return null;
  // A provision's sentence of words, not a caption of a few ("Article 5(2) Scope").
  if ((rest.split('\n')[0].match(/[A-Za-z]+/g) ?? []).length < 5) return null;
  return { article, paragraph, end: p + m[0].length };
}
