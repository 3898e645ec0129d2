// "this Article", "the Article", "the said Article" in a writer's prose (issue 14, heldout21 English; the English of
// 本条 / 该条 in commentary). A memo or a blog that has just named an article goes on calling it "this article":
// "Article 12 of the Copyright Law stipulates: "…" This article is the provision on the term of protection.", "…the
// oath prescribed by the Article …", "Article 63(1) of the Trademark Law describes … The article also provides …".
// The rule writers follow, read here: the phrase points back to the article named in the same sentence or in the one
// before it (quoted words between them aside — a quotation of the article's text is part of the sentence citing
// it), so it is a mention of that article, as 本条 after an article cited in commentary is; and once a paragraph has
// so called the article, a later "this article" in the same paragraph, no other article named since, keeps to it.
// Not a mention: "this article" meaning the page or post itself ("In this article, we …", "This article will explain
// …", "This article is for general information only", "Share this article"), a caption in brackets
// ("【Purpose of the Article】"), nor an article named further back (the writer has moved on).
// Rule (issue 14, heldout26-english; a history of a judicial interpretation: "… the heavier punishments of Article 191
// (2) of the Criminal Law … are limited to punishments imposed under that article"): "that article" points back as
// "the said Article" does — the same reading (the article named in the same or the previous sentence), the same
// exceptions ("In that article, the author …" is a piece of writing).

import { writerDiscussesIn } from './writerDiscussesIn';

/**
 * Words a commentary puts between "this" and "article" when it calls the article it discusses by its weight ("the
 * application of this foundational article", "this key article") — the same article, as "the said Article" is.
 */
export const ANAPHOR_ADJECTIVE = '(?:said|foundational|fundamental|key|core|pivotal|central|landmark|cornerstone)';

/** The anaphor's words, as the scanner anchors them: this / the / the said + article (no number after it). */
export const ARTICLE_ANAPHOR = new RegExp(`^(?:[Tt]his|THIS|[Tt]he|THE|[Tt]hat)[ \\t]+(?:${ANAPHOR_ADJECTIVE}[ \\t]+)?(?:[Aa]rticle|ARTICLE)$`);

/**
 * Rule (issue 14, heldout23 English: "… according to Clause 260 of the Criminal Law, which states … . Many courts
 * sentence … according to the above-mentioned clause."): a writer who calls an article a clause (englishSection.ts
 * CLAUSE_WORD) points back to it as "the above-mentioned clause" / "the aforementioned clause", as others write "the
 * said Article" — the same reading, only after an article cited with the word "Clause"; "above-mentioned" looks back further than
 * "this" does, to the article named up to three sentences before (nothing else cited since). After any other citation
 * ("Article 5 …; the above-mentioned clause") it may be a 款 or a contract's clause: none.
 */
export const CLAUSE_ANAPHOR = /^[Tt]he[ \t]+(?:above-?mentioned|aforementioned)[ \t]+clause$/;

/** Words of writing after "this article will" that make it the writer's piece: "This article will briefly explain …". */
const WRITING_VERB = '(?:briefly[ \\t]+|first[ \\t]+|further[ \\t]+|then[ \\t]+|also[ \\t]+|mainly[ \\t]+|primarily[ \\t]+|only[ \\t]+)?(?:analy[sz]e|explain|discuss|focus|provide|offer|delve|examine|explore|introduce|describe|summari[sz]e|look|review|outline|share|set[ \\t]+out|highlight|present|walk|try|attempt|elaborate|interpret|illustrate|compare|study|investigate|assess|evaluate|propose|argue|conclude|seek)';
/**
 * The same in the present tense, only verbs a provision never takes ("This article analyses …", "This article provides
 * an overview …" — not "The article also provides for …", which a provision does). A scholar's abstract says what the
 * paper argues (rule, issue 14, real-en26: "Unlike the conventional view that only treats Article 35 as China's free
 * speech clause …, this article argues that …"): "argues", "contends", "posits", "concludes", "proposes", "traces" are
 * a writer's verbs, never a provision's — the article named just before is the one the paper argues about.
 */
