// fix-en61 form 4 (heldout40 English p23): a law named after the country ("China Contract Law", "China's Contract
// Law", "PRC Contract Law") is a law of China, known or not — the law in context for the bare articles after it, a
// law the corpus lacks making them unknown-regulation (citations/english/names/countryNamedLaw.ts).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a law named after the country, then bare articles (fix-en61)', [
  ['"in China Contract Law", then "as laid out in Article 107" in the next sentence',
    'The special chapter of “lease contract” in China Contract Law does not offer a clear answer. As a general principle as laid out in Article 107, the other party may sue. In particular, Article 109 provides that the price shall be paid.',
    [['Article 107', 'unknown-regulation', ''], ['Article 109', 'unknown-regulation', '']]],
  ['"China\'s Contract Law" and "PRC Contract Law" likewise',
    'China\'s Contract Law is silent on this. Under Article 52, such a contract is void.\n\nThe PRC Contract Law was replaced later. Article 60 required good faith.',
    [['Article 52', 'unknown-regulation', ''], ['Article 60', 'unknown-regulation', '']]],
  ['a known law so named is that law',
    'China Company Law sets the rules. Under Article 16, a company may guarantee.',
    [['Article 16', 'resolved', '公司16']]],
  ['"Chinese Civil Law" is left to the Civil Law rule: no unknown law in context',
    'Under Chinese Civil Law, Article 1165 sets fault liability.',
    [['Article 1165', 'no-context', '']]],
  ['a journal, a firm, a field or "China Law" alone names no law: the bare article stays no-context',
    'The China Law Review and the PRC Contract Law Firm wrote on China Business Law. As laid out in Article 107, the party may sue.',
    [['Article 107', 'no-context', '']]],
]);
