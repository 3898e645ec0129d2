// Rule (round 31, forms-en110; academics and European-trained translators: "Article 38 et seq. of the PIPL", "Articles
// 10 ff. of the Civil Code", "Articles 10 to 12 inclusive of the Civil Code"): "et seq." / "ff." ("and the following")
// or "inclusive" after the numbers belongs to them — the law named after it is still theirs. The articles cited are
// the numbers written (a reader cannot tell where "the following" end); the words are skipped to the law's link.

/** "et seq.", "ff.", "inclusive" glued to a link to a law ("of", "in", "under"): its length at `end`, else 0. */
export function followingArticlesAfter(text: string, end: number): number {
  const m = /^(?:[ \t]+et[ \t]+seq(?:q|uentes)?\.?|[ \t]*ff\.?|[ \t]+inclusive)(?=,?[ \t]+(?:of|in|under)[ \t])/.exec(text.substr(end, 20));
  return m ? m[0].length : 0;
}
