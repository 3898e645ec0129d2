// A law named in the enacting formula of the text that follows, in English (issue 14, twelfth round of English pages:
// translated judicial interpretations and implementing regulations, and Q&A pages quoting them). Rule: the law a
// text is made "in accordance with" is its basis, not the text itself — "These Implementing Regulations are formulated
// in accordance with the Trademark Law of the People's Republic of China", "… according to the relevant provisions of
// the Criminal Law of the People's Republic of China, some issues … are explained as follows:" — so the articles
// printed after it ("Article 1 Whoever …" ⏎ "… the amount specified in the preceding paragraph") are the
// interpretation's or the regulations' own, not that law's, as 根据《刑法》…，制定本解释 makes 本解释 no 刑法. Only in
// the sentence of the formula: a word of basis right before the title and a verb of making in the same sentence.

import { sentenceClose, sentenceOpen } from '../text/sentence';

/** The words of basis before the law's title: "in accordance with (the relevant provisions of) the …". */
const BASIS_BEFORE = /\b(?:in[ \t]+accordance[ \t]+with|according[ \t]+to|pursuant[ \t]+to|on[ \t]+the[ \t]+basis[ \t]+of|based[ \t]+on)(?:[ \t]+the[ \t]+(?:relevant[ \t]+)?provisions[ \t]+of)?[ \t]+(?:the[ \t]+)?["“]?$/i;

/**
 * The formula names its basis laws in a list (issue 14, heldout tuning sets: "pursuant to the relevant provisions of the
 * Criminal Law and the Criminal Procedure Law …, the interpretation … is hereby rendered as follows:"): a title after
 * "and" or a comma that follows the words of basis and another title in the same clause is a basis too — also when
 * the title before it ends with the country's name (fix-en63, heldout41 English p08: "in accordance with the
 * provisions of the Patent Law of the People's Republic of China, the Torts Liability Law of the People's Republic of
 * China, the Civil Procedures Law of the People's Republic of China and other relevant laws").
 */
const BASIS_LIST_BEFORE = /\b(?:in[ \t]+accordance[ \t]+with|according[ \t]+to|pursuant[ \t]+to|on[ \t]+the[ \t]+basis[ \t]+of|based[ \t]+on)(?:[ \t]+the[ \t]+(?:relevant[ \t]+)?provisions[ \t]+of)?[ \t]+(?:the[ \t]+)?["“]?[A-Z][^.;:\n]{0,150}?\b(?:Law|Code|Regulations|Provisions|Measures|Rules)(?:[ \t]+of[ \t]+(?:the[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China)?["”]?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?["“]?$/i;

/**
 * A verb that makes the text after the formula: formulated, enacted, made, explained, interpreted, drawn up, laid
 * down, rendered ("the interpretation … is hereby rendered as follows").
 */
const MAKING = /\b(?:formulated|enacted|made|explained|interpreted|drawn[ \t]+up|laid[ \t]+down|rendered)\b/;

/** Where the formula's sentence opens: after a full stop before a space (the space kept), a line break or 。. */
const ENACTING_SENTENCE_OPEN = /\.(?= )|\n|。/g;
/** Where it closes: a full stop, 。 or a colon before a space or the end of the 300 characters read, or a line break. */
const ENACTING_SENTENCE_CLOSE = /[.。:：](?:\s|$)|\n/;

/** Whether the title at [start, end) is named in the enacting formula of a text (the rule above). */
export function inEnactingClause(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 80), start);
  if (!BASIS_BEFORE.test(near) && !BASIS_LIST_BEFORE.test(text.slice(Math.max(0, start - 240), start))) return false;
  // The sentence around it: from the last sentence end before it to the next one (a colon closes "as follows:").
  const from = sentenceOpen(text, Math.max(0, start - 300), start, ENACTING_SENTENCE_OPEN);
  const to = sentenceClose(text, end, end + 300, ENACTING_SENTENCE_CLOSE);
  const sentence = text.slice(from, start) + text.slice(end, to);
  return MAKING.test(sentence);
}
