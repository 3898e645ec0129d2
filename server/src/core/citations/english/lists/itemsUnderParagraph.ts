// Rule (issue 14, heldout56-english p23; the official English of 第六十一条第一款第七项、第十项: "matters as specified in
// Subparagraphs (7) and (10) under the first paragraph of Article 61 of this Law"): translators place items "under"
// their paragraph, as others write "of" it — the same climb from items to the paragraph. Only items named with their
// word ("Subparagraph", "Item"), and only before a paragraph ("under the first paragraph", "under Paragraph 2"): "(7)
// under Article 5" or "items under discussion" are no such link.

/** " under " from items to the paragraph they belong to (the rule above). */
export const ITEMS_UNDER = /^[ \t]+under[ \t]+(?=(?:the[ \t]+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|preceding)[ \t]+)?[Pp]aragraph\b|[Pp]aragraphs?[ \t]+\d))/;
