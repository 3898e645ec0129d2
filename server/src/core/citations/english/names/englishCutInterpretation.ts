// A court interpretation's English title cut before its law (rule, issue 14, real-en33; a machine-translated Q&A page on
// defence lawyers: 'Article 67 of the "Judicial Interpretation of the Criminal Procedure Law" stipulates …' and, on the
// next line, 'Article 67 of the "Interpretation of the Supreme People's Court on Application" stipulates …'). The
// Supreme People's Court titles its interpretations of a law "Interpretation of the Supreme People's Court on the
// Application of the X Law" (最高人民法院关于适用《X》的解释); a writer or a page's converter that stops the title at
// "on Application", its closing mark right there, leaves the law out, and the reader takes the interpretation the page
// speaks of — the one it named last, as "of the judicial interpretation" does (english.ts; analyze.ts anaphorContext,
// noun 司法解释), none when it named none. Only the title so cut, in quotation marks that close right after
// "Application" (or "Application of"): the whole title, with its law, is read as a title as before.

/** The quoted title cut after "Application" (or "Application of"), its closing mark included. */
const CUT = /^["“][ \t]*(?:the[ \t]+)?(?:Judicial[ \t]+)?Interpretation[ \t]+of[ \t]+the[ \t]+Supreme[ \t]+People['’]s[ \t]+Court[ \t]+(?:on|concerning|regarding)[ \t]+(?:the[ \t]+)?Application(?:[ \t]+of(?:[ \t]+the)?)?[ \t]*["”]/i;

/** Where the cut title quoted at p ends (after its closing mark), or -1 (above). */
export function cutInterpretationNameAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 0x22 && c !== 0x201c) return -1;
  const m = CUT.exec(text.substr(p, 120));
  return m ? p + m[0].length : -1;
}
