// A film, book or series titled after an article of a law, as news and commentary write its title: 'the film
// "Article 20"', 'the Spring Festival movie "Article 20"', and, once named so, the same title quoted again ('"Article
// 20," tells the story of …'). The quotation holds the label alone: it names the work, not the article — that one is
// cited beside it without quotation marks ("… comes from Article 20 of China's Criminal Law"). A headline quotes the
// title before the text names the work ('"Article 20" hits, experts explain …' above 'the movie "Article 20" is …'),
// and machine-translated news spaces the marks off the label ('the movie " Article 20 ", which …'): the same work.
// A page that breaks its lines after each sentence may lose the opening mark with the line break: 'What is "Article
// 20".' ⏎ 'Article 20" refers to …' — the label opening its line with the closing mark right after it is quoted too.

// Rule (issue 14, real-en33; a China Daily story: "In February, the film Article 20, directed by Zhang Yimou, drew its
// name from Article 20 of the Criminal Law"): news in English italicizes a work's title rather than quoting it, and the
// italics are lost in plain text — the label right after "the film", "the movie", "the TV series" … and closed there
// (a comma, a stop, the end of the line, or the sentence going on with a verb: "the film Article 20 tells …") is the
// work's title too. Not a label that goes on to its law or its paragraph ("the film Article 20 of the Criminal Law"
// is not written; "… Article 20, paragraph 2" cites), and only after the words that name nothing but a work, not after
// "book", "show" or "programme", which also name a list or a scheme.

/** Words naming a creative work, written right before its quoted title. */
const WORK = /\b(?:film|movie|motion picture|picture|series|drama|documentary|book|novel|play|song|show|programme|program|episode|opera|musical|TV|television)[ \t]*$/i;
const OPEN = /["“‘']/;

/** The label quoted alone at [start, end), its quotation marks around it (a space inside allowed): the opening mark's offset, else -1. */
function quotedAlone(text: string, start: number, end: number): number {
  const closed = /^ ?[,.]?["”’']/.test(text.substr(end, 3));
  if ((start === 0 || text[start - 1] === '\n') && /^ ?[,.]?["”](?![A-Za-z])/.test(text.substr(end, 4))) return start;
  const open = text[start - 1] === ' ' ? start - 2 : start - 1;
  if (!OPEN.test(text[open] ?? '')) return -1;
  return closed ? open : -1;
}

/**
 * Whether the article label at [start, end) is the quoted title of a work: quoted alone, right after a word naming a
 * film, book, series …, or quoted alone where the document names a work so (before or after it).
 */
export function workTitleAt(text: string, start: number, end: number): boolean {
  if (unquotedWorkTitleAt(text, start, end)) return true;
  const open = quotedAlone(text, start, end);
  if (open === -1) return false;
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (WORK.test(text.slice(Math.max(lineStart, open - 40), open))) return true;
  // The same title named as a work elsewhere in the document.
  const label = text.slice(start, end);
  for (let i = text.indexOf(label); i !== -1; i = text.indexOf(label, i + 1)) {
    if (i === start) continue;
    const o = quotedAlone(text, i, i + label.length);
    if (o !== -1 && WORK.test(text.slice(Math.max(text.lastIndexOf('\n', o - 1) + 1, o - 40), o))) return true;
  }
  return false;
}

/** Words naming nothing but a creative work, written right before its title in italics (lost in plain text). */
const WORK_ONLY = /\b(?:film|movie|motion picture|documentary|drama|TV series|television series|web series|novel|opera|musical)[ \t]$/i;

/** What may follow an unquoted work title: closing punctuation, the line's end, or a verb going on (not its law or a paragraph). */
const WORK_TITLE_CLOSED = /^(?:[ \t]?[,.;:!?)\]]|[ \t]*(?:\n|$)|[ \t]+(?!of\b|in\b|and\b|or\b|to\b|through\b|under\b|para|item|clause|sub|provid|stipulat|stat|read|says?\b|prescrib)[a-z]+)/;

/** The label at [start, end), unquoted, right after "the film", "the movie" … and closed there: a work's title (rule above). */
function unquotedWorkTitleAt(text: string, start: number, end: number): boolean {
  if (!WORK_ONLY.test(text.slice(Math.max(0, start - 20), start))) return false;
  return WORK_TITLE_CLOSED.test(text.slice(end, end + 20));
}
