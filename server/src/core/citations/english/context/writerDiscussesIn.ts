// Rule (issue 14, heldout56-english p15; a firm's note: "Under Article 1018 of Civil Code, natural people enjoy portrait
// rights. … they may obtain property rights …, which we do not discuss in this article and will write another
// article"): a writer says what they discuss, cover or leave out "in this article" with themselves as the subject —
// "we do not discuss in this article", "I will address in this article", "as we explained in this article". A
// provision never speaks in the first person, so "this article" after "we"/"I" + a verb of writing (a modal, "not" or
// a word of place between them) is the writer's piece, not the article named just before. Without the first person
// ("the rights set out in this article") it stays the article named.

const MODAL = '(?:(?:do|does|did|will|shall|would|can|could|may|might|must|should|have|had|cannot|won[\'’]t|don[\'’]t|didn[\'’]t|can[\'’]t)[ \\t]+)?(?:not[ \\t]+)?';
const SOFT = '(?:(?:also|further|briefly|only|mainly|first|then|just|already)[ \\t]+)?';
const WRITE = '(?:discuss|cover|address|explain|examin|analy[sz]|consider|mention|describ|explor|review|introduc|outlin|summari[sz]|focus(?:[ \\t]+on)?|deal[ \\t]+with|dealt[ \\t]+with|touch(?:ed)?[ \\t]+(?:on|upon)|elaborat(?:e|ed)[ \\t]+on|set[ \\t]+out|talk(?:ed)?[ \\t]+about|wr(?:ite|ote|itten)[ \\t]+about)(?:e|ed|es|s|d|ing)?';
const PLACE = '(?:(?:here|later|below|above|earlier|further|briefly|in[ \\t]+detail|in[ \\t]+depth)[ \\t]+)?';

/** "we do not discuss in ", "I will explain later in ": the words right before "this article". */
const WRITER_BEFORE = new RegExp(`\\b(?:we|I)[ \\t]+${MODAL}${SOFT}${WRITE}[ \\t]+${PLACE}in[ \\t]+$`);

/** Whether the words before `p` (where "this article" starts) make it the writer's own piece, in the first person. */
export function writerDiscussesIn(text: string, p: number): boolean {
  return WRITER_BEFORE.test(text.slice(Math.max(0, p - 80), p));
}
