// The law an amending text amends, read from the amending text's own title (a 修正案, a 修改决定). Pure: no LSP.
// Read by the binding of an amending text's own articles (bindTargets.ts, referenceSubject.ts) and by a decision named
// alone in running text (amendingDecisionAlone.ts).

/**
 * The law an amending text amends, named by its own title: 中华人民共和国刑法修正案（九） amends 中华人民共和国刑法 (also
 * as a draft: …修正案（十三）（草案）), 关于修改《中华人民共和国村民委员会组织法》的决定 amends that law. A decision amending
 * several texts (关于修改《…》等二十七件…的决定) names none. Null for any other title.
 */
export function amendedLawName(ownTitle: string): string | null {
  const title = ownTitle.replace(/[（(](?:草案|修订草案|征求意见稿|草案征求意见稿|送审稿)[)）]$/, '').trim();
  const amendment = /^(.{2,40}?)修正案(?:[（(][一二三四五六七八九十〇零\d]{1,6}(?:年)?[)）])?$/.exec(title);
  if (amendment) return amendment[1];
  const decision = /关于修改《([^《》]{2,60})》的决定$/.exec(title);
  return decision ? decision[1].replace(/〈/g, '《').replace(/〉/g, '》') : null;
}
