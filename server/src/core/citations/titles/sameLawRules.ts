// Rule (issue 14, fix-zh30a; Taiwan's 訴願決定: 違反土地稅法第41條及同法施行細則第15條規定; mainland decisions and Q&A
// pages: 依照《专利法》第二十六条及该法实施细则第十七条): 同法 / 该法 before 实施细则, 施行细则, 实施条例 or 实施办法 names
// the implementing rules of the law named last — the corpus's title of that law and those rules (专利法实施细则; 施行细则
// and 实施细则 are one kind, a law's rules for carrying it out, named either way), else a regulation the corpus lacks
// (unknown-regulation, under the law's name and the rules' word) — never a corpus title whose last characters happen to
// read so (劳动合同法实施条例 for 同法实施条例).

const SAME_LAW_RULES = /^(?:同|该|該)法((?:实施|施行)(?:细则|条例|办法))$/;

/** The rules' word (实施细则 …) when `written` is 同法 / 该法 and that word, else null. */
export function sameLawRules(written: string): string | null {
  return SAME_LAW_RULES.exec(written)?.[1] ?? null;
}

/** The titles the rules `suffix` of the law titled `title` may go by: as written, then with 实施 and 施行 swapped. */
export function rulesTitles(title: string, suffix: string): string[] {
  const other = suffix.startsWith('实施') ? '施行' + suffix.slice(2) : '实施' + suffix.slice(2);
  return [title + suffix, title + other];
}
