// Rule (round 33, f131-en2; heldout57 English p06 and p11, glossary pages on one provision: "Pipl Article Thirty Eight
// concerns the permissible transfer of personal information …" ⏎ "Application" ⏎ "This article’s application extends
// to all organizations …"; "Article 577 of the Civil Code of the People’s Republic of China establishes the legal
// provision for contract liability …" ⏎ … ⏎ "… a procedural prerequisite to enforcing rights under this article."):
// a page whose first sentence opens with one provision as its subject is about that provision, as a page headed by it
// is (headedProvision.ts) — the writer's "this article" further down, past the sentence rule's reach
// (englishThisArticle.ts) and through the page's short section captions, is that provision (c130's first reading of
// "the article" on a page opening with one provision). Only a page built so: its first sentence says what the
// provision does (a verb of content right after it: "concerns", "establishes", "governs", "sets", "provides" …,
// not a remark such as "is applied strictly" or "is long"), and "this article" stands in a later section, under a
// caption line of its own ("Application", "Scope", "Trigger") — within the opening section the sentence rule alone
// reads it (fix-en27, fix-en42: "… provides that "…". Courts have long read it narrowly. This article tries …" is
// none). Only while nothing else has been cited since: another article
// named between has moved the page on (the sentence rule reads it, or nothing). Not the page itself ("In this article,
// we …", englishThisArticle.ts pageArticleAt), and not a sentence speaking to the reader (headedProvision.ts
// readerSentence) — the scanner's checks, as for a headed page.
import type { ScanEvent, ScannedCitation } from '../../scanTypes';

/** Words before the provision on the page's first line: a short name or an article word at most, no sentence end. */
const LEAD = /^[ \t\uFEFF]*(?:[A-Za-z][\w'’.-]*[ \t]+){0,3}$/;

/** A verb saying what the provision does, right after its citation (a bracketed initials or "also" between). */
const CONTENT_VERB = /^(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+(?:(?:also|further|primarily|mainly)[ \t]+)?(?:concerns|establishes|governs|sets|defines|addresses|provides|stipulates|mandates|outlines|regulates|specifies|lays[ \t]+down|deals[ \t]+with|requires|prohibits|grants|imposes|permits|allows|prescribes|introduces|creates|obliges|obligates|covers|is[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:provision|article|rule|clause))\b/;

/** A caption line of the page's own sections: one to four words, capitalised, no sentence end, alone on its line. */
const SECTION_CAPTION = /\n[ \t]*[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z'’-]+){0,3}[ \t]*\r?\n/;

/**
 * The English citation of one article the page's first sentence opens with ("Article 577 of the Civil Code …
 * establishes …", "PIPL Article Thirty Eight concerns …"), when every citation before `p` is of that same article;
 * null otherwise.
 */
export function openingProvision(text: string, events: readonly ScanEvent[], p: number): ScannedCitation | null {
  const cited = events.filter((e): e is ScannedCitation => e.type === 'citation' && e.start < p);
  const first = cited[0];
  if (!first || first.lang !== 'en' || first.targets.length === 0) return null;
  const a = first.targets[0];
  if (a.article === null) return null;
  const same = (c: ScannedCitation) => c.targets.length > 0 && c.targets.every((t) => t.article === a.article && (t.insert ?? null) === (a.insert ?? null));
  if (!cited.every(same)) return null;
  // On the page's first non-blank line, its first words.
  const lead = text.slice(0, first.start).replace(/^\s*\n/, '');
  if (/\n/.test(lead.replace(/^\s+/, '')) || !LEAD.test(lead.replace(/^\s+/, ''))) return null;
  if (!CONTENT_VERB.test(text.substr(first.end, 60)) || !SECTION_CAPTION.test(text.slice(first.end, p))) return null;
  return first;
}