const WRITING_NOW = '(?:(?:briefly|first|further|then|also|mainly|primarily)[ \\t]+)?(?:analy[sz]es|discusses|explores|examines|delves|summari[sz]es|reviews|shares|explains|focuses|offers|looks|outlines|argues|contends|posits|concludes|proposes|traces|(?:provides|gives)[ \\t]+(?:an?|some|readers|insights?|guidance|compliance|practical|our)\\b)';
const PAGE_AFTER = new RegExp(
  `^(?:[ \\t]+(?:will|shall|would|is[ \\t]+going[ \\t]+to|aims[ \\t]+to|seeks[ \\t]+to|tries[ \\t]+to|attempts[ \\t]+to|intends[ \\t]+to|sets[ \\t]+out[ \\t]+to)[ \\t]+${WRITING_VERB}\\b` +
    `|[ \\t]+${WRITING_NOW}` +
    `|[ \\t]+(?:is|was|has[ \\t]+been)[ \\t]+(?:(?:first|originally|intended|meant|written|published|prepared|provided|updated|contributed|authored|co-authored|translated|reproduced|reprinted|adapted|edited|posted|sponsored|compiled|for[ \\t]+(?:general[ \\t]+)?information)\\b|not[ \\t]+(?:intended|meant|legal)\\b|part[ \\t]+of[ \\t]+(?:a|an|our|the)[ \\t]+(?:[\\w-]+[ \\t]+){0,2}series\\b)` +
    `|[ \\t]+(?:(?:first|originally)[ \\t]+appeared|appeared[ \\t]+(?:in|on|first))\\b` +
    // Rule (issue 14, heldout26 English; a thesis abstract: "To examine whether …, the article uses normative analysis,
    // case analysis and other methods for the study"): a paper says which methods it uses; a provision never does.
    `|[ \\t]+(?:uses|used|adopts|employs|combines|applies)[ \\t]+[^.;\\n]{0,60}?\\b(?:analys[ie]s|methods?|methodology|approach(?:es)?[ \\t]+to[ \\t]+(?:the[ \\t]+)?(?:study|research))\\b` +
    // "The article reflects the author's opinion", "… represents the views of …": the writer's views.
    `|[ \\t]+(?:only[ \\t]+)?(?:reflects|represents|expresses)[ \\t]+(?:only[ \\t]+)?(?:the[ \\t]+)?(?:personal[ \\t]+)?(?:authors?['’]s?|writers?['’]s?|views?|opinions?)(?![\\w'’])` +
    `|[ \\t]+(?:does|do)[ \\t]+not[ \\t]+(?:constitute|represent|amount)\\b` +
    `|,?[ \\t]+(?:we|I|the[ \\t]+authors?|our)\\b` +
    // Rule (issue 14, heldout53 English p06; a thesis abstract on Article 1254 of the Civil Code ends "The main body of
    // this article is divided into four parts."): a paper says how it is built — "is divided into four parts",
    // "consists of three chapters", "is structured in five sections"; a provision has paragraphs and items, never parts
    // counted so, chapters or sections of its own.
    `|[ \\t]+(?:is[ \\t]+(?:divided|organi[sz]ed|structured|arranged)[ \\t]+(?:into|in)|consists[ \\t]+of|is[ \\t]+composed[ \\t]+of)[ \\t]+(?:two|three|four|five|six|seven|[2-9])[ \\t]+(?:main[ \\t]+)?(?:parts|chapters|sections)\\b)`,
  'i',
);
/**
 * Words before "this article" that make it the writer's piece: "In this article", "Share this article", "the author of
 * this article"; a law review's "Part II of this Article" (fix-en52: such a paper capitalises its own "Article", so a
 * capital alone never makes it the statute's). Rule (issue 14, heldout37-english p10; a Q&A page quoting Article 41 of
 * the Social Insurance Law, then "List of contents of this article:" over its numbered questions): a page's table of
 * contents ("Contents of this article", "Table of contents of this article", the machine's "Catalogue" / "Directory" of
 * 本文目录) is the page's; a provision has no table of contents.
 * A paper's dedication ("I dedicate this article to my grandparents", fix-en60) is the writer's piece too: no provision is
 * dedicated to anyone.
 */
