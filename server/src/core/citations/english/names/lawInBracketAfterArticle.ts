// Rule (issue 14, heldout57 English, f131-en1: an explainer on gambling crimes captions its paraphrases "Article 303
// (Criminal Law):" and "Article 304 (Criminal Law):", each alone on its line over the writer's own summary): a writer
// names the law an article is of in brackets right after the label — "Article 303 (Criminal Law)", "Article 39 (Labor
// Contract Law): an employer may …", "under Article 1079 (Civil Code)". The bracket holds a law's name the tables know
// (its English title or a short name of it), so the article is that law's: a citation, alone on its line with a colon
// too (a caption citing the law, as "Article 26 Patent Law" over a glossary entry is), never the heading of printed
// statute text, whose captions say what the article is about ("Article 2 (Application Scope)", captionedHeadingAt).
// Not when "of" follows the bracket ("Article 28 (Payment Standard) of the Labor Contract Law": the caption stands
// between the citation and its law), nor for a bracket holding no known law's name.
import type { TitleHead } from '../../scanTypes';

/** "Article N (Name)" at p, the name in brackets, the bracket not followed by "of" / "under" / "hereof". */
const LABEL_THEN_BRACKET = /^Articles?[ \t]+\d{1,4}(?:[ \t]*(?:,|and|to|-|–)[ \t]*\d{1,4})*[ \t]*\([ \t]*((?:the[ \t]+)?(?:PRC[ \t]+|China['’]s[ \t]+|Chinese[ \t]+)?[A-Z][A-Za-z'’\- ]{2,80}?)[ \t]*\)(?![ \t]*(?:of|under|hereof|in)\b)/;

/**
 * The law named in brackets right after the article label at p (the rule above), as a title head over the name; null
 * when the bracket holds no law `known` reads (a known English title or short name).
 */
export function lawInBracketAfterArticle(text: string, p: number, known: (name: string) => boolean): TitleHead | null {
  const m = LABEL_THEN_BRACKET.exec(text.substr(p, 140));
  if (!m) return null;
  const name = m[1].replace(/^the[ \t]+/, '');
  if (!known(name)) return null;
  const start = p + m[0].lastIndexOf(name);
  const end = start + name.length;
  return { kind: 'title', written: name, start, end, innerStart: start, innerEnd: end, bracketed: false, lang: 'en' };
}
