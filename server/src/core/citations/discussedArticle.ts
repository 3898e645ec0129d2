// Which article a writer's 本条 names outside a regulation (analyze.ts: the article under discussion).
//
// Rule (issue 14, zh15; commentaries and trial-practice articles on one provision of an interpretation): a writer names
// the provision, quotes its words (其中第9条规定了…，该条规定“…依据某某法第一百四十八条规定…”) and then calls it 本条
// in his own sentences. A law named inside the words quoted is the provision's cross-reference, not what the writer
// discusses: his 本条 after the quotation is still the provision. So is an article he names in passing to set it
// against the provision (本条适用的前提是…，否则应适用《某法》第三十九条…；是适用本条，还是《某法》第三十九条): once the
// paragraph has called the provision 本条, a later 本条 in it keeps to that provision, unless a sentence opened with
// another article meanwhile (analyze.ts subjectBefore: 《某法》第四十八条规定…。本条… is article 48). An article the words
// quoted add (…第22条规定：“在某法第133条后增加一条，作为第133条之一：…”) is what the writer discusses next: his 本条.

/** Words that introduce a provision's text in quotation marks: 规定“, 规定：“, 规定，“, 载明“, 指出“. */
const INTRODUCES_WORDS = /(?:规定|载明|写明|指出|明确)[：:，,]?[ \u3000]*$/;

/**
 * Whether `offset` is inside quotation marks (the nearest “ or ” before it, on its paragraph, is “) opened right
 * after words introducing a provision's text.
 */
export function inQuotedProvision(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= Math.max(0, offset - 1500); i--) {
    const ch = text[i];
    if (ch === '”' || ch === '\n') return false;
    if (ch === '“') return INTRODUCES_WORDS.test(text.slice(Math.max(0, i - 8), i));
  }
  return false;
}

/** Whether [from, to) lies within one paragraph (no line break between). */
export function sameParagraph(text: string, from: number, to: number): boolean {
  return from <= to && !text.slice(from, to).includes('\n');
}
