// English article labels that are no citation, and articles of laws that are not Chinese (issue 14, real English
// pages). The rules real writers and translators follow, each read here:
//
// - Run-in headings. A translation copied from a web page or a PDF often loses its line breaks: "… of the Trademark
//   Law. Article 4 The trademark identification …", "GENERAL PROVISIONS Article 1 Security created …", a bilingual
//   page's "…仲裁协议。 Article 16 An arbitration agreement …", or with the space lost too, "Article 3Where any state
//   organ …". "Article N" naming no law, straight after a sentence's end, a capitalised heading word or a Chinese
//   character, and followed by the article's own first words — a capitalised word that is no unit (Paragraph, Item,
//   Section, Clause) and no title, then a lower-case word — is the heading of that article of the text being quoted,
//   as "Article 465 A lawfully formed contract …" at a line's start is (englishHeadingAt). Prose never runs a new
//   sentence straight on from "Article N": "Article 4 provides …", "under Article 37, operators …" stay citations,
//   and so does a title before it ("LCL Article 19 Duration of …", "PRC Arbitration Law Article 16 provides"), also
//   one in quotation marks ('"Regulations on Work-related Injury Insurance" Article 32 Workers with …').
// - Foreign and international law. "Article 6(1)(f) GDPR", "Article 3(2) of Regulation (EU) 2016/679", "Article 5 of
//   the EU Blocking Statute", "Model Law Article 7(1)", "Section 230 of the US …": the law named is the EU's, a
//   foreign state's or a model law, never a Chinese regulation. Such a reference is not a citation at all — neither
//   resolved against the Chinese law in context (Article 6 of the PIPL is something else) nor an unknown-regulation
//   (which says a Chinese title was mistyped or is missing from the corpus), as an article of a contract is not.
//   A named convention or treaty stays a title (China is party to many; 《…公约》 is cited so). A Chinese law's short
//   English name after another state's ("the German Civil Code", "Japan's Civil Code") or dated before 1949 ("the
//   Civil Code of 1804") is that state's law: no title of the corpus, and the articles read in it after it ("whose
//   Article 823 …") no citations (foreignTitleAt). On such a page the same name later cites that law too when the
//   Chinese law has no such article ("article 1382 of the Civil Code": the analyzer's foreign twin).

import { afterChapterHeading } from './englishHeadings';
import { quoteOpenedBefore } from '../../text';

/** A line break written out as its escape, as a broken scraper leaves it in the text: \x0d\, \x0a\, \r\n, \n, \r. */
const ESCAPED_BREAK = /(?:\\x0[ad]\\?|\\r\\n|\\[nr])$/i;

/** Words that, capitalised after "Article N", continue the reference rather than start the article's text. */
const UNIT_WORD = /^(?:Paragraphs?|Para|Items?|Sub-?items?|Sub-?paragraphs?|Sections?|Clauses?|Points?|Sentences?|Subsections?|Of|And|Or|To|Through)$/;

/**
 * Where the text of a run-in article heading starts, when "Article N" at p (its number ending at `numEnd`, naming no
 * law) is one (the rules above); -1 otherwise. `isTitleAt` says whether a title or a defined short name starts at a
 * position ("Article 39 LCL provides" is a citation).
 */
