// Rule (issue 14, heldout15 gov; commentaries on a new law: 《民法典》继续采用原《物权法》的限制条件，在第276条将…): a law
// named as the source the law being discussed took its rule from — 原《…》 (the former law, which the new one replaced)
// right after a verb of taking over (沿用, 延续, 继承, 吸收, 承继, 采用, 采纳, 保留, 继受) whose subject is the new law's
// title (its 以下简称 and an adverb between: 继续, 也, 仍) — does not become the subject of the bare articles that follow:
// they stay with the new law, the one doing the taking. A writer citing the former law names it with its article
// (原《物权法》第七十四条), and a court applying it (法院采用原《合同法》的规定，第五十二条…) has no title for its subject.

const TAKES_OVER = /》[)）]?[\s\u3000]*(?:[（(][^（）()\n]{1,30}[)）][\s\u3000]*)?(?:继续|也|亦|仍|仍然|依然|同样|基本|大体|则){0,2}(?:沿用|延续|继承|吸收|承继|采用|采纳|保留|继受)了?[\s\u3000]*原$/;

/** Whether the title starting at `start` is a former law named as what the title before it took its rule from. */
export function adoptedSource(text: string, start: number): boolean {
  return TAKES_OVER.test(text.slice(Math.max(0, start - 50), start));
}
