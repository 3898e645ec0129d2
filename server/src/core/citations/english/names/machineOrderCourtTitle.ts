// Rule (issue 14, round 31 f111-en; heldout55 English, a procuratorate's article machine-translated: "The Supreme
// People's Court on the concrete application of law in trying criminal cases of traffic accident problem of
// interpretation (hereinafter referred to as the "explanation") as prescribed in paragraph 2 of article 2: …"): a
// machine keeps the Chinese order of 最高人民法院关于……若干问题的解释 — the issuer, "on" (关于), the subject, then
// "(several) problem(s) of interpretation" (若干问题的解释), the kind word last. The words are the title a translator
// would write "Interpretation of the Supreme People's Court on <subject>", which the court titles' reading by words
// (englishCourtTitleWords.ts) then names — the one corpus text whose Chinese title renders every word of the subject,
// else a title the corpus cannot tell. Read only when a short name is defined right after it and that name is the
// kind word ("explanation", "interpretation", "provisions"): the definition is what marks the words as a title; the
// issuer must be a top court or procuratorate, the words in one sentence (no stop, bracket or quotation mark).

/** The issuers such a title opens with: a top court, both, or the top procuratorate. */
const ISSUER = "(Supreme\\s+People['’]s\\s+Court(?:\\s+and\\s+(?:the\\s+)?Supreme\\s+People['’]s\\s+Procuratorate)?|Supreme\\s+People['’]s\\s+Procuratorate)";
/** The issuer and "on", where the title starts (the last one before the definition is taken). */
const OPENING = new RegExp(`(?<![A-Za-z])(?:[Tt]he\\s+)?${ISSUER}\\s+on\\s+`, 'g');
/** The kind last: "(several) problem(s) of interpretation", 若干问题的解释 / 规定 / 意见 / 规则 word by word. */
const KIND_LAST = /\s+(?:(?:several|some|certain)\s+)?(?:problems?|issues?|questions?)\s+of\s+(?:the\s+)?(interpretations?|explanations?|provisions|opinions|rules)\s*$/i;
/** The English kind word a translator opens the title with. */
const KIND: Record<string, string> = { interpretation: 'Interpretation', interpretations: 'Interpretation', explanation: 'Interpretation', explanations: 'Interpretation', provisions: 'Provisions', opinions: 'Opinions', rules: 'Rules' };

/**
 * The title in the Chinese order ending at `end` (where the definition's bracket opens) whose short name `short` (without
 * "the") is its kind word (the rule above): where it starts and its words as a translator orders them, else null.
 */
export function machineOrderCourtTitleEndingAt(text: string, end: number, short: string): { start: number; written: string } | null {
  const from = Math.max(0, end - 320, text.lastIndexOf('\n', end - 1) + 1);
  const window = text.slice(from, end);
  let open: RegExpExecArray | null = null;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(window); m; m = OPENING.exec(window)) open = m;
  if (!open) return null;
  const rest = window.slice(open.index + open[0].length);
  const kind = KIND_LAST.exec(rest);
  if (!kind) return null;
  const subject = rest.slice(0, kind.index);
  if (!/[a-z]/.test(subject) || /[.;:!?()"“”「」]/.test(subject)) return null;
  const named = KIND[kind[1].toLowerCase()];
  if (!named || KIND[short.toLowerCase()] !== named) return null;
  return { start: from + open.index, written: `${named} of the ${open[1].replace(/\s+/g, ' ')} on ${subject.replace(/\s+/g, ' ')}` };
}
