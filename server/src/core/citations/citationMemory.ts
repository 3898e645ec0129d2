// What the reading remembers of the citations just read, as the analysis walks the document: where the regulation in
// context was last cited, the article under discussion (cited last, opening a sentence, printed, named as 本条), the
// document's own article cited last, the last law cited outside it, quoted words running on — read by the rules that
// tell which regulation and which article the next reference means (referenceSubject.ts, analyze.ts).
import type { LastSelfArticle } from './binding/selfReferences';
import type { CitedArticle, Context } from './context';
import type { RawTarget, ScannedCitation } from './scanTypes';


/** The memory of one document's reading; the analysis updates it citation by citation. */
export class CitationMemory {
  /** Where the regulation in context was last cited (an offset), for 本法 paraphrasing it (paraphrasedLaw). */
  lastCitedAt = -1;
  /** Whether that citation named an article (《…》第五条), not a title alone. */
  lastCitedArticle = false;
  /** `end`: where the last reference continuing it ends; `named`: where the citation naming the article ends. */
  lastSelfArticle: LastSelfArticle | null = null;
  /** The last citation read in another regulation (by its title or 该法), and where it ended. */
  lastExternal: { ctx: Context; end: number } | null = null;
  /** The article cited last in a regulation of the corpus (本条 under discussion). */
  lastArticle: CitedArticle | null = null;
  /** Whether that article was cited with its law's title (《社会保险法》第六十三条), not bare. */
  lastArticleNamed = false;
  /**
   * The article a sentence opened with (its subject), for 本条 in that sentence or the next (discussed articles);
   * `titled` when cited with its law's title or repeating such a citation bare (subjectCitedAgain).
   */
  sentenceSubject: { about: CitedArticle; start: number; quotedTo: number; titled?: boolean } | null = null;
  /** The article a writer's 本条 was last read as, and where (discussedArticle.ts). */
  lastDiscussed: { about: Omit<CitedArticle, 'paragraph'>; at: number } | null = null;
  /**
   * The article cited last in any regulation, one the corpus lacks too: an item or 款 cited alone (第八项, 该条第二款) is
   * its item or 款 — of a title the corpus lacks, unknown-regulation (a 修改决定 of a local regulation: 在《某某条例》第七条中
   * 增加一项作为第六项；第十三条增加一款作为该条第二款). 本条 keeps to lastArticle: a commentary's article under discussion
   * stays the known one when the text compares it with a repealed law's (本条是由民法通则第十二条修改而来……本条确立了…).
   */
  lastAnyArticle: CitedArticle | null = null;
  /** Each article of a law cited, by where its citation starts (for 此条 after its words restated: restatedOwnReference.ts). */
  readonly citedAt = new Map<number, CitedArticle>();
  /**
   * The article last cited with its words quoted after it (…第八十七条规定：“…”), while the articles cited since are inside
   * that quotation (to: where it closes): 该条 after the quotation points back to it (thatArticle.ts).
   */
  quotingArticle: { about: CitedArticle; to: number } | null = null;
  /** Where the citation of lastAnyArticle ends (lawOfPrintedText). */
  lastAnyArticleEnd = -1;
  /**
   * An article of a title the corpus lacks cited with its title, when it is the article cited last. Rule (issue 14,
   * real-judg23; judges' articles on a provision of a law the corpus lacks — a repealed law such as the 侵权责任法, 合同法
   * or 物权法: 下文以《侵权责任法》第35条为中心进行分析，认为35条并没有取代《人身损害赔偿司法解释》的有关规定。适用第35条时，…):
   * articleCitedAgain for a title the corpus lacks. The writer cited its article with the title, named another
   * regulation alone in passing, and repeats the number: he means the article under discussion, of the law the corpus
   * lacks (unknown-regulation) — not an article of the regulation named in passing (which may well lack it, or have an
   * unrelated article of that number). An article of a known law cited since, or any article cited in between, ends it;
   * so does another state's law (its articles are no citations, and a Chinese law named after it ends them).
   */
  lastUnknownNamed: CitedArticle | null = null;
  /** An unknown regulation's article cited opening its line, last (fix-zh19: the 本条 of the paragraphs below). */
  unknownHeading: { about: CitedArticle; start: number; labels: boolean } | null = null;
  /** The last article label glued after a full stop inside words set out unmarked after a citation (onCitation). */
  lastPastedLabel: { ctx: Context; targets: readonly RawTarget[]; quotedIn: ScannedCitation; end: number } | null = null;
  /** The 款 a writer named last on its own (第一款是关于…), for his 本款 after it (paragraphUnderDiscussion). */
  lastParagraphCited: { ctx: Context; article: number; insert: number | null; paragraph: number; end: number; item?: boolean } | null = null;
  /**
   * The document's own provision the last citation outside quotations named last (its last target), for the items it
   * picks out (scan/itemsGoOn.ts: 前款规定的第一项): null after a citation of another regulation's, of none, or not found.
   */
  lastOwnUnit: { article: number; insert: number | null; paragraph: number | null; end: number; count: number } | null = null;
  /** The 款 of the printed article a writer called 本条第N款 last (the discussed branch), for paragraphOfArticleDiscussed. */
  lastDiscussedParagraph: { ctx: Context; article: number; insert: number | null; paragraph: number; end: number } | null = null;
  /** Whether the article cited last was one of no known law (a bare 第X条 with no context): 本条 after it has none. */
  lastNoContext = false;
  /** The rest of a line read as a cited article's words after its 前款 (onCitation), for its 本法 (paraphrasedLaw). */
  pastedLine: { ctx: Context; from: number; to: number } | null = null;
  /**
   * The unknown rules a page quotes as 本细则 (rulesOfNamed), and where. Their words go on in the page's other cells
   * (有本条第一款所列情形经警告处罚仍无改进的): 本条 there is an article of those rules, which the page does not number —
   * unknown-regulation, not the 条例's article cited in a cell — until a blank line ends the table.
   */
  quotedRules: { ctx: Context; at: number } | null = null;
  /** The law a page explains (its article printed at the top; paraphrasedLaw). */
  explainedLaw: Context | null = null;
  /** Whether the first article printed under a law's title was seen (onQuotedHeading). */
  explainedSeen = false;
}
