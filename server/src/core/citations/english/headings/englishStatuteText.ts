// Quoted statute text in English pages: "Article 465 A lawfully formed contract …" at the start of a line is the
// heading of a quoted statute text, not a citation (englishHeadingAt); "this Law" in the text under it is the quoted
// law (the analyzer's rule), up to where that text ends (statuteTextEnd). A label naming a law after the number
// ("Article 39 Labor Law", titleLabelAt) and a headline about the article are citations, no heading.
import { opensOnPreceding, PRECEDING_UNIT, readsAsStatute, refersBackAsStatute } from './englishHeadings';
import { ownParagraphAhead } from './ownParagraphAhead';
import { paragraphHeadingAt } from './paragraphHeading';
import { capitalisedTitleAt } from '../names/englishTitleAt';
import { glossAfterListLabel } from './glossedLabel';

/**
 * A law's title right after the article, with no "of", as consultancies title their pages and sections: "Article 39
 * Labor Law", "Article 115 Contract Law" alone on a line, "Article Forty Contract Law addresses …" — a title of two
 * words or more ending in a law word (Law, Code, Regulations …), then the line's end, a stop or a verb saying what
 * the article does ("addresses", "provides", "is" …).
 * Where the title starts and ends, else null. (A statute heading runs on into a sentence: "Article 3 This Law …".)
 */
