/**
 * Rule (round 32, f121-zh; lawyers' pages: 《民法典》婚姻家庭编的司法解释(一)第四十四条, 《民法典》物权编的解释（一）第二条):
 * writers name the court's interpretation of a part of a law as its title does — the part, 的, then the kind word — as
 * well as without 的 (物权编解释（一）, appliedLawPartName.ts). A part of a law (a 编, a 部分) followed by 的 and 司法解释 /
 * 解释 / 规定 is that name, 的 left out; the same reading then decides (one text fits, or the name stays unread). 的 after
 * any other word (劳动争议的司法解释) is the writer's and stays as before.
 */

/** A part of a law right before `at` (婚姻家庭编, 总则部分). */
const PART_END = /(?:编|部分)$/;
/** The part, 的 and the kind word in a written name. */
const PART_OF_KIND = /(编|部分)的(司法解释|解释|规定)/;

/** Whether the 的 at `at` - 1 follows a part of a law (the rule above). */
export function partBeforeOf(text: string, at: number): boolean {
  return PART_END.test(text.slice(Math.max(0, at - 3), at - 1));
}

/** The name with 的 between a part of a law and its kind word left out (婚姻家庭编的司法解释(1) → 婚姻家庭编司法解释(1)). */
export function withoutPartOf(name: string): string {
  return name.replace(PART_OF_KIND, '$1$2');
}
