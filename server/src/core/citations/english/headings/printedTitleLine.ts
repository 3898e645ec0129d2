// Rule (issue 14 forms 1 and 7; real-en30: a laws site reprinting a Ministry's circular and under it "Measures for
// Examination and Approval of …" on its own line above "Article 1" … "Article 6 of these Measures"; real-english16b: a
// law firm's page "China Marriage Law (Part 2)" above "Article 13: …" … "unless otherwise stated under Article 18(3)
// hereof"): a page that reprints a regulation prints its title on a line of its own right above its articles, and the
// text's words for itself ("these Measures", "this Law", "hereof", "the present Rules") then name that title — the
// regulation the page reproduces, resolved when the corpus has it, else unknown-regulation — as 本办法 in a text quoted
// under its title is that text's (the round's labelling convention). The document itself is another matter: a draft
// regulation whose own name is its first line (a title line with nothing above it) refers to itself — self, as
// before; so does a reproduced text whose title is not printed (no title line above its articles).
// Decided for both languages (fix-en33b): a reproduced text whose title line is printed above it, with the page's
// other words (navigation, an issuing circular, the writer's) above that line, is that regulation; a title line that
// opens the document is the document's own name (the Chinese side reads that as a draft, ownStructure, and its 本办法
// stays self). The English side is read here; the noun must fit the title's kind ("these Measures" a Measures,
// "this Law" a Law; "hereof" and "the present …" any).
// Extended (fix-en36b, heldout30-english: a site's machine translation of a court's provisions, its first line the
// title in quotation marks, then the site's "share", the preamble "In order to …, in accordance with the … Law …, the
// following provisions are provided …", then "Article 1 …" … "determined in Article 2 of these Provisions"):
// - a title line in quotation marks names a text, as 《》 do — a regulation prints its own title bare — so it is the
//   page's name for the text it reprints, even as the page's first line;
// - the text's preamble (its enacting formula: "In order to …" / "For the purpose of …" with "in accordance with",
//   "according to" or "pursuant to") and one line of the site's furniture ("share", "Print") may stand between the
//   title and the first article;
// - 规定 is rendered "Provisions" or "Regulations", and translators mix the two in one text: "these Provisions" fits a
//   title in "Regulations" and "these Regulations" one in "Provisions".
import { lawLikeEnglishTitle } from '../names/englishLawLikeTitle';
import { lineIndexOf } from '../../text';
import { bylineLine, divisionCaption, PART_NUMERAL_TAIL } from './titleLineFurniture';