const PAGE_BEFORE = /(?:(?:^|[.!?:]\s+|\n\s*)In[ \t]+|\b[Pp]arts?[ \t]+(?:[IVX]{1,4}|[1-9]|one|two|three|four|five)[ \t]+of[ \t]+|\b(?:[Ss]hare|[Pp]rint|[Cc]ite|[Dd]ownload|[Ee]mail|[Ss]ave|[Rr]ead|[Tt]ranslate|[Rr]eprint|[Ll]ike|[Rr]ate|[Dd]edicate)[ \t]+|\b(?:authors?|writers?|readers?|views?|opinions?|title|rest|remainder|version|copy|end|top|bottom|date|publication|[Cc]ontents|[Cc]atalog(?:ue)?|[Dd]irectory|[Oo]utline)[ \t]+(?:of|in)[ \t]+|\b(?:expressed|discussed|presented|contained|covered|above|below|earlier|later)[ \t]+in[ \t]+|\bthroughout[ \t]+)$/;

/**
 * Rule (issue 14, heldout33-english; a blog on consent after "Article 23 of the … Law": "The consent here is
 * considered as the third level of consent in this article, but …"): a writer who gives a thing a name of their own
 * says where the name holds — "called …", "termed …", "considered as …", "referred to as … in this article" is the
 * writer's piece, its terms. A provision never names its terms so ("as referred to in this Article", no "as" after
 * "referred to", stays the provision; so does "defined in this article", which a commentary says of the article named).
 */
const PAGE_NAMING = /\b(?:called|termed|dubbed|labell?ed|(?:considered|regarded|treated|classified|referred[ \t]+to|known|described)[ \t]+as)[ \t]+[^.;:!?\n"“”]{1,60}?[ \t]in[ \t]+$/i;

/**
 * Rule (issue 14, heldout33-english; a firm's note after quoting "The first paragraph of article 63 of the Trademark
 * Law": "This article illustrates the application of punitive damages …, by looking at two cases."): a writer says how
 * the piece goes about its subject — "by looking at two cases", "by examining …", "through an analysis of …", "with
 * three examples". A provision has no method: "this article" + a verb of showing + such words later in the same
 * sentence is the writer's piece. The verb alone ("This article illustrates the good-faith principle") stays the
 * article named, as a commentary says of it.
 */
const SHOWING_VERB = /^[ \t]+(?:(?:also|further|first|then|briefly)[ \t]+)?(?:illustrates|demonstrates|shows|explains|clarifies|considers|addresses|describes|presents|introduces|analy[sz]es|discusses|examines|explores|reviews|studies|investigates|evaluates|assesses|compares)\b/i;
/** How the writer's piece goes about its subject: by looking at, through a case study, two cases …. */
const WRITER_METHOD = /\b(?:by[ \t]+(?:way[ \t]+of[ \t]+(?:examples?|cases?|illustration)|looking[ \t]+(?:at|into)|examining|analy[sz]ing|reviewing|studying|comparing|drawing[ \t]+on|discussing|surveying)|through[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:(?:case|comparative|empirical)[ \t]+)?(?:analysis|study|review|examination|survey|comparison)|(?:two|three|four|five|several|some|a[ \t]+few|[2-9])[ \t]+(?:(?:typical|real|recent|judicial|court|actual|representative)[ \t]+)?(?:cases|examples|judgments|decisions|rulings))\b/i;

/** Whether "this article" + a verb of showing runs on, in its sentence, to the writer's method. */
function writerMethodAfter(text: string, end: number): boolean {
  const m = SHOWING_VERB.exec(text.substr(end, 40));
  if (!m) return false;
  let rest = text.substr(end + m[0].length, 400);
  const stop = /\n|[.!?]["”’)]?\s+(?=["“(]?[A-Z])/.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  return WRITER_METHOD.test(rest);
}

/**
 * Rule (issue 14, fix-en42; heldout35 English, a paper's abstract: "On the much debated issue over … Article 33 of the
 * Patent Law, this article tries, with two typical cases of patent reexamination …, to compare with examination
 * practices in other countries"): the writer's "tries to compare" with an aside set off by commas between the two
 * words — the same intention (PAGE_AFTER's "tries to" + a verb of writing), its "to" and verb after the aside, in the
 * same sentence. An aside that does not go on to "to" + a verb of writing ("This article, as amended, aims to protect
 * …") stays the article named.
 */
const INTENT_ASIDE = new RegExp(`^[ \\t]+(?:tries|attempts|aims|seeks|intends)[ \\t]*,[^.;!?\\n]{1,200}?,[ \\t]*to[ \\t]+${WRITING_VERB}\\b`, 'i');

/** "the article after it", "the article before that": another article than the one named, counted from it. */
const OTHER_ARTICLE = /^[ \t]+(?:after|before|following|preceding|next)\b/i;

/** Whether "this article" at [p, end) is the writer's piece (the page) or another article, not the one named. */
export function pageArticleAt(text: string, p: number, end: number): boolean {
  if (OTHER_ARTICLE.test(text.substr(end, 12))) return true;
  if (PAGE_AFTER.test(text.substr(end, 60))) return true;
  if (PAGE_BEFORE.test(text.slice(Math.max(0, p - 40), p))) return true;
  if (writerDiscussesIn(text, p)) return true;
  if (/in[ \t]+$/i.test(text.slice(Math.max(0, p - 4), p)) && PAGE_NAMING.test(text.slice(Math.max(0, p - 100), p))) return true;
  if (writerMethodAfter(text, end)) return true;
  if (INTENT_ASIDE.test(text.substr(end, 240))) return true;
  // A caption in brackets alone ("【Purpose of the Article】", "[Understanding of the article]").
  const before = text.slice(Math.max(0, p - 60), p);
  const open = Math.max(before.lastIndexOf('【'), before.lastIndexOf('['));
  if (open !== -1 && !/[\]】\n]/.test(before.slice(open + 1)) && /^[^\n]{0,40}?[\]】]/.test(text.substr(end, 42))) return true;
  return false;
}

