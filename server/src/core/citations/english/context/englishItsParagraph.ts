// Rule (issue 14, heldout30 English; a commentary going through a law's articles: "Article 1067 specifies parents'
// rights to demand support payments. Its second paragraph reads: "…""): "its second paragraph" after an article just
// named is that article's paragraph, as 该条第二款 is in Chinese commentary — the article named last, in the same
// sentence or the one before (quoted words aside), as "this Article" points back (englishThisArticle.ts). Not "its
// second paragraph of …" / "in …" / "above" (another unit or the writer's text), not inside quoted statute text nor a
// regulation's own text (its own paragraphs are read there), and nothing when no article was named just before ("The
// memo is short. Its second paragraph …" is the memo's).

/** "Its second paragraph" (the scanner's anchor): the paragraph's number, else null. */
export function itsParagraphNumber(words: string): number | null {
  const m = /^[Ii]ts[ \t]+(first|second|third|fourth|fifth)[ \t]+[Pp]aragraph$/.exec(words);
  return m ? ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(m[1].toLowerCase()) + 1 : null;
}
