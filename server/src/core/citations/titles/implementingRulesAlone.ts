/**
 * Rule (fix-zh90; statutes and lawyers' pages: 按照《矿山安全法》第四十四条和《实施条例》第五十四条的规定处理 (LawRefBook),
 * 根据《劳动合同法》第三十九条和实施条例第十九条, 《劳动合同法》及其实施条例第十八条, 二是针对国家档案馆，《实施条例》第五条
 * after the 档案法 (heldout37-gov)): a law's implementing rules are named by their kind alone — 实施条例, 实施细则, 实施办法,
 * 施行细则, in 《》 or not, 其 / 及其 before it — after the law was named. They are the rules of the law named last, as
 * 该法实施细则 is (sameLawRules.ts): the corpus's title of that law and the rules' word (中华人民共和国劳动合同法实施条例),
 * else a regulation the corpus lacks (unknown-regulation) — never the law's own article of that number, nor any 实施条例
 * whose title ends so (the ambiguity of every such title). Written without 《》 it is read only after a word joining it to
 * the law's citation (和, 及, 与, 以及, 、, 其 / 及其) with a law cited earlier in the sentence; in 《》 only when the page
 * defined no such short name (its own definition is read first) and a law was named before.
 */
import { sentenceStart, stopCodes } from '../text';

/** The rules' word alone, 其 / 及其 before it or not: the word in group 1. */
const ALONE = /^(?:及其|其)?((?:实施|施行)(?:细则|条例|办法))$/;

/** The rules' word (实施条例 …) when `written` is that word alone (其 / 及其 before it allowed), else null. */
export function rulesWordAlone(written: string): string | null {
  return ALONE.exec(written.replace(/[《》\s]/g, ''))?.[1] ?? null;
}

/** The word alone right before an article, joined to what precedes it: the joining word (1), 其 (2), the rules' word (3). */
const JOINED_BEFORE = /(?:(和|及|与|以及|、)(其)?|(及其))((?:实施|施行)(?:细则|条例|办法))$/;

/** A law cited earlier in the sentence: its title's closing 法》 or 法 right before 第. */
const LAW_CITED = /法》|法第/;

/**
 * The implementing rules named by their word alone right before `p` (where the article's 第 starts), joined to a law
 * cited earlier in the sentence: their start (其 included) and word; else null.
 */
export function implementingRulesAloneBefore(text: string, p: number): { start: number; rules: string } | null {
  const m = JOINED_BEFORE.exec(text.slice(Math.max(0, p - 8), p));
  if (!m) return null;
  const start = p - m[4].length - (m[2] ? 1 : 0) - (m[3] ? m[3].length : 0);
  return lawCitedInSentenceBefore(text, start) ? { start, rules: m[4] } : null;
}

/**
 * The stops of the sentence a law is looked for in: 。, ； and the line break — not ？ or ！: a question asked of the law
 * goes on about it (《劳动合同法》第三十九条规定了哪些情形？《实施条例》第十九条又作了哪些补充？, issue 14, struct100 rows).
 */
const SENTENCE_STOPS = stopCodes('。；\n');

/** Whether a law (法》, 法第; not 办法) is cited in the sentence before `start` (text.ts sentenceStart, read back as far). */
export function lawCitedInSentenceBefore(text: string, start: number): boolean {
  return LAW_CITED.test(text.slice(sentenceStart(text, start, SENTENCE_STOPS), start).replace(/办法/g, ''));
}
