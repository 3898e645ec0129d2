// Rule (issue 14, fix-en40; notes and memos on two statutes at once: "Listed companies are governed by the Company Law
// and the Securities Law. Article 5 of the latter requires disclosure", "China joined the New York Convention and the
// Hague Service Convention. Article V(1) of the former lists the grounds"): "of the former" / "of the latter" after a
// sentence naming two laws is the law named first / second — read as that title is, known (resolved) or not (a
// treaty's or a foreign law's, read as such). The two laws named in the sentence of the label before it, or, naming
// none there, in the sentence before; exactly two titles, or the words name nothing the tool can tell (a sentence
// naming one law or three: no citation, as "of the latter" was read before). Only "the former" / "the latter" standing
// for a law: alone, or with a law's noun ("the latter law", "the latter one"), then a stop, a comma, a verb (a word in
// -s or -ed that is no document's plural: "limits", "provided") or a joining word — "of the former employer", "of the
// former regulations", "of the former Soviet Union" and "of the former Company Law" (an earlier text:
// englishOriginalArticle.ts) are none. A treaty is read by its title ("the New York Convention", "the TRIPS
// Agreement": treatyTitleAt), a name the corpus lacks.

/** "former" / "latter" (after "of the") standing for a law, and where those words end. */
const FORMER_LATTER = /^([Ff]ormer|[Ll]atter)(?:[ \t]+(?:one|law|statute|act|code|convention|treaty|agreement))?(?![\w-])(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:is|was|are|were|has|had|have|shall|may|must|can|could|would|should|will|does|did|also|further|expressly|clearly|which|that|as|and|or|in|on|to|for|with|by|at|under)\b|[ \t]+(?!(?:rules|regulations|provisions|measures|laws|acts|codes|contracts|agreements|articles|terms|versions|texts|statutes|employees|employers|members|owners|shareholders|directors|parties|words|sections|chapters|judgments|interpretations|opinions|companies|colonies|states|territories)\b)[a-z]+(?:s|ed)\b)/;

