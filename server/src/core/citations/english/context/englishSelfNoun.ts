// Rule (issue 14, heldout11-english: a regulation's own text copied with run-on headings and no title in view): "these
// Provisions", "these Regulations", "this Law" name a text by its kind, as 本规定, 本条例, 本法 do. In the text under a
// quoted article's heading, "of this Law" is the quoted law; but a text that calls itself "these Provisions" is no law
// (法), and one that calls itself "this Law" or "this Code" is a law: "Article 1 These Provisions are enacted in
// accordance with Article 210 of the Maritime Code … Article 3 … except as provided in Article 4 of these Provisions"
// is the provisions' own article 4 (a self reference), never the Maritime Code's.
import { titleBeforeNote } from '../../text';

/** A law's kind (法, 法典) or a regulation's (条例, 规定, 办法, 规则, 细则, 解释, 决定), from its Chinese title. */
function isLaw(title: string): boolean {
  const t = titleBeforeNote(title);
  return /法典?$/.test(t) && !/办法$/.test(t);
}

/**
 * Whether the self noun as written ("these Provisions", "this Law", "hereof") can name a text titled `title`: false
 * only when the noun says a law and the title is no law, or the noun says a regulation, rules or provisions and the
 * title is a law.
 */
export function selfNounFits(written: string, title: string): boolean {
  const noun = /\b(Law|Code|Regulations?|Provisions|Measures|Rules|Interpretations?|Decision)\s*$/i.exec(written)?.[1].toLowerCase();
  if (!noun) return true;
  return (noun === 'law' || noun === 'code') === isLaw(title);
}

/** The Chinese title endings each English self noun translates. */
const KIND_ENDINGS: Record<string, RegExp> = {
  provisions: /规定$/, regulations: /条例$/, regulation: /条例$/, measures: /办法$/, rules: /(?:规则|细则)$/,
  interpretation: /解释$/, interpretations: /解释$/, decision: /决定$/,
};

/**
 * Whether the self noun as written names a text of exactly this kind ("these Provisions" a 规定, "these Regulations"
 * a 条例): the provisions whose title the page printed above their articles ("Provisions of the Supreme People's Court
 * on … ⏎ Article 1 … Article 4 … Article 3 of these Provisions"), when a law cited in their text came between.
 */
export function selfNounNames(written: string, title: string): boolean {
  const noun = /\b(Regulations?|Provisions|Measures|Rules|Interpretations?|Decision)\s*$/i.exec(written)?.[1].toLowerCase();
  const t = titleBeforeNote(title);
  return !!noun && KIND_ENDINGS[noun].test(t);
}