/** Abbreviations whose full stop ends no sentence. */
const NO_END_WORD = /(?:\b(?:No|Nos|Art|Arts|Para|Paras|Sec|Co|Ltd|Inc|Corp|Mr|Ms|Mrs|Dr|St|Cap|vs|etc|cf|Id|id|al|Rev|Vol|p|pp)|\b[A-Z]|\b(?:e\.g|i\.e|U\.S|P\.R\.C))$/;

// Apart from english/text/sentence.ts: it counts a span's ends, a quotation's or abbreviation's (No., Art.) none.
/**
 * How many sentences end in [from, to), the words in quotation marks aside (a quoted article's text is part of the
 * sentence quoting it); counting stops at `limit` + 1.
 */
export function sentenceEndsBetween(text: string, from: number, to: number, limit: number, ends?: number[]): number {
  let n = 0;
  let curly = 0;
  let straight = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    // A full stop, "!" or "?" right before the mark that closes the quotation, then a space: American punctuation ends
    // the quoting sentence inside the marks ('It states that the region "shall enact laws …." The first attempt …') —
    // the quotation and its sentence end together, as a full stop after the closing mark would end them.
    if ((ch === '.' || ch === '!' || ch === '?') && (curly === 1 ? text[i + 1] === '”' : straight && curly === 0 && text[i + 1] === '"') && /\s/.test(text[i + 2] ?? '\n')) {
      ends?.push(i + 1);
      if (++n > limit) return n;
      continue;
    }
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight = !straight;
    else if (ch === '\n' && text[i + 1] === '\n') {
      // A paragraph ends any quotation left open (a quotation mark lost or unpaired on the page).
      curly = 0;
      straight = false;
    } else if ((ch === '.' || ch === '!' || ch === '?' || ch === '。') && curly === 0 && !straight) {
      let j = i + 1;
      while (j < to && /["”’')\]]/.test(text[j])) j++;
      if (j < to && !/\s/.test(text[j]) && ch !== '。') continue;
      if (ch === '.' && (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '') || NO_END_WORD.test(text.slice(Math.max(0, i - 6), i)))) continue;
      ends?.push(j);
      if (++n > limit) return n;
    }
  }
  return n;
}

/**
 * Rule (issue 14, fix-en42; heldout35 English: "… Article 4 of the China Trademark Law, dictates that … . This
 * provision serves as the primary basis for rejection … . The application of this article is crucial …", and a
 * glossary's "PIPL Article Thirty-Eight Requirements delineate … . These requirements are central … . Compliance with
 * this Article is …"): a sentence that opens by pointing back at the article ("This provision", "These requirements",
 * "The article", "It") goes on speaking of it, so "this article" in the sentence after it still points back to the
 * article named before — as far as every sentence between opens so (two at most), on the same line. A sentence between that opens
 * otherwise ("The court …", "In 2019 …") has moved on: the reading stays the sentence before only.
 */
