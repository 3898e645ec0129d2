// Rule (Q&A pages and law-firm articles): after naming an interpretation or a regulation, writers cite its articles
// by its kind alone, without 该 or 《》 — 《最高人民法院关于适用〈…民事诉讼法〉的解释》……根据解释第十八条规定，…; 按照条例第五条.
// The noun then is the anaphor 该解释 / 该条例: the regulation of that kind cited last (analyze.ts anaphorContext),
// not the law named after it. Only 解释, 条例, 办法 and 细则, standing alone: after a verb of citing (根据, 依据, 依照,
// 按照, 参照, 对照, 适用, 违反, 即, 见) or at a clause's start; 司法解释第三条, 实施条例第五条, 本条例第五条 and a short
// title the document defines are read as before.

const NOUNS = ['解释', '条例', '办法', '细则'];
const OPENS = /(?:^|[\n，,。；;：:、（(\s“"]|根据|依据|依照|按照|参照|对照|适用|违反|即|见)$/;

/** The kind noun standing alone right before `p` (where 第 starts), as the anaphor of its kind: its start and noun. */
export function kindNounBefore(text: string, p: number): { start: number; noun: string } | null {
  for (const noun of NOUNS) {
    const start = p - noun.length;
    if (start < 0 || !text.startsWith(noun, start)) continue; // no substring cut to compare
    return OPENS.test(text.slice(Math.max(0, start - 2), start)) ? { start, noun } : null;
  }
  return null;
}
