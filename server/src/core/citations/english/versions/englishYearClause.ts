// Rule (issue 14, fix-en60; a paper on state compensation: "The enactment of the state compensation law in 1994 is an
// important milestone … In 2010, the revised "state compensation law" … Among them, the article 35: "… referred to in
// article 3 or … article 17 …""): a sentence opening with the year of a revision, then the revised law — "In 2010, the
// revised X Law …", "In 2018, the newly amended X Law …" — is about the text that revision made, as 2010年修订的《国家赔偿法》
// is, and the bare articles read by the law after it are that text's (unknown-regulation when the corpus lacks it),
// as after "the 2010 X Law". Only the year clause opening the sentence right before the words of revision: "the revised
// X Law" without it is the text in force, and a year elsewhere in the sentence ("In 2010 it said that the revised …")
// dates something else.

/** "In 2010, the revised " (or "the newly amended", an opening quotation mark after it) right before the title. */
const REVISED_IN_YEAR_BEFORE = /(?:^|[.!?;]["”’)]?[ \t]+|\n[ \t]*)In[ \t]+((?:19[5-9]|20\d)\d),?[ \t]+the[ \t]+(?:(?:newly|recently)[ \t]+)?(?:revised|amended)[ \t]+["“]?$/;

/** The year of the revision a sentence opens with right before the title at `start` (the rule above), else null. */
export function revisedInYearBefore(text: string, start: number): number | null {
  const m = REVISED_IN_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  return m ? +m[1] : null;
}