const POINTS_BACK = /^["“(]?(?:(?:This|These|That|Those|Such|The|Said)[ \t]+(?:(?:said|above|same|statutory|legal|key)[ \t]+)?(?:provisions?|articles?|rules?|requirements?|clauses?|obligations?|conditions?|stipulations?)|It|They)\b/;

/** Whether every sentence from the article's (ending at `from`) to the anaphor's at `to` but the last opens by pointing back (above). */
export function keptBySentences(text: string, from: number, to: number, most: number): boolean {
  // Within one paragraph, on its line: a new paragraph or a caption line between has moved on (fix-en24b: "It states
  // that …" ⏎⏎ "The first attempt to implement the article …" is no mention; heldout34 English: "… This legal
  // requirement strengthens …" ⏎ "Provision" ⏎ "The article specifically provisions …" starts a new section).
  if (/[\r\n]/.test(text.slice(from, to))) return false;
  const ends: number[] = [];
  if (sentenceEndsBetween(text, from, to, most + 1, ends) > most + 1) return false;
  // The sentences between: each starts after an end but the last end (which starts the anaphor's sentence).
  for (const e of ends.slice(0, -1)) {
    const rest = text.slice(e, Math.min(to, e + 60)).replace(/^\s+/, '');
    if (!POINTS_BACK.test(rest)) return false;
  }
  return ends.length >= 2;
}

/**
 * Rule (issue 14, fix-en52; heldout38 English, pages of commentary on one article: "Chinese Civil Code Article 585
 * governs … . This provision establishes … . Crucially, the Article grants the court … the authority to adjust …";
 * "… surrounding Article 585. When foreign entities … . Legal translation must … remain cognizant of the Article’s
 * inherent power …"; "Article Sixty-Nine of the … PIPL establishes …" ⏎ "Provision" ⏎ "… Crucially, the Article sets
 * out rules …"): a commentary on one article goes on calling it "the Article" past the next sentence and through its
 * own short section headings, as long as it names no other article or law — when the writer shows that the article is
 * meant: "Article" capitalised inside a sentence ("the Article", "this Article", "the Article’s"), as a statute's own
 * "this Article" is and a writer's own piece never is; a word of weight before it ("the application of this
 * foundational article", ANAPHOR_ADJECTIVE); or the article already so called since it was named (`calledSo`: "…
 * the article also covers …" ⏎ "Mandate" ⏎ "The article explicitly mandates …"). A plain "this article" two
 * sentences on stays the sentence rule's (fix-en42: "… The court heard the widget case in May. The application of this
 * article is crucial …" is none; heldout34 English: "… This legal requirement strengthens …" ⏎ "Provision" ⏎ "The
 * article specifically provisions …" opens a new section, none). Another article named since ends that reach (the
 * scanner's articleBefore finds that one), and so here does another law's name, a blank line (a new paragraph of
 * prose) or a distance of more than 3,000 characters.
 */
export function keptInCommentary(text: string, refStart: number, refEnd: number, anaphor: string, to: number, calledSo: boolean): boolean {
  if (refStart < 0 || to - refEnd > 3000) return false;
  const between = text.slice(refEnd, to);
  if (/\n[ \t]*\r?\n/.test(between) || /[《〈]/.test(between)) return false;
  const marked = /^(?:the|this|that)[ \t]+(?:[a-z]+[ \t]+)?Article$/.test(anaphor) || new RegExp(`^\\w+[ \\t]+(?!said\\b)${ANAPHOR_ADJECTIVE}[ \\t]`, 'i').test(anaphor);
  if (!marked && !calledSo) return false;
  const cited = text.slice(refStart, refEnd);
  for (const m of between.matchAll(OTHER_LAW_NAME)) {
    const name = m[0].replace(/^(?:The|This|That|Its|Under|In|Of|A|An)[ \t]+/, '');
    if (!cited.includes(name)) return false;
  }
  return true;
}

/** An English law's name in capitals: "Security Law", "The Company Law", "Provisions on …" is not (its noun leads). */
const OTHER_LAW_NAME = /\b(?:[A-Z][\w’'-]*[ \t]+){1,8}(?:Law|Code|Regulations?|Measures|Provisions|Rules|Interpretations?|Act|Constitution|Convention|Minutes)\b/g;
