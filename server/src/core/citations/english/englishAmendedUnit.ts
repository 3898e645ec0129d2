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
    `(?:(?:the[ \\t]+)?(${Object.keys(ORDINAL).join('|')})[ \\t]+paragraph|Paragraph[ \\t]+(\\d{1,2}))` +
    '(?=[ \\t]+(?:is|shall[ \\t]+be)[ \\t]+(?:revised|amended|changed|modified|deleted)\\b)',
  'g',
);

export interface AmendedUnit {
  start: number;
  end: number;
  paragraph: number;
  item: number | null;
}

/** Every paragraph or subparagraph an amending item names as its verb's subject (the rule above), in text order. */
export function amendedUnitsIn(text: string): AmendedUnit[] {
  if (!/(?:revised|amended|changed|modified|deleted)/.test(text)) return [];
  const out: AmendedUnit[] = [];
  for (const m of text.matchAll(AMENDED_UNIT)) {
    const paragraph = m[2] ? ORDINAL[m[2]] : +m[3];
    out.push({ start: m.index!, end: m.index! + m[0].length, paragraph, item: m[1] ? +m[1] : null });
  }
  return out;
}
