// Rule (round 33, f131-en2; heldout57 English p10, a machine-translated study page: 'Articles 46 and 68 "Relevant
// Clauses" of the Arbitration Law; Articles 8-9, 13, 23, 67 and 74 of the Provisions on Evidence …'): a caption in
// quotation marks between an article (or a list of articles) and "of <law>" — the Chinese page's 【相关条款】 left in
// place by the translation, or an article's own heading ('Article 12 "Scope" of the Company Law') — is no part of the
// reference: the law after "of" owns the articles, as with no caption between. Only a caption: one to four words, each
// capitalised (short linking words aside), in quotation marks straight after the number, with "of" straight after the
// closing mark. A writer's quoted words ('Article 71 says "shareholders may …" of …') have a verb before them.

/** ' "Relevant Clauses"', ' “Related Provisions”': the caption, the spaces before it and after it, up to "of". */
const QUOTED_CAPTION = /^[ \t]*["“][A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|of|and|on|to|the|for|in)){0,3}["”](?=[ \t]+of[ \t])/;

/** The length of a quoted caption between an article ending at `end` and its "of <law>", or 0. */
export function quotedCaptionLength(text: string, end: number): number {
  const m = QUOTED_CAPTION.exec(text.substr(end, 60));
  return m ? m[0].length : 0;
}
