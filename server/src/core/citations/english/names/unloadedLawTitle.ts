// Rule (translations and English writing on the court's interpretations of repealed laws): "Article 24 of the
// Interpretation (II) of the Marriage Law", "article 29 of the Interpretation (ii) of the Law of Contract". The
// Marriage Law and the Contract Law left the corpus with the Civil Code (2021), but their interpretations
// (最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）…) are still in it and still cited. A title composed on
// such a law (englishComposed.ts) takes the law's Chinese title from corpus/data/repealed-english-titles.json (each row
// with its source); the composed title itself must be in the corpus, so nothing is resolved to a law the corpus lacks
// ("Article 33 of the Marriage Law" stays an unknown regulation).
import { normalizeTitle } from '../../../corpus/titles';
import { englishTitleForms } from '../../../corpus/titleAliases';
import repealed from '../../../corpus/data/repealed-english-titles.json';

let byKey: Map<string, string> | null = null;

/** The Chinese title of a repealed law named in English (in any form its title is cited by), or none. */
export function tableChineseTitles(englishName: string): string[] {
  if (!byKey) {
    byKey = new Map();
    for (const e of repealed.laws as { title: string; en: string; also?: string[] }[]) {
      for (const f of [e.en, ...(e.also ?? [])].flatMap(englishTitleForms)) byKey.set(normalizeTitle(f), e.title);
    }
  }
  // "the Law of Contract" (older translations put "Law" first) is the Contract Law.
  const lawFirst = /^(?:the\s+)?Law\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$/.exec(englishName.trim());
  const out = new Set<string>();
  for (const k of [englishName, ...(lawFirst ? [`${lawFirst[1]} Law`] : [])]) {
    const t = byKey.get(normalizeTitle(k));
    if (t) out.add(t);
  }
  return [...out];
}