export function runInHeadingAt(text: string, p: number, numEnd: number, isTitleAt: (q: number) => boolean): number {
  // Glued to its text: "Article 1A guarantee …", "Article 3Where any state organ …".
  // Not "Article 253A of the Criminal Law" (条之一, lists/englishUnitList.ts insertAfter): "A" there is no word of the text.
  if (/^(?:[A-Z][a-z]|[AI][ \t]+(?!(?:of|and|or|to|in|was|is|were|has|had|which|that|as|under|also|shall|may|provides|states|stipulates|para|paragraphs?|items?|hereof|above|below)\b)[a-z])/.test(text.substr(numEnd, 24))) return numEnd;
  // Glued to a word in lower case, a page that lost letters too ("… regulations. Article 33anges in the name …"): no
  // citation runs its number into a word; not "Article 17 bis" nor "Article 253a" (条之N, lists/englishUnitList.ts insertAfter), nor
  // the verb of a provision a PDF's text glued to the number ("in which article17provides that …", heldout29 English:
  // the writer's sentence about the article, as "Article43of" is its link to a law; the scanner's SELF_ANCHOR).
  if (/^(?!(?:bis|ter|quater)\b)(?!(?:provides|stipulates|states|prescribes|specifies|says|requires)(?![A-Za-z]))[a-z]{3,}/.test(text.substr(numEnd, 12))) return numEnd;
  // The article's first words: a capitalised word then a small one ("The trademark …"), or a word that only opens a
  // sentence, whatever follows ("These Provisions take effect …", "Where the State Council …", "The State practises …").
  // The word after it may open a quotation: 'Article 13 A "fixed-term labor contract" is …' (a term being defined).
  // A colon or a full stop may follow the number, as translations print their labels ("… Rmb 300,000. Article 189:
  // Where an issuer …", "LEGAL LIABILITY Article 188. Any person …"): the text run on after it is still the article's.
  // Only after the full word: a writer's abbreviated label ("Art.9: Business operators may not …", a memo listing the
  // articles it discusses) cites the article.
  const from = /^(?:Article|ARTICLE)\b/.test(text.substr(p, 8)) && /[:.：]/.test(text[numEnd] ?? '') ? numEnd + 1 : numEnd;
  // Also the country's name opening the text, as machine translations drop its "The" ("Article 3 People's Republic of
  // China (PRC) does not recognize …" for 第三条 中华人民共和国不承认…): a name, then a word in lower case — never a title.
  // Rule (issue 14, heldout18-english; an old translation whose articles run on, each label glued to the previous
  // article's full stop: "… in the People's Court.Article 3 People's Courts shall exercise …"): the first words may be
  // an institution named with its possessive, as translations render 人民法院, 人民检察院 ("People's Courts shall …",
  // "People's Procuratorates may …"): a capitalised word, its "'s", a capitalised noun, then a word in lower case.
  // Rule (issue 14, heldout27 English; a Macau law's translation run together after its enacting clause: "… shall be
  // enforced as law: CHAPTER I General Provisions Article 1 Object This law sets … Article 2 Definitions For the
  // purposes of this Law …"): the label may carry the article's name before its text, as such translations print
  // 第一条 标的 — one to three capitalised words, then a word that only opens a sentence and a word in lower case.
  const m = /^[ \t]+(?:([A-Z][a-z]+(?:[ \t]+(?:(?:of|and)[ \t]+)?[A-Z][a-z]+){0,2})[ \t]+(?=(?:These|This|Where|If|When|Unless|Any|All|No|Each|Every|Except|For|In|The|A|An)[ \t]+["“]?[a-z])|([A-Z][a-z]*)(?:['’]s[ \t]+[A-Z][a-z]+)?[ \t]+["“]?[a-z]|(These|This|Where|If|When|Unless|Any|All|No|Each|Every|Except|For|In|The|A|An)[ \t]+["“]?[A-Z]|((?:The[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China|China)(?:[ \t]+\((?:PRC|China)\))?[ \t]+[a-z])/.exec(text.substr(from, 60));
  if (!m) return -1;
  const named = m[1];
  const first = named ?? m[2] ?? m[3] ?? m[4];
  if (UNIT_WORD.test(named !== undefined ? named.split(/[ \t]+/)[0] : first)) return -1;
  // Where it stands: after a sentence's end, a capitalised heading word, a Chinese character, or at a line's start
  // (englishHeadingAt takes most of those); not inside running prose ("under Article 4 …", "see (Article 4 …").
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  // A line break a page's scraper wrote out as its escape ("… these Rules. \x0d\ Article 2 The term …": a translation
  // whose articles were copied with each "\x0d\" left in the text, fix-en17b): the heading starts a line.
  const escaped = ESCAPED_BREAK.exec(text.slice(Math.max(0, i - 7), i + 1));
  const prev = i < 0 || escaped ? '\n' : text[i];
  // A title in quotation marks right before it names the article's law, as an unquoted one does: '"Regulations on
  // Work-related Injury Insurance" Article 32 Workers with …' (a Q&A page citing the article, then its text) is a
  // citation, not a heading after a quotation's end.
  if (/["”]/.test(prev)) {
    const open = quoteOpenedBefore(text, i);
    if (open !== -1 && (isTitleAt(open + 1) || isTitleAt(open))) return -1;
  }
  // After a chapter heading run on before it ("Chapter V Securities Exchanges Article 95 A …", englishHeadings.ts), or
  // after a date cell of a table whose cells the page ran together (cellDateBefore).
  if (!afterChapterHeading(text, p) && !cellDateBefore(text, i + 1) && !afterSectionLocator(text, i + 1)) {
    if (!/[.。；;:：!?！？"”’)）\n\r]|[A-Z]|[\u3400-\u9fff]/.test(prev)) return -1;
    if (/[A-Z]/.test(prev) && !/(?:^|[^A-Za-z])[A-Z]{4,}$/.test(text.slice(Math.max(0, i - 30), i + 1))) return -1;
  }
  const w = from + m[0].indexOf(first);
  // Rule (issue 14, fix-en42; heldout35 English, a machine-translated page listing its bases run together: "… constitutes
  // patent infringement. Article 11 People's Republic of China (PRC) Patent Law Article 60 People's Republic of China
  // (PRC) Patent Law Article 61 …"): the country's name, its initials in brackets, then a law's title after the label is
  // that law's name, as the translation renders 《中华人民共和国专利法》第十一条 word by word — a citation of its article,
  // no heading ("Article 3 People's Republic of China (PRC) does not recognize …", a word in lower case after the
  // country, stays the article's text).
  const country = /^(?:The[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China(?:[ \t]+\((?:PRC|China)\))?[ \t]+(?=[A-Z])/.exec(text.substr(w, 50));
  if (country && isTitleAt(w + country[0].length)) return -1;
  // "Article 4 The Labor Contract Law …" names a law: a citation ("The State practises …" opens the article's text).
  return (named !== undefined || m[2] !== undefined || /^(?:The|A|An)$/.test(m[3])) && isTitleAt(w) ? -1 : w;
}

/**
 * Rule (issue 14, fix-en41; a Q&A page pointing to the part of a law it prints: "Refer to Section 1 of the Public
 * Security Administration Punishment Law … on Behaviors Disturbing Public Order, Article 23 Anyone who commits …"): a
 * label run on after the comma that ends a reference to a law's chapter or section (节) opens the text of that
 * section's article the page prints, as a heading run on after the chapter's caption does — the section is named to
 * place the article, and its text follows. `at` is where the label's line text before it ends (after the comma). Only
 * the comma of such a reference, in the same sentence ("under Section 2 of Chapter IV, Article 23 of the Law …" keeps
 * its link word and stays a citation, by the text check of the caller).
 */
function afterSectionLocator(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 300);
  return /(?:^|[\s(])(?:Section|SECTION|Chapter|CHAPTER)[ \t]+(?:\d{1,2}|[IVXL]{1,6})[ \t]+(?:of|in)[ \t][^.;:!?\n]{0,260},$/.test(text.slice(from, at));
}

/**
 * Rule (issue 14, heldout30 English; a comparison table of a law's articles copied without its cells' breaks: " date
 * 2022-09-30 Article 21 The State adopts …"): a date written in figures (2022-09-30, 2022/9/30, 2022.09.30) right
 * before the label is a table's cell (the date of the draft or version the row prints), not a writer's sentence — no
 * sentence names a date and then an article with its text run on. The label after it, followed by its text (the test
 * above), heads that text as at a line's start. `end` is where the spaces before the label start.
 */
function cellDateBefore(text: string, end: number): boolean {
  return /(?:^|[\s|(（])(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])$/.test(text.slice(Math.max(0, end - 12), end));
}

/**
 * What makes a law another state's when written before its name: "the German Civil Code", "Japan's Civil Code", "the
 * U.S. Code" (a jurisdiction whose law is no national law of the corpus). Not Taiwan: its laws are China's, unknown to
 * the corpus (englishRegions.ts taiwanCodeAt).
 */
const FOREIGN_STATE =
  "(?:German|French|Japanese|(?:South[ \\t]+)?Korean|Italian|Spanish|Swiss|Dutch|Belgian|Austrian|Russian|Indian|Singapore(?:an)?|Malaysian|Thai|Vietnamese|Indonesian|Philippine|Australian|Canadian|American|British|English|Scottish|Irish|European|Brazilian|Mexican|Turkish|Israeli|Swedish|Danish|Norwegian|Finnish|Polish|Greek|Portuguese|Egyptian|Saudi|Emirati|Delaware|Californian|U\\.S\\.|US|UK|U\\.K\\.|EU|E\\.U\\.|(?:Germany|France|Japan|Korea|Italy|Spain|Switzerland|the[ \\t]+Netherlands|Belgium|Austria|Russia|India|Singapore|Malaysia|Thailand|Vietnam|Indonesia|the[ \\t]+Philippines|Australia|Canada|America|Britain|England|Europe|Brazil|Mexico|Turkey|Israel|Sweden|Denmark|Norway|Finland|Poland|Greece|Portugal)['’]s)";

/** A foreign or international law named right after an article: of the GDPR, GDPR, of Regulation (EU) …, of the EU … */
const FOREIGN_AFTER = new RegExp(
  `^(?:\\([^()\\n]{1,12}\\))*,?[ \\t]+(?:of[ \\t]+(?:the[ \\t]+)?)?(?:GDPR|UK[ \\t]+GDPR|TFEU|TEU|ECHR|CISG|UNCITRAL|TRIPS|GATT|GATS|(?:Regulation|Directive)[ \\t]*\\((?:EU|EC|EEC)\\)|(?:United[ \\t]+States|Model|${FOREIGN_STATE})(?![A-Za-z]))`,
);

/**
 * A foreign or international law named right before an article: "GDPR Article 6", "Model law Article 7(1)", the WTO
 * agreements ("TRIPS Art. 63.2", under which China notifies its laws; GATT, GATS); also with the word "provisions" and
 * a colon between, as case databases list a convention's articles ("Key CISG provisions at issue: Articles 18 ; 53");
 * also as its owner, as news compares laws: "the GDPR's Article 6", "the EU's GDPR, in its Article 83" (round 33).
 */
const FOREIGN_BEFORE =
  /(?:\bGDPR|\bTFEU|\bCISG|\bUNCITRAL|\bTRIPS|\bGATT|\bGATS|\bEU|\bU\.S\.|\bUS|\bUK|\b[Mm]odel[ \t]+[Ll]aw)(?:['’]s|,?[ \t]+in[ \t]+its)?(?:[ \t]+provisions?(?:[ \t]+at[ \t]+issue)?[ \t]*:)?[ \t]+$/;

/**
 * Another state's name right after a title: "the Penal Code of Japan", "the Civil Code of (the) Russian Federation" (an
 * academic note comparing codes, fix-en18) (China's own "Civil Code of China" names none of them; "the Criminal Code of
 * Taiwan" is Taiwan's, englishRegions.ts).
 */
const FOREIGN_STATE_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?(?:Germany|France|Japan|(?:South[ \t]+)?Korea|Italy|Spain|Switzerland|Netherlands|Belgium|Austria|Russian[ \t]+Federation|Russia|India|Singapore|Malaysia|Thailand|Vietnam|Indonesia|Philippines|Australia|Canada|United[ \t]+States|United[ \t]+Kingdom|America|Britain|England|Scotland|Ireland|Brazil|Mexico|Turkey|Israel|Sweden|Denmark|Norway|Finland|Poland|Greece|Portugal|California|Delaware|New[ \t]+York)(?![A-Za-z])/;

/** Another state's name or adjective right before a title: "the German ", "Japan's " (FOREIGN_STATE). */
const FOREIGN_STATE_BEFORE = new RegExp(`(?:^|[^A-Za-z.])${FOREIGN_STATE}[ \\t]+$`);

/**
 * A state's bare name used as the first word of its law's name, as English writers name other states' statutes ("the
 * Japan Coast Guard Law", "the Korea Fair Trade Act", "the India Companies Act"): before a title or as its first word.
 * Not China's own regions (Hong Kong, Macao, Taiwan's laws are another rule) and not a state's name that only stands
 * in the sentence before ("Japan stipulates in Article 25 of the Coast Guard Law" cites whatever law that title names).
 */
const FOREIGN_STATE_NOUN =
  "(?:Japan|(?:South[ \\t]+)?Korea|India|Russia|Vietnam|Thailand|Malaysia|Indonesia|Philippines|Australia|New[ \\t]+Zealand|Canada|Brazil|Mexico|Israel|Turkey|South[ \\t]+Africa)";
const FOREIGN_NOUN_BEFORE = new RegExp(`(?:^|[^A-Za-z.])(?:the[ \\t]+)${FOREIGN_STATE_NOUN}[ \\t]+$`);
const FOREIGN_NOUN_LEADS = new RegExp(`^${FOREIGN_STATE_NOUN}[ \\t]+(?=[A-Z])`);

/**
 * Rule (issue 14, real-english16b and fix-en18: "Article 52 of the Australian Commercial Law stipulates as follows:" ⏎
 * "Article 52 (1) An enterprise shall not …"; an academic chapter's notes "See article 51 of the Swiss Code of
 * Obligations." ⏎ "See article 6 and …"): another state's law named after an article is the law the page speaks of
 * next, as a Chinese title so named is (rule 5: a bare article takes the law named last) — the bare articles after it
 * are its own, no citations, until a Chinese law is named again. The name written after the article ("Australian
 * Commercial Law", "Swiss Code of Obligations", "GDPR"), from the state's name or the law's initials to the last
 * capitalised word; null when the reference is no foreign law's (foreignLawArticle).
 */
export function foreignLawNamedAfter(text: string, end: number): { start: number; end: number; written: string } | null {
  const m = FOREIGN_AFTER.exec(text.substr(end, 60));
  if (!m) return null;
  const lead = /^(?:\([^()\n]{1,12}\))*,?[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?/.exec(m[0])!;
  const start = end + lead[0].length;
  const name = /^\S+(?:[ \t]+(?:[A-Z][\w'’-]*|(?:of|on|for|and|the)(?=[ \t]+(?:the[ \t]+)?[A-Z])))*/.exec(text.substr(start, 120));
  if (!name) return null;
  const written = name[0].replace(/[,.;:)]+$/, '');
  return { start, end: start + written.length, written };
}

/**
 * Rule (issue 14, heldout53 English p11; a case database's abstract: "Key CISG provisions at issue: Article 77 [Also
 * cited or relevant: Articles 35 ; 74 ]"): a convention or foreign law named by its initials right before an article
 * (FOREIGN_BEFORE) is the law the page speaks of next, as one named after an article is (foreignLawNamedAfter): the
 * bare articles after it are its own, no Chinese law's — until a Chinese law is named again. The initials as written
 * (GDPR, TRIPS, CISG …), or null when no such name stands before p.
 */
export function foreignLawNamedBefore(text: string, p: number): { start: number; end: number; written: string } | null {
  const from = Math.max(0, p - 40);
  const m = FOREIGN_BEFORE.exec(text.slice(from, p));
  if (!m) return null;
  const name = /^[^\s,'’]+(?:[ \t]+[Ll]aw)?/.exec(m[0].replace(/^\b/, ''))!;
  const start = from + m.index;
  return { start, end: start + name[0].length, written: name[0] };
}

/** Whether the article reference from p to `end` belongs to a foreign or international law (the rule above). */
export function foreignLawArticle(text: string, p: number, end: number): boolean {
  return FOREIGN_AFTER.test(text.substr(end, 60)) || FOREIGN_BEFORE.test(text.slice(Math.max(0, p - 40), p));
}

/**
 * An article's number right before a title ("Art. 1165 Civil Code", "Article 1198 Civil Code", the continental citation
 * style naming the law after its article): a number of the Civil Code's, no year the title is dated by (forms-en110).
 */
const ARTICLE_NUMBER_BEFORE = /\b(?:Articles?|ARTICLES?|[Aa]rts?\.?)[ \t]*\d{4}[ \t]+$/;

/**
 * Whether the title at `start` is another state's: its name or adjective right before it ("the German Civil Code",
 * "Japan's Civil Code Article 709"), or its name after it ("the Penal Code of Japan", when `end` is given). Such a title names no law of the corpus, and the articles cited after it in its
 * name's stead are its articles, no citation ("whose Article 823 …"), as an article of the GDPR is none.
 */
export function foreignTitleAt(text: string, start: number, end = start): boolean {
  if (FOREIGN_STATE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (FOREIGN_NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true; // "the Japan Coast Guard Law"
  if (FOREIGN_NOUN_LEADS.test(text.substr(start, 30)) && /(?:^|[^A-Za-z])the[ \t]+$/.test(text.slice(Math.max(0, start - 10), start))) return true;
  if (end > start && FOREIGN_STATE_AFTER.test(text.substr(end, 40))) return true;
  // Dated before the People's Republic (1949): "the Civil Code of 1804", "the 1896 Civil Code", a page's heading with
  // the day of enactment after a comma ("Civil Code, August 31, 1928, as amended …": Mexico's, on a law database).
  return /^(?:[ \t]+of|,)[ \t]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2},?[ \t]+|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?[ \t]+)?(?:1[0-8]\d\d|19[0-3]\d|194[0-8])\b/.test(text.substr(end, 30)) || /(?:^|[^\d])(?:1[0-8]\d\d|19[0-3]\d|194[0-8])[ \t]+$/.test(text.slice(Math.max(0, start - 8), start)) && !ARTICLE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
