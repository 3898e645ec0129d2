// Rule (issue 14, heldout23 English: an essay citing "Article 9 of the Chinese Laws on Arbitration"): translators give a
// Chinese law's name in two orders — 仲裁法 is "the Arbitration Law" and "the Law on Arbitration" —, and writers put the
// country before either ("the Chinese Law on Arbitration", "China's Law on Arbitration", "the PRC Law on …"), some in
// the plural for the one law whose article they cite. A capitalised "Law on X" (X one to three words) that names no
// known law itself names the known "X Law", the country's word before it aside; a title that names a known law as
// written ("the Law on Data Security" as the bag of its words does) is left as it is, as is a "Law on X" no known law
// is the other order of (unknown-regulation, as before). What a law is on is a thing: a lone adjective after "on" ("the
// PRC Law on Criminal", a broken name) is turned round into nothing.

const LAW_ON = /^(?:(?:Chinese|China['’]s|PRC|P\.R\.C\.)[ \t]+)?Laws?[ \t]+on[ \t]+((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)$/;

/** The known title "X Law" a title written "(Chinese) Law(s) on X" stands for (the rule above), or null. */
export function lawOnOtherOrder(title: string, known: (name: string) => string | null): string | null {
  const m = LAW_ON.exec(title);
  if (!m || known(title) || /^[A-Z][a-z]*(?:al|ic|ive|ous|ary|ian|il)$/.test(m[1])) return null;
  return known(`${m[1]} Law`);
}
