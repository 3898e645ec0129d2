// Rule (issue 14, fix-en53; heldout36 English p08, a Price Law page printing Article 40 after Article 14's items: "…
// the acts listed in Article 14 of this Law … ⏎ The acts listed in Item (1) …"; and writers walking through an article's
// list: "Article 14 of the Price Law lists eight unfair price acts. Item (1) prohibits collusion, and Items (2) and (3)
// …"): an item named alone — "Item (1)", "item 1", "Items (1) and (2)", "items 2, 3 or 4" — right after an article
// in the same paragraph of text is that article's item (同条第（一）项), as "Paragraph 2 provides …" after its article is
// that article's paragraph (englishNextParagraph.ts). The scanner reads it in the English citation cited last, when
// that names one article, no blank line between. Not an item tied to its own article or paragraph ("item (1) of Article
// 40", "Item 2, Paragraph 1", parseEnglish reads those), not an item of something else ("item 3 on the agenda", "item 1
// of the list", "Item 2 above"), nor a label ending in a colon or a stop ("Item 1: Scope").

/** "Item (1)", "item 1", "Items (1) and (2)", "items 2, 3 or 4": the numbers brackets all or none. */
const ITEMS_ALONE = /\b[Ii]tems?[ \t]+(?:\((\d{1,2})\)((?:(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)\(\d{1,2}\))*)|(\d{1,2})((?:(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)\d{1,2})*))(?![\w(.\-\/])/g;

/** What may not follow: the item's own article or paragraph, another thing it is an item of, a label's colon or stop. */
const NOT_ALONE = /^(?:[ \t]*[:：.](?![0-9])|,?[ \t]*(?:of|in|on|under|to|from|at|above|below|hereof|herein|thereof|(?:of[ \t]+)?(?:the[ \t]+)?(?:[Pp]aragraph|[Aa]rticle|[Cc]lause|[Ss]ection)s?\b)\b|[ \t]*[-–]|%)/;

// An unbracketed number is also a count ("item 2 goods", 第2项商品; "item 3 on the list"): "item 2" alone is read only
// where a clause goes on after it — a comma, a semicolon, the line's end, or a verb saying what the item does ("item 2
// also covers …", "item 1 prohibits …"); "(see item 2)" closing the writer's bracket is his own list's. A bracketed
// "(1)" numbers an item anyway.
const CLAUSE_GOES_ON = /^(?:[ \t]*(?:[,;]|\r?$)|[ \t]+(?:also|further|only|is|are|was|were|shall|may|must|does|do|has|have|covers|prohibits|provides|stipulates|states|lists|requires|applies|refers|concerns|sets|deals|addresses|governs|allows|permits|forbids|bans|lets|grants|says|means|includes|excludes|targets|defines)\b)/;

/** One item named alone, with its numbers. */
export interface ItemsAlone {
  start: number;
  end: number;
  items: number[];
}

/** Every item named alone in `text` (the rule above), in text order; the scanner decides whose article it is. */
export function itemsAloneIn(text: string): ItemsAlone[] {
  if (!/[Ii]tems?[ \t]/.test(text)) return [];
  const out: ItemsAlone[] = [];
  for (const m of text.matchAll(ITEMS_ALONE)) {
    const end = m.index! + m[0].length;
    if (NOT_ALONE.test(text.substr(end, 40))) continue;
    if (m[1] === undefined && !CLAUSE_GOES_ON.test(text.substr(end, 40))) continue;
    const items = [+(m[1] ?? m[3]), ...((m[2] ?? m[4]).match(/\d{1,2}/g) ?? []).map(Number)];
    if (items.some((n) => n === 0)) continue;
    out.push({ start: m.index!, end, items });
  }
  return out;
}
