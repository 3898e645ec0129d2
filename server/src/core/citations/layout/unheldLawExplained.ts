// Rule (issue 14, fix-lw70; 释义 books and their WeChat excerpts on a law the corpus does not hold — 重磅！民法总则各章40个
// 重点条文权威释义, 權威機構專家解讀【民法總則各章40個重點條文釋義】, 《合同法》条文释义 — most of them the laws the Civil Code
// replaced, whose articles it repeats word for word under the same numbers: 民法总则第1条 is 民法典第1条): a page whose
// heading line says it explains (释义, 解读, 评注, 精解, 理解与适用) a law it names prints that law's articles under their
// labels, and the 本条 of the notes under a label (【释义】本条是关于…的规定) is that law's article — unknown-regulation when
// the corpus lacks the law — never the held law whose article of that number opens with the same words
// (printedArticleLaw.ts, which decides only where the heading names no law the corpus lacks).
// The law named: the title the heading explains (explainedTitle.ts: 合同法释义, 《合同法》条文释义), a title in 《》 in the
// heading, or a name ending in 法总则 / 法通则 (民法总则, 民法通则: the Civil Code's forerunners) with what is explained after
// it (民法总则各章40个重点条文…释义) — the characters glued before 法 back to a mark, a space or the heading's start, its
// leading words of praise or study left out (重磅, 学习, 权威 …). A held law named (民法典各编重点条文释义, 刑法总则释义: a held
// law's part) decides nothing here, nor a heading naming a held law beside it (民法总则与民法典总则编对照释义: the printed
// words decide), nor a heading that explains nothing (a news title naming a law).
import { notALawName } from '../titles/unknownLawName';
import { explainedTitleInHeading } from '../titles/explainedTitle';

/** Words saying the page explains what the heading names. */
const EXPLAINING = /释义|釋義|解读|解讀|评注|評註|精解|理解与适用|理解與適用/;

/** A name ending in 法总则 / 法通则 and the Chinese characters glued before it. */
const PART_NAME = /([\u4e00-\u9fff]{1,10})法(总则|總則|通则|通則)/;

/** Words of praise or study a heading opens with before the law's name (重磅！ is set off by its mark already). */
const LEADING = /^(?:重磅|学习|學習|权威|權威|最新|全新|专家|專家|解读|解讀|机构|機構)+/;

/** A law's name: ending as a law's title does. */
const LAW_ENDING = /(?:法|法典|总则|總則|通则|通則)$/;

/**
 * The law the heading says the page explains when `held` says the corpus lacks it (its written name), else null.
 * `held`: whether the corpus holds a law of that name.
 */
export function unheldLawExplained(heading: string, held: (name: string) => boolean): string | null {
  if (!EXPLAINING.test(heading)) return null;
  const names: string[] = [];
  const explained = explainedTitleInHeading(heading);
  if (explained) names.push(explained);
  for (const m of heading.matchAll(/《([^《》]{2,40})》/g)) names.push(m[1]);
  const part = PART_NAME.exec(heading);
  if (part) names.push(part[1].replace(LEADING, '') + '法' + part[2]);
  // A code named beside it (民法总则与民法典总则编对照释义): the page compares, the printed words decide.
  for (const m of heading.matchAll(/法典/g)) {
    for (let k = 1; k <= 6 && m.index! - k >= 0 && /[\u4e00-\u9fff]/.test(heading[m.index! - k]); k++) names.push(heading.slice(m.index! - k, m.index! + 2));
  }
  let unheld: string | null = null;
  for (const name of names) {
    const written = name.replace(/(?:条文|條文)?(?:释义|釋義|解读|解讀)$/, '');
    if (!LAW_ENDING.test(written) || written.length < 3 || notALawName(written)) continue;
    // A held law, or a held law's part (刑法总则: the law's), named: nothing decided here.
    const whole = written.replace(/(?:总则|總則|通则|通則)$/, '');
    if (held(written) || (whole !== written && held(whole))) return null;
    unheld ??= written;
  }
  return unheld;
}