/** An article heading at a line's start: "Article 1", "Article 13:", "Article 4 A firm …", "ARTICLE 2". */
const ARTICLE_HEADING_LINE = /^[ \t]*(?:Article|ARTICLE)[ \t]+\d{1,4}[ \t]*(?:[:.：][ \t]*)?(?:$|[A-Z(“"])/;

/** A division's heading between the title and the first article: "Chapter I General Provisions", "Section 2". */
const DIVISION_LINE = /^[ \t]*(?:Chapter|CHAPTER|Section|SECTION|Part|PART)[ \t]+[0-9IVXLC]/;

/** What a title line may carry after the title: a part, a draft's or a version's note in brackets. */
const TITLE_TAIL = /[ \t]*[（(][^()（）\n]{1,30}[)）][ \t]*$/;

/** A text's preamble, its enacting formula: "In order to …, in accordance with the … Law …, these Provisions are …". */
const PREAMBLE_LINE = /^[ \t]*(?:In[ \t]+order[ \t]+to|For[ \t]+the[ \t]+purposes?[ \t]+of)\b[^\n]*?\b(?:in[ \t]+accordance[ \t]+with|according[ \t]+to|pursuant[ \t]+to)\b/;

/** A site's furniture on a line of its own: one or two words, no stop ("share", "Print page"). */
const FURNITURE_LINE = /^[ \t]*[A-Za-z]{2,12}(?:[ \t]+[A-Za-z]{2,12})?[ \t]*$/;

/** A title line in quotation marks, straight or curly: its title. */
const QUOTED_TITLE = /^["“]([^"“”\n]{10,200})["”]$/;

/** The self noun's kind word, when it names one: "these Measures" → Measures; "hereof" → null (any kind). */
function nounKind(written: string): string | null {
  return /\b(Law|Code|Regulations?|Provisions|Measures|Rules|Interpretations?|Decision)\s*$/i.exec(written)?.[1].toLowerCase().replace(/s$/, '') ?? null;
}

/** The words of a title's kind a self noun's kind fits: 规定 is rendered "Provisions" or "Regulations". */
const KIND_WORDS: Record<string, string> = { provision: '(?:provisions?|regulations?)', regulation: '(?:regulations?|provisions)' };

/** Upper-case title lines ("MEASURES FOR EXAMINATION AND …") read in title case, small words kept small. */
function titleCase(line: string): string {
  if (/[a-z]/.test(line)) return line;
  return line.toLowerCase().replace(/\b([a-z])([a-z'’-]*)/g, (w, a: string, b: string) => (/^(?:of|on|for|and|the|in|to|with|by|concerning|governing|regarding)$/.test(w) ? w : a.toUpperCase() + b));
}

/**
 * The title printed on its own line above the articles of the text holding the self noun `written` at p (the rule
 * above), or null: the nearest line above p (within 30,000 characters) whose next non-empty line is an article
 * heading (or a division's over one) and which reads as a regulation's title of the noun's kind, not the document's first non-empty line.
 */
export function printedTitleAbove(text: string, p: number, written: string): string | null {
  const kind = nounKind(written);
  const from = Math.max(0, p - 30_000);
  const lines = lineIndexOf(text);
  let nextNonEmpty: string | null = null;
  let headingNext = false;
  // The preamble and the furniture line passed on the way up from the first article (one of each at most).
  let preamble = false;
  let furniture = false;
  let byline = false;
  // A chapter's caption passed: the line above it must be its "Chapter …" line (titleLineFurniture.ts).
  let captionPending = false;
  // The lines above p's, nearest first, back to `from`.
  for (let n = lines.lineOf(p) - 1; n >= 0 && lines.lineStart(n + 1) - 1 > from; n--) {
    const start = Math.max(lines.lineStart(n), from);
    const line = text.slice(start, lines.lineStart(n + 1) - 1).replace(/\r$/, '');
    if (line.trim()) {
      if (captionPending) {
        captionPending = false;
        if (!DIVISION_LINE.test(line)) headingNext = false;
      }
      if (nextNonEmpty !== null && headingNext && !ARTICLE_HEADING_LINE.test(line) && !DIVISION_LINE.test(line)) {
        const quoted = QUOTED_TITLE.exec(line.trim());
        const title = titleCase((quoted ? quoted[1] : line).trim().replace(TITLE_TAIL, '').replace(PART_NUMERAL_TAIL, '').trim());
        if (title.length <= 200 && lawLikeEnglishTitle(title) && /^[A-Z]/.test(title) && !/[.;:!?]$/.test(title) && (kind === null || new RegExp(`\\b${KIND_WORDS[kind] ?? kind + 's?'}\\b`, 'i').test(title))) {
          // The document's own name (its first non-empty line) is no reprint's title; a title in quotation marks is.
          return quoted || text.search(/\S/) < start ? title : null;
        }
      }
      // The line below a title: an article's heading, or a division's heading over one, or the text's preamble or a
      // line of the site's furniture over those.
      const heading = ARTICLE_HEADING_LINE.test(line);
      const between: 'preamble' | 'furniture' | null = !heading && headingNext && !preamble && !furniture && PREAMBLE_LINE.test(line) ? 'preamble'
        : !heading && headingNext && !furniture && FURNITURE_LINE.test(line) && !lawLikeEnglishTitle(line.trim()) ? 'furniture' : null;
      const bylineHere: boolean = !heading && between === null && headingNext && !byline && bylineLine(line);
      const caption: boolean = !heading && between === null && !bylineHere && headingNext && !DIVISION_LINE.test(line) && divisionCaption(line) && !lawLikeEnglishTitle(line.trim());
      if (heading) preamble = furniture = byline = false;
      if (bylineHere) byline = true;
      if (caption) captionPending = true;
      if (between === 'preamble') preamble = true;
      if (between === 'furniture') furniture = true;
      headingNext = heading || (DIVISION_LINE.test(line) && headingNext) || between !== null || bylineHere || caption;
      nextNonEmpty = line;
    }
  }
  return null;
}
