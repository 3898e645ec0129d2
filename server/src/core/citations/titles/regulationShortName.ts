/**
 * Rule (fix-zh100; judgments, lawyers' and 普法 pages: 《医疗器械条例》 for 医疗器械监督管理条例, 《兽药条例》, 《生猪屠宰条例》,
 * 《排污许可条例》, 《技术进出口条例》 for 中华人民共和国技术进出口管理条例): writers shorten an administrative regulation's
 * title X管理条例 / X监督管理条例 (办法, 规定 the same) to X条例 — the subject and the kind, the 管理 left off — and, like
 * any national title, without 中华人民共和国. Every administrative regulation of the corpus gets that name; the one whose
 * name it is is meant, none or several (a name two titles give) stay unknown. Asked only after every other reading found
 * nothing (a title of its own, another title's end, a repealed title the corpus records).
 * Rule (fix-zh100; 《税收征管法实施细则》, 《征管法实施细则》 for 中华人民共和国税收征收管理法实施细则): a law's implementing
 * rules are named by the law's short name and the rules' word (实施条例, 实施细则, 实施办法); the law the short name names
 * (read as a title), its rules of that word the corpus holds (sameLawRules.ts rulesTitles: 实施 / 施行 either).
 */
import { everyTextIs } from '../../corpus/lawKind';
import type { Law } from '../../corpus/types';

/** A name written X条例 / X办法 / X规定: the subject (1) and the kind (2). */
const SHORT = /^(?:中华人民共和国)?([\u4e00-\u9fff]{2,20}?)(条例|办法|规定)$/;
/** An administrative regulation's title with 管理 / 监督管理 before its kind: the subject (1) and the kind (2). */
const MANAGED = /^(?:中华人民共和国)?([\u4e00-\u9fff]{2,20}?)(?:监督管理|管理)(条例|办法|规定)$/;

const cache = new WeakMap<object, Map<string, Law[]>>();

/** The one administrative regulation whose title is the name `key` with 管理 / 监督管理 added (the rule above), or null. */
export function managedRegulation(key: string, laws: Iterable<Law>, cacheKey: object): Law | null {
  const w = SHORT.exec(key);
  if (!w || /管理$/.test(w[1])) return null;
  let byName = cache.get(cacheKey);
  if (!byName) {
    byName = new Map();
    for (const law of laws) {
      const m = MANAGED.exec(law.title);
      if (!m || !everyTextIs(law, 'administrative-regulation')) continue;
      const name = m[1] + m[2];
      const list = byName.get(name) ?? [];
      if (!list.includes(law)) list.push(law);
      byName.set(name, list);
    }
    cache.set(cacheKey, byName);
  }
  const found = byName.get(w[1] + w[2]) ?? [];
  return found.length === 1 ? found[0] : null;
}

/** A law's short name (1) and its rules' word (2): 税收征管法实施细则. */
const RULES_OF_LAW = /^([\u4e00-\u9fff]{2,20}?法)((?:实施|施行)(?:条例|细则|办法))$/;

/** The law's name and the rules' word of a name `key` written so (the second rule above), or null. */
export function lawAndRulesWord(key: string): { law: string; rules: string } | null {
  const m = RULES_OF_LAW.exec(key);
  return m ? { law: m[1], rules: m[2] } : null;
}
