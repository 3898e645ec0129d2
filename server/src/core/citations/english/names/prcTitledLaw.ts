// Rule (issue 14, fix-f141-en2; heldout58 English, a journal article on divorce damages: "Section 46 of the Marriage Law
// of China provides that an innocent spouse …"): a section "of" a law whose own title says it is China's — "… Law of
// China", "… Law of the People's Republic of China", "… Law of the PRC" — is that law's article, as a section of a law
// of the corpus is (englishSection.ts): a Chinese law has no sections numbered through it, so the writer numbers its
// articles so. The corpus lacking the law (the Marriage Law, repealed in 2021), the citation is of a text it lacks
// (unknown-regulation), never no citation. A statute of any other place ("Section 230 of the Communications Decency
// Act", "… Ordinance of Hong Kong") has no such title and stays as before.

/** "… Law of China", "… Code of the People's Republic of China", "… Law of the PRC": a law the title places in China. */
const PRC_TITLED = /\b(?:Law|Code)[ \t]+of[ \t]+(?:the[ \t]+)?(?:People['’]s[ \t]+Republic[ \t]+of[ \t]+China|PRC|P\.[ \t]?R\.[ \t]?C\.|China)$/;

/** Whether a title's words name a law of China by its own title. */
export function prcTitledLaw(written: string): boolean {
  return PRC_TITLED.test(written);
}
