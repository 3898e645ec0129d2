// Rule (issue 14, amending decisions in English — the State Council's and the NPC Standing Committee's decisions as
// LexisNexis China, the NPC's site and news pages translate them): an amending item names the paragraph or the
// subparagraph it changes without repeating the article it has just named — "Item 1, Paragraph 1 of Article 35 of the
// Regulations on Urban Water Supply shall be deleted. Paragraph 2 shall be revised to read: …", "Article 11 is changed
// to be Article 12, and Subparagraph (3) of the first paragraph is revised to read: …" — and those are that article's
// (its paragraph 2; item 3 of its paragraph 1), as 同条第二款 is the article cited last (the analyzer reads a unit cited
// alone in the article cited last). Only as the subject of an amending verb ("is / shall be revised, amended, changed,
// modified, deleted"), and only in the same amending item as that article (the scanner asks for no blank line between
// them): "paragraph 2" in a writer's prose, or a paragraph with its article after it ("the first paragraph of Article
// 31 is revised"), is left to the other rules.

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8 };

const AMENDED_UNIT = new RegExp(
  '(?<![A-Za-z])(?:(?:The|the)[ \\t]+)?(?:(?:Sub-?paragraph|Subparagraph|Item)[ \\t]*\\((\\d{1,2})\\)[ \\t]+of[ \\t]+)?' +
    `(?:(?:the[ \\t]+)?(${Object.keys(ORDINAL).join('|')})[ \\t]+paragraph|(?:Paragraph|(?<=original[ \\t]+)paragraph)[ \\t]+(\\d{1,2}))` +
    '(?=[ \\t]+(?:is|shall[ \\t]+be)[ \\t]+(?:revised|amended|changed|modified|deleted)\\b)',
  'g',
);

export interface AmendedUnit {
  start: number;
  end: number;
  paragraph: number;
  item: number | null;
}

// Rule (issue 14, heldout26 English; the NPC's English of a 修正案 and of 修改决定: "One paragraph is added as Paragraph 2
// of Article 38, which reads: "…" The original Paragraph 2 is amended to be Paragraph 3, which reads: "…" One paragraph
// is added as Paragraph 4, which reads: "…""): an amending item numbers the paragraph it adds or moves — the number
// after "is added as", "is amended to be", "is changed to", "is renumbered as" — without repeating the article it has
// just named, and that number is a paragraph of that article, as 原第二款作为第三款 and 增加一款，作为第四款 are in Chinese
// (amendedWording.ts numberedByAmendment). Only when the verb's subject is a paragraph ("One paragraph", "A new
// paragraph", "The original Paragraph 2", "the second paragraph") and the number has no article after it ("added as
// Paragraph 2 of Article 38" is a citation of its own); the same amending item as that article (sameArticleUnit).
// Rule (issue 14, real-en30: the SPC site's English of Criminal Law Amendment VIII, "2. One paragraph is added to Article
// 38 as paragraph 2: "…" ⏎ The original paragraph 2 is changed into paragraph 3 and amended as: "…" ⏎ One paragraph is
// added as paragraph 4: "…""): translators also write the paragraph's word in lower case there, and name the article
// the paragraph is added to between the verb and its number ("added to Article 38 as paragraph 2", 在第三十八条中增加一款
// 作为第二款) — that article's paragraph, the article just cited. Lower case only as the new number after the amending
// verb, or after "original" (原第二款); "paragraph 2" elsewhere in prose stays a writer's own.
const NUMBERED_AS = new RegExp(
  '(?<![A-Za-z])(?:(?:[Oo]ne|[Aa]n?|[Tt]wo)[ \\t]+(?:new[ \\t]+|more[ \\t]+)?paragraphs?|(?:(?:The|the)[ \\t]+)?(?:original[ \\t]+)?' +
    `(?:Paragraph[ \\t]+\\d{1,2}|(?<=original[ \\t]+)paragraph[ \\t]+\\d{1,2}|(?:${Object.keys(ORDINAL).join('|')})[ \\t]+paragraph))` +
    '[ \\t]+(?:is|are|shall[ \\t]+be)[ \\t]+(?:(?:added|inserted)[ \\t]+to[ \\t]+Article[ \\t]+\\d{1,4}[A-Za-z]?[ \\t]+as|(?:added|inserted|amended|changed|renumbered|moved)[ \\t]+(?:to[ \\t]+be|to[ \\t]+become|as|to|into))[ \\t]+' +
    `((?:(?:the|a|new)[ \\t]+)?(?:(${Object.keys(ORDINAL).join('|')})[ \\t]+paragraph|[Pp]aragraph[ \\t]+(\\d{1,2})))(?![ \\t]*(?:\\(\\d|of\\b|in\\b|under\\b))`,
  'g',
);

/** Every paragraph or subparagraph an amending item names as its verb's subject or numbers (the rules above), in text order. */
export function amendedUnitsIn(text: string): AmendedUnit[] {
  if (!/(?:revised|amended|changed|modified|deleted|added|inserted|renumbered|moved)/.test(text)) return [];
  const out: AmendedUnit[] = [];
  for (const m of text.matchAll(AMENDED_UNIT)) {
    const paragraph = m[2] ? ORDINAL[m[2]] : +m[3];
    out.push({ start: m.index!, end: m.index! + m[0].length, paragraph, item: m[1] ? +m[1] : null });
  }
  for (const m of text.matchAll(NUMBERED_AS)) {
    // The new number alone ("Paragraph 3", "the third paragraph"), where it ends the match.
    const end = m.index! + m[0].length;
    out.push({ start: end - m[1].length, end, paragraph: m[2] ? ORDINAL[m[2]] : +m[3], item: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
