// Rule (translations and English writing on the court's interpretations of repealed laws): "Article 24 of the
// Interpretation (II) of the Marriage Law", "article 29 of the Interpretation (ii) of the Law of Contract". The
// Marriage Law and the Contract Law left the corpus with the Civil Code (2021), but their interpretations
// (最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）…) are still in it and still cited. A title composed on
// such a law (englishComposed.ts) takes the law's Chinese title from the English title table, whose rows for laws not
// loaded are otherwise unused; the composed title itself must be in the corpus, so nothing is resolved to a law the
// corpus lacks ("Article 33 of the Marriage Law" stays an unknown regulation).
import { normalizeTitle } from '../corpus/titles';
import { titleAliases } from '../corpus/titleAliases';

/** The Chinese titles the English title table gives an English law name, whether or not the law is loaded. */
export function tableChineseTitles(englishName: string): string[] {
  // "the Law of Contract" (older translations put "Law" first) is the Contract Law.
  const lawFirst = /^(?:the\s+)?Law\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$/.exec(englishName.trim());
  const keys = new Set([normalizeTitle(englishName), ...(lawFirst ? [normalizeTitle(`${lawFirst[1]} Law`)] : [])]);
  const out = new Set<string>();
  for (const a of titleAliases()) if (a.lang === 'en' && !a.acronym && keys.has(normalizeTitle(a.alias))) out.add(a.title);
  return [...out];
}
