// "Article 33 of the Patent Law and Article 51 of the Implementing Rules" (issue 14, fix-en41; examination guides and
// notes on a law and its implementing rules): writers who have just cited a law's article name its implementing rules
// (实施细则, 实施条例) by the kind alone — "the Implementing Rules", "the Implementing Regulations", "the Detailed
// Implementing Rules" — as Chinese writers write 专利法第三十三条和实施细则第五十一条. The rule read here: such a bare
// kind, with no law named after it, is the implementing text of the law whose article the same sentence cited last
// ("the Implementing Rules of the Patent Law", read by englishComposed.ts, resolved when the corpus holds them and an
// unknown regulation when not). With no law cited before it in the sentence it stays as written (an unknown title).

/** A bare kind of implementing text, no law named: "Implementing Rules", "the Detailed Implementing Regulations". */
const BARE_IMPLEMENTING = /^(?:the[ \t]+)?(?:Detailed[ \t]+)?(?:Implementing|Implementation)[ \t]+(?:Rules|Regulations)$/i;

/**
 * The title `written` names when it is a bare kind of implementing text and `lawWritten` (a law's English title or
 * short name, "Patent Law") is the law cited before it in the sentence: "Implementing Rules of the Patent Law"; else null.
 */
export function implementingTitleOf(written: string, lawWritten: string | undefined): string | null {
  if (!lawWritten || !BARE_IMPLEMENTING.test(written.trim()) || !/(?:Law|Code)$/.test(lawWritten)) return null;
  const kind = written.trim().replace(/^the[ \t]+/i, '');
  return `${kind} of the ${lawWritten.replace(/^the[ \t]+/i, '')}`;
}
