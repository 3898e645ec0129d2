// 《条例》 in the text of a regulation's implementing rules.
//
// Rule (what real writers do): the implementing rules of a 条例 — its 实施细则, or a ministry's 办法 / 规定 on the same
// matter — name it in their first article (根据《娱乐场所管理条例》（以下简称《条例》）) and call it 《条例》 ever after
// (依照《条例》第四十八条予以处罚). A 设定依据 cell or a 公示 page that quotes such an article without its first article
// leaves 《条例》 undefined; it is the 条例 whose title the quoted rules' title extends (旅行社条例 of 旅行社条例实施细则)
// or shares with 条例 for the last word (娱乐场所管理条例 of 娱乐场所管理办法).

/** Titles the undefined 《条例》 inside text quoted from `quotedTitle` can be, most likely first. */
export function parentTitles(quotedTitle: string): string[] {
  const t = quotedTitle.replace(/[《》\s]/g, '');
  const out: string[] = [];
  const stem = /^(.+条例)(?:实施细则|实施办法|细则)$/.exec(t);
  if (stem) return [stem[1]];
  const same = t.replace(/(?:实施细则|实施办法|办法|细则|规定)$/, '条例');
  if (same !== t) out.push(same);
  return out;
}
