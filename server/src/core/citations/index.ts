// The citation engine: scan a document for citations and resolve them against a corpus. Pure: no LSP import.
//
// Where things are:
//   scan/scanner.ts                  text → citations: where chains start and what heads them (titles, short names), syntax only
//   chain/chain.ts                   one chain's numbers: 第…条…款…项, lists, ranges, 之N, notes between them (also read by layout/)
//   scanTypes.ts                     the chains' shape (ScannedCitation, RawTarget …), read by every pass below
//   analyze.ts                       resolution, in order: walks the scanned events, keeps the state, asks its readers —
//     titles/titleReader.ts          what a written title names;  referenceSubject.ts  which regulation a reference means
//     citationMemory.ts, citedSoFar.ts  what was just cited;  printedArticles.ts, pageLayoutLaws.ts  laws a page prints
//     quotation/quotedReferences.ts  references inside quoted words;  binding/selfReferences.ts  the draft's own articles
//   bind.ts, binding/                each target bound to its corpus object;  citationProblems.ts  its problems, in order
//   problems.ts, writtenProblems.ts  what is wrong with a citation (and the quick fixes); messages.ts: their words
//   document.ts, text.ts             the citing document itself (front matter, date, own articles); offsets ↔ positions
//   titles/        what a written title or a bare name names (index, endings, short titles, interpretations)
//   layout/        how pages lay out reprinted law text: headings, excerpts, runs, columns (headings are no citations)
//   quotation/     quoted statute text: its own context (本法, 前款) and its comparison with the cited text
//   normalize/     a page read as the writer meant it: traditional script, pinyin glosses, 大写 numerals, 笫
//   english/       English references to Chinese law (titles, articles, headings, regions)
//   drafting/      a drafter's tools: numbering checks, renumbering, renaming, the list of cited provisions
//   terms/         defined terms of a draft
//
// API
//   analyzeDocument(text, corpus, options?) → DocumentAnalysis      never throws; ~300 ms for 1 MB / 10,000 citations (npm run bench:scan)
//     options: defaultRegulation ('《…》' or bare title; front matter `lawcite.regulation` wins), numbering (default true),
//              style checks arabicNumerals, missingTitleMarks, useShortTitle ('off' | 'hint' | 'information' |
//              'warning'; defaults DEFAULT_STYLE: warning, warning, hint), documentDate ('YYYY-MM-DD').
//   DocumentAnalysis:
//     citations[]   text, range (LSP: 0-based line, UTF-16 character, end exclusive), status, targets[], parts[]
//                   (title/article/paragraph/item/subitem/division/connector/reference ranges, for semantic tokens),
//                   titleText, candidates (ambiguous titles / did-you-mean / no-context), titleOnly (a title named
//                   alone: kept for hover and links, not listed by `lawcite check`).
//     diagnostics[] range, severity, code (stable: unknown-article, unknown-paragraph, unknown-item,
//                   unknown-regulation, ambiguous-regulation, no-context, arabic-numerals, not-yet-effective,
//                   superseded-version, article-renumbered, repealed, missing-title-marks, use-short-title,
//                   undefined-short-title (a short title never defined or used before its definition), malformed-citation,
//                   numbering-duplicate, numbering-gap, numbering-order (a draft's own numbering, numbering.ts; option
//                   numbering: false turns them off), quote-mismatch (a quotation after a citation that differs from
//                   the cited text: quotation.ts), term-redefined, term-unused, term-full-form (defined terms,
//                   terms/), message {zh, en}, fixes[] {title {zh, en}, range, newText}.
//     terms[]       defined terms: term, form (so-called | short-form | quoted | definitions-article), range,
//                   definition (+ range), fullForm?, provision?, scope, uses[], fullFormUses[], redefines?.
//     shortTitles[] 以下简称 definitions; isDraftRegulation; structure (the draft's own, by the corpus parser);
//                   documentDate (+ documentDateSource); contextAt(offset) → what a reference written there refers to
//                   (completion).
//   citations[].bindings[]  one per target: law, regulation (version or own structure), article, paragraph, item,
//                   subitem, division, location, problem, version? (which version and why: VersionChoice).
//                   citations[].problems[]: status and messages derive from them; those with a range are the diagnostics.
//   targets: {regulation (canonical title; translations → original; null = the document itself), article,
//             articleInsert, paragraph (款), item (项), subitem? (目), division? ('第二章第一节'), version?}.
//   titleIndexOf(corpus) → TitleIndex (cached per corpus generation): lookup(title) → laws / suggestions.
//   findDivision(divisions, '第二章第一节'), scanText (syntax only), LineIndex (offset ↔ position).
export * from './types';
export { analyzeDocument } from './analyze';
export { bindTarget, findDivision } from './bind';
export { statusOf } from './problems';
export { compareQuotation, type QuoteVerdict, type QuoteDifference } from './quotation/quotation';
export { scanText } from './scan/scanner';
export type { ScanEvent, ScannedCitation, RawTarget, BareTitleMatcher } from './scanTypes';
export { TitleIndex, titleIndexOf, type TitleMatch } from './titles/titles';
export { LineIndex, titleKey } from './text';
export { bracketTitle } from './messages';
export { readFrontMatter, documentDate, ownStructure } from './document';