export function titleLabelAt(text: string, end: number): { start: number; end: number; title: string } | null {
  const sp = /^[ \t]+(?=[A-Z])/.exec(text.substr(end, 4));
  if (!sp) return null;
  // Rule (issue 14, fix-en42; heldout35 English, a machine translation of 《中华人民共和国专利法》第十一条 … run together:
  // "… infringement. Article 11 People's Republic of China (PRC) Patent Law Article 60 People's Republic of China (PRC)
  // Patent Law Article 61 …"): the country's name and its initials in brackets may open the law's name after the label,
  // as "of the PRC" closes it elsewhere; and the next label may follow the name straight away — a run of labels, each
  // with its law after it, as that page prints its bases (each label that law's article, none a heading).
  const country = /^(?:The[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China[ \t]+\((?:PRC|China)\)[ \t]+(?=[A-Z])/.exec(text.substr(end + sp[0].length, 50));
  const t0 = end + sp[0].length + (country ? country[0].length : 0);
  const t = capitalisedTitleAt(text, t0);
  if (!t || !/\s/.test(t.title) || !/\b(?:Law|Code|Regulations|Measures|Provisions|Rules|Interpretation)$/.test(t.title)) return null;
  if (/^(?:This|These|That|Those|Such|Its|The)\b/.test(t.title)) return null; // "Article 2 This Law applies …": the text itself
  // Rule (issue 14, heldout32 English; an exposure draft's rules printed article by article): a provision opens on the
  // basis it acts under — "Article 2 Under the Trademark Law and the Implementing Regulations, the Board is responsible
  // for …", "Article 3 In accordance with the Seed Law, …", "Article 4 Pursuant to the Regulations, …". A preposition
  // is no title's first word: the words after the number are the article's text, and the label its heading.
  if (/^(?:Under|In|According|Pursuant|Subject|As|For|By|With|Within|Except|Notwithstanding)\b/.test(t.title)) return null;
  // A bulleted list entry's gloss after a separator (glossedLabel.ts): "- Article 686 Civil Code ∞ Establishes …".
  if (glossAfterListLabel(text, end, t.end)) return { start: t0, end: t.end, title: t.title };
  if (!/^(?:[ \t]*(?:\r?\n|$)|[,.;:)]|[ \t]+Article[ \t]+\d|[ \t]+(?:addresses|provides|stipulates|states|governs|requires|sets|establishes|outlines|covers|applies|allows|permits|prohibits|mandates|defines|specifies|regulates|concerns|deals|is|was)\b)/.test(text.substr(t.end, 14))) return null;
  return { start: t0, end: t.end, title: t.title };
}

/**
 * The heading of a quoted statute text at p: "Article 465 A lawfully formed contract …", "Article 3: These
 * Regulations …", "Article 1. This Law …" at the start of a line (the full word, one number, then the article's
 * text); where the label ends, else -1. A writer's own label ("Art.9: …") and "Article 47 of …" are citations.
 */
export function englishHeadingAt(text: string, p: number): number {
  if (text[p] !== 'A') return -1;
  // An amending decision quotes the new article, its heading opening the quotation: “Article 3. Legislation shall …
  for (let i = p - 1, n = 0; i >= 0; i--, n++) {
    const c = text[i];
    if (c === '\n') break;
    // A bullet ("- Article 246 Whoever …", "• Article 10 …") prints statute text as a list, as Markdown's "*" does.
    if (n > 20 || !(c === ' ' || c === '\t' || c === '#' || c === '*' || c === '>' || c === '-' || c === '•' || (i === p - 1 && (c === '“' || c === '"')))) return -1;
  }
  // Not "Article 20 Section 3 of …" / "Article 5 Paragraph 2 …": a unit after the number continues the citation.
  // "Article 58, An employing entity shall …": some translations put a comma after the label; the text then opens with
  // a word that starts a provision (an article, Where, If …), never with a unit or a title.
  // A definition article's text may open with the term in single quotes: "Article 2 'Income from …' in Article 1 of …".
  // Markdown bolds the label of a provision a page prints under the law's name: "**Article 38**: The employing unit …".
  // A page that lost the ideographic space after the label (第六十九条　…) prints "?" or U+FFFD in its place, glued to
  // the number: "Article 69? If a network operator …" (a reader's question never opens a line so, with the text after).
  const m = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})(?:\*\*|__)?(?:[ \t]*[:.：][ \t]*|[?\uFFFD\u3000][ \t]*|,[ \t]+(?=(?:An?|The|Where|If|When|Any|Each|Every|No|Unless|In|For|Within|Except|All)[ \t])|[ \t]+(?!(?:Paragraphs?|Items?|Sections?|Clauses?|Sub-?paragraphs?)\b))(?=[A-Z"“'‘])/.exec(text.substr(p, 36));
  if (!m) return captionedHeadingAt(text, p);
  // "Article 39 Labor Law" alone on its line: a page's label naming the law (titleLabelAt), no statute heading.
  if (/[ \t]$/.test(m[0]) && titleLabelAt(text, p + m[0].trimEnd().length)) return -1;
  if (/:/.test(m[0]) && headlineAfter(text, p + m[0].length)) return -1;
  return p + m[0].length;
}

/**
 * A news headline or a commentary's title naming the article it is about, "Article 12: Shenzhen's duty weighs on its
 * planners", alone on its line above a blank line: a sentence of a few words (lower-case words among them, unlike a
 * caption's Title Case "Purpose and Basis"), not opening as a provision does, with no stop at its end, as statute text
 * has. The article is cited (of the law the page then names), no heading of quoted text.
 */
function headlineAfter(text: string, q: number): boolean {
  const nl = text.indexOf('\n', q);
  const line = text.slice(q, nl === -1 ? text.length : nl).trimEnd();
  if (!line || /[.;:!?。；：,，]$/.test(line)) return false;
  // Not a provision's opening that lost its stop: "These rules apply …", "Where …", "Any …".
  if (/^(?:These|This|The|Where|If|When|Any|No|All|Each|Every|An?|In|Unless|Within|Except|For|Whoever|Such|Units?|Persons?|Citizens)\b/.test(line)) return false;
  const words = line.split(/[ \t]+/);
  if (words.length < 4 || words.length > 14 || words.filter((w) => /^[a-z]/.test(w)).length < 2) return false;
  return nl === -1 || /^\r?\n[ \t]*(?:\r?\n|$)/.test(text.slice(nl, nl + 8));
}

/**
 * A heading with its caption in brackets, as official translations of local rules and the SPP's filing standards print
 * their articles (the English of 第一条（目的和依据） and 第一条 【…案（刑法第…条）】): "Article 1(Purposes and Basis)",
 * "Article 2 (Application Scope)" — a capitalised caption of words closing on its line, not followed by "of" (then the
 * bracket stands between a citation and its law: "Article 28 (Payment Standard) of the Labor Contract Law") — or
 * "Article 1 [Cases of providing …]", the caption in square brackets; a caption may open with an ordinal ("Article 1197
 * (10th Entity of Responsibility)", a commentary's series of entries). Where the label ends, else -1; the caption itself
 * is read on (it may cite: "[… (Article 120 of the Criminal Law)]"). A number or a letter in brackets is a paragraph
 * or an item ("Article 196 (3) Theft …", "Article 19 (a)", "Article 253(A)"): a citation.
 */
function captionedHeadingAt(text: string, p: number): number {
  const m = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})[ \t]*(?:[(（][ \t]*(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?[A-Z][A-Za-z'’,\- ]{3,60}[)）](?![ \t]*(?:of|under|in|hereof)\b)|(?=[[【〖][ \t]*[A-Z][a-z]))/.exec(text.substr(p, 90));
  return m ? p + m[0].length : -1;
}

/**
 * Where the statute text under an English article heading at `p` ends: its line, and the lines after it that carry
 * on the article — not blank, or after blank lines an indented line or an item "(1) …" — up to a blank line before
 * unindented prose, a Markdown heading or the next article heading.
 */
export function statuteTextEnd(text: string, p: number): number {
  let end = text.indexOf('\n', p);
  if (end === -1) return text.length;
  for (let lines = 0; lines < 200; lines++) {
    let q = end + 1;
    let blank = false;
    while (q < text.length) {
      const nl = text.indexOf('\n', q);
      const line = text.slice(q, nl === -1 ? text.length : nl);
      if (line.trim() !== '') break;
      blank = true;
      if (nl === -1) return text.length;
      q = nl + 1;
    }
    if (q >= text.length) return text.length;
    const nl = text.indexOf('\n', q);
    const line = text.slice(q, nl === -1 ? text.length : nl);
    if (/^\s*#/.test(line) || englishHeadingAt(text, q + line.search(/\S/)) !== -1 || paragraphHeadingAt(text, q + line.search(/\S/)) !== null) return end;
    // After a blank line, a paragraph that refers to the one before ("Where … in items (1) or (2) of the preceding
    // paragraph, …", "The term … referred to in the preceding paragraph shall …") and reads as statute text is the
    // article's next paragraph: 前款 is said in a law's text, a writer says "As the preceding paragraph shows".
    // Rule (issue 14, heldout19-english; a page printing the Labor Contract Law's article 24 under 《Labor contract law》,
    // its second paragraph "After the dissolution or termination of a labor contract, the non-competition period for
    // any of the persons as mentioned in the preceding paragraph … shall not exceed two years." — its "shall" past the
    // 200 characters readsAsStatute looks at): a paragraph referring back to the preceding one that grants or binds
    // (may, shall, must) anywhere in it is the article's next paragraph, however long its opening clause
    // (englishHeadings.ts refersBackAsStatute; not the writer's "As the preceding paragraph shows, we may …").
    // The paragraph's opening may be wrapped at the page's width in mid-phrase ("… items 1 and 2 of the preceding" ⏎
    // "paragraph shall not …", heldout26 English): read with its next line.
    const nl2 = nl === -1 ? -1 : text.indexOf('\n', nl + 1);
    const opening = blank && nl !== -1 ? `${line} ${text.slice(nl + 1, nl2 === -1 ? text.length : nl2)}`.slice(0, 600) : line;
    if (blank && !/^[ \t\u3000]+\S|^\s*\(\s*(?:\d{1,2}|[ivxIVX]{1,5})\s*\)/.test(line) && !(PRECEDING_UNIT.test(opening) && (readsAsStatute(opening) || opensOnPreceding(opening))) && !refersBackAsStatute(opening) &&
      // Paragraphs of statute text up to one naming "paragraph 2 of this Article" (ownParagraphAhead.ts).
      !ownParagraphAhead(text, q, (at) => englishHeadingAt(text, at) !== -1 || paragraphHeadingAt(text, at) !== null)) return end;
    end = nl === -1 ? text.length : nl;
  }
  return end;
}
