// Rule (issue 14, fix-draft101; commentaries on a bill comparing it with the law it amends: 《某法》修订草案第二十条规定了
// 强制报告制度，现行法第十条未作规定): 现行法 (现行条例, 现行办法, 现行法律) before an article is the law in force — the
// law the draft amends, cited before the draft — never the draft named since, nor an unknown law named 现行法. Read as
// "the existing law" is in English (english/context/existingLaw.ts inForceContext): the regulation cited last that is no
// draft. 现行《某法》第十条 (a title after 现行) is read by the title rules as before.

/** 现行 and a kind word (法律, 法, 条例, 办法), 的 allowed after it, ending where 第 starts. */
const IN_FORCE_WORD = /现行(?:法律|法|条例|办法)的?$/;

/** The in-force word ending right before `p` (where 第 starts): its start, or null (the rule above). */
export function inForceWordBefore(text: string, p: number): { start: number } | null {
  if (text.charCodeAt(p - 1) !== 0x7684 /* 的 */ && !/[法律例]/.test(text[p - 1] ?? '')) return null;
  const m = IN_FORCE_WORD.exec(text.slice(Math.max(0, p - 6), p));
  return m ? { start: p - m[0].length } : null;
}
