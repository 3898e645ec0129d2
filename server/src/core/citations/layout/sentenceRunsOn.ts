// Rule (issue 14, zh9; Q&A pages and articles that paraphrase a law): a writer citing a law paraphrases its sentence
// and the sentence may go on past a line break — 根据《某某法》第十条的规定，…；⏎…应当依照本法第三十条规定… — when the
// line ends inside the sentence (after ，or ；) and the law's words began on the citing line, the next line is the same
// sentence, and its 本法 is the law cited, as on the citing line (analyze.ts paraphrasedLaw). A line ending with 。,
// ！, ？, a colon or no mark at all (a heading), or a blank line, ends the paraphrase.

// No sentence's start or end is read here (text.ts sentenceStart): whether one goes on over line breaks.
/** Whether [from, to) runs on over line breaks within one sentence: each break right after ，or ；, none ending one. */
export function sentenceRunsOn(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (!between.includes('\n') || /[。！？!?]|\n[ \t\u3000]*\n/.test(between)) return false;
  const lines = between.split('\n');
  // The paraphrase starts on the citing line: words of the law after 规定， (a line ending with 第十条规定， alone goes on
  // with the writer's own sentence).
  if (!/[\u4e00-\u9fff]{4}/.test(lines[0].replace(/^[ \u3000]*(?:的|之)?(?:相关|有关)?规定[，,：:]?/, ''))) return false;
  return lines.slice(0, -1).every((line) => /[，；,;][ \t\u3000\r]*$/.test(line));
}