/** A treaty's title at a position: "the New York Convention", "the Hague Service Convention", "the TRIPS Agreement". */
const TREATY_TITLE = /(?:[A-Z][\w'’.-]*[ \t]+(?:(?:on|of|for)[ \t]+(?:the[ \t]+)?)*){1,8}(?:Convention|Treaty|Covenant)(?![\w-])|[A-Z]{3,6}[ \t]+Agreement(?![\w-])/y;

/**
 * Rule (issue 14, fix-en40): a single roman letter before "of the former" / "of the latter" (Article V(1) of the latter)
 * is an article's number, as before a convention's name (englishConventionShort.ts) — read only when the law it
 * stands for is a treaty's or another state's, never a Chinese law's (english.ts).
 */
const PAIR_AFTER = /^(?:\(\d{1,2}\)(?:\([a-z]\))?)?,?[ \t]+of[ \t]+the[ \t]+(?:former|latter)(?![\w-])/;

/** Whether "of the former" / "of the latter" follows a roman article number ending at `end` (the rule above). */
export function formerLatterAfter(text: string, end: number): boolean {
  return PAIR_AFTER.test(text.substr(end, 40));
}

/** The treaty's title at p (TREATY_TITLE), a name the corpus lacks; null when none starts there. */
export function treatyTitleAt(text: string, p: number): FoundTitle | null {
  TREATY_TITLE.lastIndex = p;
  const m = TREATY_TITLE.exec(text);
  return m ? { end: p + m[0].length, written: m[0].replace(/\s+/g, ' '), unknownName: true } : null;
}

/** A sentence's end: a stop, then a space or a line break. */
const SENTENCE_END = /[.!?][ \t]*(?:\r?\n|[ \t](?=[ \t]*["“(]?[A-Z0-9]))|\n[ \t]*\r?\n/g;

/** A title found at a position: its end and its name as the tool reads it (unknown: a name the corpus lacks). */
export interface FoundTitle {
  end: number;
  written: string;
  unknownName?: boolean;
}

// Apart from english/text/sentence.ts: its stop looks past p (a capital: the label at p), so the whole text is read.
/** Where the sentence holding p starts (after the last sentence end before it). */
function sentenceStart(text: string, p: number, floor: number): number {
  let start = floor;
  SENTENCE_END.lastIndex = floor;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= p; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  return start;
}

/** A sentence's opening or joining word, where no title starts ("The Company Law …" is read from "Company"). */
const NO_TITLE_WORD = /^(?:The|This|That|These|Those|Both|Either|Neither|Under|In|On|Of|For|By|As|At|To|From|With|And|Or|But|See|If|When|Where|While|Since|After|Before|Unless|Although|According|Pursuant|Article|Articles)\b/;

/** The titles named from `from` to `to`, in order (each found where a capitalised word starts). */
function titlesIn(text: string, from: number, to: number, titleAt: (p: number) => FoundTitle | null): (FoundTitle & { start: number })[] {
  const out: (FoundTitle & { start: number })[] = [];
  const word = /(?<![A-Za-z0-9'’-])[A-Z]/g;
  word.lastIndex = from;
  for (let m = word.exec(text); m && m.index < to; m = word.exec(text)) {
    if (NO_TITLE_WORD.test(text.substr(m.index, 12))) continue;
    const t = titleAt(m.index);
    // Not two titles read as one ("The Company Law and the Securities Law").
    if (!t || t.end > to || /\s(?:and|or)\s+the\s/.test(t.written)) continue;
    out.push({ ...t, start: m.index });
    word.lastIndex = t.end;
  }
  return out;
}

/**
 * "former" / "latter" at t0 (after "of the"), standing for a law (the rule above): the title it stands for and where
 * its words end; null when the words name no law or the sentences before name other than two. `titleAt` reads a title
 * where a capitalised word starts, as the tool reads one after "of the".
 */
export function formerLatterAt(text: string, t0: number, labelStart: number, titleAt: (p: number) => FoundTitle | null): (FoundTitle & { wordsEnd: number }) | null {
  const m = FORMER_LATTER.exec(text.substr(t0, 30));
  if (!m) return null;
  const chosen = pairMember(text, labelStart, m[1].toLowerCase() === 'former', titleAt);
  return chosen ? { ...chosen, wordsEnd: t0 + m[0].length } : null;
}

/** The law named first (or second) of the two the sentence of `before`, or the one before it, names (the rule above). */
function pairMember(text: string, before: number, first: boolean, titleAt: (p: number) => FoundTitle | null): FoundTitle | null {
  const floor = Math.max(0, before - 600);
  const here = sentenceStart(text, before, floor);
  let titles = titlesIn(text, here, before, titleAt);
  if (titles.length === 0 && here > floor) titles = titlesIn(text, sentenceStart(text, here - 1, floor), here, titleAt);
  const distinct = titles.filter((t, i) => titles.findIndex((u) => u.written === t.written) === i);
  if (distinct.length !== 2) return null;
  const chosen = first ? distinct[0] : distinct[1];
  return { end: chosen.end, written: chosen.written, ...(chosen.unknownName ? { unknownName: true } : {}) };
}

/** "the former's " / "the latter's " right before an article's label (the rule above, in the possessive). */
const PAIR_POSSESSIVE = /(?<![A-Za-z])([Tt]he)[ \t]+([Ff]ormer|[Ll]atter)['’]s[ \t]+$/;

/**
 * "the latter's Article 5", "the former's Article 20": the law "the former" / "the latter" stands for (the rule
 * above), named in the possessive right before the article's label at p; where those words start and end, or null.
 */
export function formerLatterBefore(text: string, p: number, titleAt: (p: number) => FoundTitle | null): (FoundTitle & { start: number; wordsEnd: number }) | null {
  const m = PAIR_POSSESSIVE.exec(text.slice(Math.max(0, p - 20), p));
  if (!m) return null;
  const start = p - m[0].length;
  const chosen = pairMember(text, start, m[2].toLowerCase() === 'former', titleAt);
  return chosen ? { ...chosen, start, wordsEnd: p - m[0].length + m[0].trimEnd().length } : null;
}
