// zh-CN and English texts of the citation diagnostics and quick fixes. One place for every user-facing string.
import { articleLabel, chineseNumeral as zhNum, itemLabel, paragraphLabel, writtenDate, writtenSpan } from '../labels';
import { parseNumeral } from '../numerals';
import type { NamedTitle } from './selfName';
import type { NumberingFault, NumberingKind, QuoteDifference, VersionChoice } from './types';

/** What is known of a repeal: from when, by which law and article, and the law that replaces it. */
export interface RepealFacts {
  date: string | null;
  by: string | null;
  article: string | null;
  successor: string | null;
}

export interface Bilingual {
  zh: string;
  en: string;
}

const zhArticle = articleLabel;
/** Dates in messages as people write them: 2023年9月1日 / 1 September 2023 (machine fields elsewhere stay ISO). */
const zd = (iso: string | null): string => (iso ? writtenDate(iso, 'zh') : '—');
const ed = (iso: string | null): string => (iso ? writtenDate(iso, 'en') : '—');
function enArticle(article: number, insert: number | null): string {
  return `Article ${article}${insert ? `-${insert}` : ''}`;
}
/** 《title》, with a title nested inside written 〈〉 as drafting rules want. */
export function bracketTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}
/** A draft regulation names itself as its text does (本办法); a document of no known kind is 本文件. */
function zhTitle(title: NamedTitle): string {
  if (title === null) return '本文件';
  if (typeof title !== 'string') return title.self;
  return /[\u4e00-\u9fff]/.test(title) ? bracketTitle(title) : title;
}
function enTitle(title: NamedTitle): string {
  if (title === null || typeof title !== 'string') return 'this document';
  return /[\u4e00-\u9fff]/.test(title) ? bracketTitle(title) : `the ${title}`;
}

/** An article label written in Chinese (第十六条, 第十条之一) named in English (Article 16, Article 10-1); else as it is. */
function enLabel(label: string): string {
  const m = /^第([零〇一二两三四五六七八九十百千万\d]+)条(?:之([零〇一二三四五六七八九十\d]+))?$/.exec(label);
  const n = m ? parseNumeral(m[1]) : null;
  const insert = m?.[2] ? parseNumeral(m[2]) : null;
  return n === null ? label : enArticle(n, insert);
}

/** Article 6(2) item 3: a provision named in English. */
export function enProvision(p: { article: number; insert: number | null; paragraph: number | null; item: number | null }): string {
  return `${enArticle(p.article, p.insert)}${p.paragraph ? `(${p.paragraph})` : ''}${p.item ? ` item (${p.item})` : ''}`;
}

const DIFFERENCE_WORDS: Record<QuoteDifference, Bilingual> = {
  normative: { zh: '规范用语不同', en: 'a normative word differs' },
  number: { zh: '数字不同', en: 'a number differs' },
  'time-limit': { zh: '期限不同', en: 'a time limit differs' },
  wording: { zh: '文字不同', en: 'the wording differs' },
  punctuation: { zh: '仅标点不同', en: 'punctuation only' },
};

export const messages = {
  /**
   * 没有第九十八条（共八十九条）; when articles were inserted (条之一) the count is no guide to the numbers, so the
   * last article is named instead: 没有第五百二十条（最后一条为第四百五十二条）. A text without articles (an amendment in
   * one paragraph, a 解答) says so: 不分条.
   */
  unknownArticle(title: NamedTitle, article: number, insert: number | null, count: number, last: { number: number; insert: number | null } | null = null): Bilingual {
    if (count === 0) {
      return {
        zh: `${zhTitle(title)}不分条，没有${zhArticle(article, insert)}`,
        en: `${enTitle(title)} has no numbered articles, so no ${enArticle(article, insert)}`,
      };
    }
    if (last && (last.number !== count || last.insert)) {
      return {
        zh: `${zhTitle(title)}没有${zhArticle(article, insert)}（最后一条为${zhArticle(last.number, last.insert)}）`,
        en: `${enTitle(title)} has no ${enArticle(article, insert)} (its last article is ${enArticle(last.number, last.insert)})`,
      };
    }
    return {
      zh: `${zhTitle(title)}没有${zhArticle(article, insert)}（共${zhNum(count)}条）`,
      en: `${enTitle(title)} has no ${enArticle(article, insert)} (it has ${count} articles)`,
    };
  },
  /** 语料中《…》的文本不完整（止于第七十九条），无法核对第八十五条. */
  pastCutText(title: NamedTitle, article: number, insert: number | null, last: { number: number; insert: number | null }): Bilingual {
    return {
      zh: `语料中${zhTitle(title)}的文本不完整（止于${zhArticle(last.number, last.insert)}），无法核对${zhArticle(article, insert)}`,
      en: `The corpus text of ${enTitle(title)} is incomplete (it stops at ${enArticle(last.number, last.insert)}), so ${enArticle(article, insert)} cannot be checked`,
    };
  },
  nothingBefore(title: NamedTitle, article: number, insert: number | null, level: 'article' | 'paragraph'): Bilingual {
    return level === 'article'
      ? { zh: `“前条”在${zhTitle(title)}的${zhArticle(article, insert)}中，其前没有条文`, en: `"the preceding article" in ${enArticle(article, insert)}, the first article of ${enTitle(title)}, has none before it` }
      : { zh: `“前款”在${zhTitle(title)}${zhArticle(article, insert)}的第一款中，其前没有款`, en: `"the preceding paragraph" in the first paragraph of ${enArticle(article, insert)} of ${enTitle(title)} has none before it` };
  },
  unknownDivision(title: NamedTitle, division: string): Bilingual {
    return { zh: `${zhTitle(title)}没有${division}`, en: `${enTitle(title)} has no ${division}` };
  },
  unknownParagraph(title: NamedTitle, article: number, insert: number | null, paragraph: number, count: number): Bilingual {
    return {
      zh: `${zhTitle(title)}${zhArticle(article, insert)}没有${paragraphLabel(paragraph)}（${count <= 1 ? '该条不分款' : `共${zhNum(count)}款`}）`,
      en: `${enTitle(title)} ${enArticle(article, insert)} has no paragraph ${paragraph} (it has ${count === 1 ? 'one paragraph' : `${count} paragraphs`})`,
    };
  },
  unknownItem(title: NamedTitle, article: number, insert: number | null, paragraph: number | null, item: number, count: number): Bilingual {
    const zhPara = paragraph ? paragraphLabel(paragraph) : '';
    const enPara = paragraph ? ` paragraph ${paragraph}` : '';
    return {
      zh: `${zhTitle(title)}${zhArticle(article, insert)}${zhPara}没有${itemLabel(item)}（${count ? `共${zhNum(count)}项` : '不分项'}）`,
      en: `${enTitle(title)} ${enArticle(article, insert)}${enPara} has no item (${item}) (it has ${count ? `${count} items` : 'no items'})`,
    };
  },
  unknownRegulation(written: string, suggestions: string[]): Bilingual {
    if (!/[\u4e00-\u9fff]/.test(written)) {
      return suggestions.length
        ? { zh: `法规库中没有 ${written}，是否指 ${suggestions[0]}？`, en: `${written} is not in the corpus; did you mean ${suggestions[0]}?` }
        : { zh: `法规库中没有 ${written}，无法核对该引用`, en: `${written} is not in the corpus; the citation cannot be checked` };
    }
    if (suggestions.length) {
      return {
        zh: `法规库中没有《${written}》，是否指《${suggestions[0]}》？`,
        en: `《${written}》 is not in the corpus; did you mean 《${suggestions[0]}》?`,
      };
    }
    return { zh: `法规库中没有《${written}》，无法核对该引用`, en: `《${written}》 is not in the corpus; the citation cannot be checked` };
  },
  /**
   * A version named that the corpus does not hold (namedVersion.ts): the version asked for and each text held, with
   * its date and when it took effect — 法规库中没有《中华人民共和国商标法》1993年修正或修订的文本（法规库收有：
   * 2019年4月23日文本），无法核对该引用.
   */
  unheldVersion(title: string, year: number, event: 'amended' | 'adopted' | 'effective' | 'year', held: { text: string | null; effective: string | null }[], order?: string): Bilingual {
    // Named by the order that published it (国务院第680号令, historyNote.ts orderNoteAt): that order's text.
    const zhWhat = order ? `${order}公布的文本` : { amended: `${year}年修正或修订的文本`, adopted: `${year}年通过时的文本`, effective: `${year}年施行的文本`, year: `${year}年的文本` }[event];
    const enWhat = order ? `the text published by ${order}` : { amended: `the text as amended in ${year}`, adopted: `the text as adopted in ${year}`, effective: `the text that took effect in ${year}`, year: `the ${year} text` }[event];
    const zhHeld = held.map((h) => `${zd(h.text)}文本${h.effective && h.effective !== h.text ? `，${zd(h.effective)}起施行` : ''}`).join('；');
    const enHeld = held.map((h) => `the text of ${ed(h.text)}${h.effective && h.effective !== h.text ? `, in force from ${ed(h.effective)}` : ''}`).join('; ');
    return {
      zh: `法规库中没有${bracketTitle(title)}${zhWhat}（法规库收有：${zhHeld}），无法核对该引用`,
      en: `The corpus does not hold ${enWhat} of ${bracketTitle(title)} (it holds: ${enHeld}); the citation cannot be checked`,
    };
  },
  ambiguousRegulation(written: string, candidates: string[]): Bilingual {
    return {
      zh: `《${written}》指向不明，可能是：${candidates.map((c) => `《${c}》`).join('、')}；请写明法规全称`,
      en: `《${written}》 is ambiguous: it matches ${candidates.length} regulations (${candidates.join('; ')}); write the full title`,
    };
  },
  noContext(candidates: number): Bilingual {
    return {
      zh: `无法确定该条文引用的是哪部法规：前文未引用法规，也未设置默认法规${candidates ? `（法规库中有${candidates}部法规含该条）` : ''}`,
      en: `Cannot tell which regulation this cites: no regulation is named before it and no default is set${candidates ? ` (${candidates} regulations have this article)` : ''}`,
    };
  },
  arabicNumerals(written: string, chinese: string): Bilingual {
    return {
      zh: `条文序号应使用汉字数字：“${written}”应写作“${chinese}”`,
      en: `Article numbers are written in Chinese numerals: "${written}" should be "${chinese}"`,
    };
  },
  notYetEffective(title: string, effective: string, docDate: string): Bilingual {
    return {
      zh: `${zhTitle(title)}自${zd(effective)}起施行，晚于本文件日期${zd(docDate)}`,
      en: `${enTitle(title)} takes effect on ${ed(effective)}, after this document's date ${ed(docDate)}`,
    };
  },
  supersededVersion(title: string, version: string, until: string, current: string, docDate: string, article: string | null, now: string | null): Bilingual {
    const zhNow = article === null ? '' : now === null ? `，${article}在现行版本中已删除` : `，${article}现为${now}`;
    const enNow = article === null ? '' : now === null ? `; ${enLabel(article)} was deleted from the current version` : `; ${enLabel(article)} is now ${enLabel(now)}`;
    return {
      zh: `所引${zhTitle(title)}${zd(version)}版本自${zd(until)}起已被${zd(current)}版本取代（本文件日期${zd(docDate)}）${zhNow}`,
      en: `The cited version of ${ed(version)} of ${enTitle(title)} was superseded by the version of ${ed(current)} on ${ed(until)} (this document is dated ${ed(docDate)})${enNow}`,
    };
  },
  /** An undated document cites a unit only an older version has (VersionReason older-fits). */
  olderVersionOnly(title: string, cited: string, citedEn: string, version: string, until: string, current: string, now: string | null): Bilingual {
    const zhNow = now === null ? '' : `，现为${now}`;
    const enNow = now === null ? '' : `; it is now ${enLabel(now)}`;
    return {
      zh: `本文件未注明日期，现行${zd(current)}版本${zhTitle(title)}无${cited}；${cited}见于${zd(version)}版本，该版本自${zd(until)}起已被取代${zhNow}`,
      en: `This document gives no date and the current version of ${ed(current)} of ${enTitle(title)} has no ${citedEn}; it is in the version of ${ed(version)}, superseded on ${ed(until)}${enNow}`,
    };
  },
  articleRenumbered(title: string, version: string, article: string, latest: string, now: string | null): Bilingual {
    return now === null
      ? { zh: `${zhTitle(title)}${article}（${zd(version)}版本）在现行${zd(latest)}版本中已删除`, en: `${enLabel(article)} of ${enTitle(title)} (version of ${ed(version)}) was deleted in the current version of ${ed(latest)}` }
      : { zh: `${zhTitle(title)}${article}（${zd(version)}版本）在现行${zd(latest)}版本中为${now}`, en: `${enLabel(article)} of ${enTitle(title)} (version of ${ed(version)}) is ${enLabel(now)} in the current version of ${ed(latest)}` };
  },
  fixCiteCurrent(newText: string): Bilingual {
    return { zh: `改为现行版本：${newText}`, en: `Cite the current version: ${newText}` };
  },
  missingTitleMarks(written: string, full: string): Bilingual {
    const zhFull = full !== written ? `，首次引用宜写全称${bracketTitle(full)}` : '';
    const enFull = full !== written ? ` (the full title at first mention: ${bracketTitle(full)})` : '';
    return { zh: `法规名称应加书名号：${bracketTitle(written)}${zhFull}`, en: `A regulation title takes title marks: ${bracketTitle(written)}${enFull}` };
  },
  fixAddTitleMarksFull(full: string): Bilingual {
    return { zh: `加上书名号并写全称：${bracketTitle(full)}`, en: `Add title marks with the full title: ${bracketTitle(full)}` };
  },
  useShortTitle(title: string, shortTitle: string): Bilingual {
    return {
      zh: `本文已定义简称《${shortTitle}》，此处可写作《${shortTitle}》，不必再写全称${bracketTitle(title)}`,
      en: `This document defines the short title 《${shortTitle}》 for ${bracketTitle(title)}: write 《${shortTitle}》 here`,
    };
  },
  fixUseShortTitle(shortTitle: string): Bilingual {
    return { zh: `改用简称《${shortTitle}》`, en: `Use the short title 《${shortTitle}》` };
  },
  undefinedShortTitle(shortTitle: string, definedAtLine: number | null, candidates: string[]): Bilingual {
    if (definedAtLine !== null) {
      return {
        zh: `简称《${shortTitle}》在第${definedAtLine}行才定义，此处尚未定义，应写全称`,
        en: `The short title 《${shortTitle}》 is used before its definition (line ${definedAtLine}); write the full title here`,
      };
    }
    const zhMaybe = candidates.length ? `；前文引用的${candidates.map(bracketTitle).join('、')}可用“（以下简称《${shortTitle}》）”定义` : '';
    const enMaybe = candidates.length ? `; define it after ${candidates.map(bracketTitle).join(', ')} with “（以下简称《${shortTitle}》）”` : '';
    return {
      zh: `简称《${shortTitle}》未在本文中定义，无法确定所指法规${zhMaybe}`,
      en: `The short title 《${shortTitle}》 is never defined in this document, so the regulation it names is unknown${enMaybe}`,
    };
  },
  fixDefineShortTitle(title: string, shortTitle: string): Bilingual {
    return { zh: `在${bracketTitle(title)}后注明（以下简称《${shortTitle}》）`, en: `Define it: ${bracketTitle(title)}（以下简称《${shortTitle}》）` };
  },
  fixReplaceTitle(title: string): Bilingual {
    return { zh: `改为《${title}》`, en: `Replace with 《${title}》` };
  },
  fixChineseNumeral(chinese: string): Bilingual {
    return { zh: `改为“${chinese}”`, en: `Write "${chinese}"` };
  },
  /**
   * 《X》已被《Y》第…条废止，自D起；请改引《Z》第N条 — the repealing law and article when known, the date, and the
   * successor (with the cited article's counterpart in it, when found).
   */
  repealed(written: string, facts: RepealFacts, successor: string | null, now: string | null): Bilingual {
    const zhBy = facts.by ? `已被${bracketTitle(facts.by)}${facts.article ?? ''}废止` : '已废止';
    const enBy = facts.by ? `was repealed by ${facts.article ? `${enLabel(facts.article)} of ` : ''}${bracketTitle(facts.by)}` : 'was repealed';
    const zhThen = successor ? (now ? `；请改引${bracketTitle(successor)}${now}` : `；请改引${bracketTitle(successor)}的相应规定`) : '';
    const enThen = successor ? (now ? `; cite ${enLabel(now)} of ${bracketTitle(successor)} instead` : `; cite the corresponding provision of ${bracketTitle(successor)} instead`) : '';
    return {
      zh: `${bracketTitle(written)}${zhBy}${facts.date ? `，自${zd(facts.date)}起` : ''}${zhThen}`,
      en: `${bracketTitle(written)} ${enBy}${facts.date ? `, from ${ed(facts.date)}` : ''}${enThen}`,
    };
  },
  /** A repealed law cited by a document older than the repeal (hover): in force then, repealed since. */
  repealedSince(title: string, facts: RepealFacts, documentDate: string): Bilingual {
    const zhBy = facts.by ? `被${bracketTitle(facts.by)}${facts.article ?? ''}废止` : '废止';
    const enBy = facts.by ? ` by ${facts.article ? `${enLabel(facts.article)} of ` : ''}${bracketTitle(facts.by)}` : '';
    const zhNext = facts.successor ? `，现行：${bracketTitle(facts.successor)}` : '';
    const enNext = facts.successor ? `; now ${bracketTitle(facts.successor)}` : '';
    return {
      zh: `${bracketTitle(title)}在本文件日期${zd(documentDate)}时有效，${facts.date ? `自${zd(facts.date)}起` : '后'}${zhBy}${zhNext}`,
      en: `${bracketTitle(title)} was in force at this document's date ${ed(documentDate)}; repealed${facts.date ? ` from ${ed(facts.date)}` : ''}${enBy}${enNext}`,
    };
  },
  fixCiteSuccessor(newText: string): Bilingual {
    return { zh: `改为引用现行法：${newText}`, en: `Cite the law in force: ${newText}` };
  },
  malformedCitation(written: string, correct: string): Bilingual {
    return { zh: `引用格式不规范：“${written}”应写作“${correct}”`, en: `Malformed citation: write “${correct}” for “${written}”` };
  },
  fixMalformed(correct: string): Bilingual {
    return { zh: `改为“${correct}”`, en: `Write “${correct}”` };
  },
  /** 第五条重复；应为第六条 / Article 5 repeated; expected Article 6. Items and subitems are named with their kind. */
  numbering(kind: NumberingKind, fault: NumberingFault, written: string, expected: string, writtenEn: string, expectedEn: string): Bilingual {
    const zhFault = { duplicate: '重复', gap: '跳号', order: '顺序错误' }[fault];
    const enFault = { duplicate: 'repeated', gap: 'skips a number', order: 'out of order' }[fault];
    const zhName = (label: string) => (kind === 'item' ? `项${label}` : kind === 'subitem' ? `目“${label}”` : label);
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    return { zh: `${zhName(written)}${zhFault}；应为${kind === 'subitem' ? `“${expected}”` : expected}`, en: `${cap(writtenEn)} ${enFault}; expected ${expectedEn}` };
  },
  fixNumbering(expected: string, expectedEn: string): Bilingual {
    return { zh: `改为${expected}`, en: `Renumber as ${expectedEn}` };
  },
  /** A nearby article: the citation as it reads after the fix, and why this one. */
  fixNearArticle(result: string, why: 'base' | 'swap' | 'digit' | 'last'): Bilingual {
    return {
      zh: `改为“${result}”${why === 'last' ? '（最后一条）' : ''}`,
      en: `Change to “${result}”${why === 'last' ? ' (the last article)' : ''}`,
    };
  },
  /** A bare 第X条 read in a regulation the draft cites or a short title it defines. */
  fixNameRegulation(result: string): Bilingual {
    return { zh: `改为“${result}”`, en: `Change to “${result}”` };
  },
  /** “物业”已在第二条（第5行）定义，此处重复定义. */
  termRedefined(term: string, whereZh: string, whereEn: string): Bilingual {
    return { zh: `“${term}”已在${whereZh}定义，此处重复定义`, en: `“${term}” is already defined (${whereEn}); it is defined again here` };
  },
  termUnused(term: string, shortForm: boolean): Bilingual {
    return shortForm
      ? { zh: `简称“${term}”在本文件中未使用`, en: `The short form “${term}” is not used in this document` }
      : { zh: `定义的用语“${term}”在本文件中未使用`, en: `The defined term “${term}” is not used in this document` };
  },
  termFullForm(full: string, short: string, whereZh: string, whereEn: string): Bilingual {
    return {
      zh: `“${full}”已在${whereZh}简称为“${short}”，此处宜用简称`,
      en: `“${full}” was given the short form “${short}” (${whereEn}); use the short form here`,
    };
  },
  fixUseShortForm(short: string): Bilingual {
    return { zh: `改为“${short}”`, en: `Write “${short}”` };
  },
  /** 引文与《…》第六条第二款原文不一致（规范用语不同）：…[-应当-]{+可以+}… */
  quoteDiffers(title: string, zhProvision: string, enProv: string, differences: readonly QuoteDifference[], excerpt: string, more: number): Bilingual {
    return {
      zh: `引文与${zhTitle(title)}${zhProvision}原文不一致（${differences.map((d) => DIFFERENCE_WORDS[d].zh).join('、')}）：${excerpt}${more ? `（另有${more}处）` : ''}`,
      en: `The quotation differs from ${enProv} of ${enTitle(title)} (${differences.map((d) => DIFFERENCE_WORDS[d].en).join(', ')}): ${excerpt}${more ? ` (${more} more)` : ''}`,
    };
  },
  quoteUnrelated(title: string, zhProvision: string, enProv: string): Bilingual {
    return {
      zh: `引文与${zhTitle(title)}${zhProvision}原文不符（相同文字不足一半）`,
      en: `The quotation does not match ${enProv} of ${enTitle(title)} (less than half of it is in the text)`,
    };
  },
  quoteOtherParagraph(title: string, article: number, insert: number | null, cited: number, found: number): Bilingual {
    return {
      zh: `引文出自${zhTitle(title)}${zhArticle(article, insert)}${paragraphLabel(found)}，而所引为${paragraphLabel(cited)}`,
      en: `The quotation is from ${enArticle(article, insert)}(${found}) of ${enTitle(title)}, not the cited paragraph ${cited}`,
    };
  },
  quoteWholeArticle(title: string, article: number, insert: number | null, cited: number): Bilingual {
    return {
      zh: `引文含${zhTitle(title)}${zhArticle(article, insert)}的其他款，所引仅为${paragraphLabel(cited)}`,
      en: `The quotation runs over other paragraphs of ${enArticle(article, insert)} of ${enTitle(title)}; the citation names paragraph ${cited} only`,
    };
  },
  fixQuoteText(text: string): Bilingual {
    const short = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    return { zh: `改为原文：“${short}”`, en: `Replace with the text: “${short}”` };
  },
  fixCiteParagraph(paragraph: number): Bilingual {
    return { zh: `改为引用${paragraphLabel(paragraph)}`, en: `Cite paragraph ${paragraph}` };
  },
  /** Flags of the list of cited provisions (citedProvisions.ts). */
  citedNotYetEffective(effective: string, docDate: string): Bilingual {
    return { zh: `尚未施行：自${zd(effective)}起施行，晚于文件日期${zd(docDate)}`, en: `Not yet in force: takes effect on ${ed(effective)}, after the draft's date ${ed(docDate)}` };
  },
  citedSuperseded(version: string, until: string, docDate: string): Bilingual {
    return { zh: `所引${zd(version)}版本自${zd(until)}起已被取代（文件日期${zd(docDate)}）`, en: `The version of ${ed(version)} cited was superseded on ${ed(until)} (the draft is dated ${ed(docDate)})` };
  },
  citedLowerRank(kind: string, kindEn: string, draftKind: string, draftKindEn: string): Bilingual {
    return {
      zh: `效力级别（${kind}）低于本文件（${draftKind}），不宜作为制定依据`,
      en: `Ranks below the draft (${kindEn} under ${draftKindEn}): not a basis for it`,
    };
  },
  fixAddTitleMarks(written: string): Bilingual {
    return { zh: `加上书名号：${bracketTitle(written)}`, en: `Add title marks: ${bracketTitle(written)}` };
  },
  /** Why a provision an amending text adds is missing from the text read, which is only information. */
  addedByAmendment(): Bilingual {
    return { zh: '该规定系本修改所增加，现行文本尚无', en: 'the amendment adds it; the text in force has none yet' };
  },
  /** Why a unit missing from the text read is only information: the text in force then is not in the corpus. */
  beforeCorpus(documentDate: string, effective: string): Bilingual {
    return {
      zh: `本文件日期（${zd(documentDate)}）时施行的文本不在法规库中，所读文本自${zd(effective)}起施行，条文可能已变动`,
      en: `the text in force at this document's date (${ed(documentDate)}) is not in the corpus; the text read took effect on ${ed(effective)} and may differ`,
    };
  },
  /** Which version a citation is read in and why: 2018年10月26日版本（共2个版本；2018年10月26日起施行，至2024年6月30日）：… */
  versionChoice(c: VersionChoice): Bilingual {
    const why: Record<VersionChoice['reason'], Bilingual> = {
      named: { zh: '引用指明的版本', en: 'the version the citation names' },
      'document-date': { zh: `本文件日期${zd(c.documentDate)}时施行的版本`, en: `in force at this document's date ${ed(c.documentDate)}` },
      'front-matter': { zh: `文件头日期${zd(c.documentDate)}时施行的版本`, en: `in force at the front matter's date ${ed(c.documentDate)}` },
      latest: { zh: '未给出日期，用现行版本', en: 'no date given: the version in force (latest)' },
      'before-corpus': {
        zh: `本文件日期${zd(c.documentDate)}时施行的文本不在法规库中，用库中最早的版本`,
        en: `the text in force at this document's date ${ed(c.documentDate)} is not in the corpus: the earliest one there`,
      },
      'older-fits': { zh: '未给出日期，现行版本无所引条款，用有此条款的最近版本', en: 'no date given and the version in force lacks the unit cited: the latest version that has it' },
      'adopted-fits': {
        zh: `本文件日期${zd(c.documentDate)}时施行的版本无所引条款，用当时已通过、尚未施行的版本`,
        en: `the version in force at this document's date ${ed(c.documentDate)} lacks the unit cited: the version already adopted then, not yet in force`,
      },
    };
    return {
      zh: `${zd(c.text)}版本（共${c.count}个版本；${writtenSpan(c.effective, c.until, 'zh')}）：${why[c.reason].zh}`,
      en: `Version of ${ed(c.text)} (one of ${c.count}; ${writtenSpan(c.effective, c.until, 'en')}): ${why[c.reason].en}`,
    };
  },
};

/** Whether two arguments of a message are the same: equal strings or numbers, lists of them, objects of them (a title's {self}). */
function sameArgument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Messages remembered per message at most (then all forgotten): a server reads document after document. */
const REMEMBERED_MESSAGES = 4096;

/**
 * A message is a function of its arguments and never changed once made: the same problem said again — a draft citing
 * one short title hundreds of times, an article written in digits throughout, one missing article cited twice — shares
 * one message, not a copy of its words per citation kept as long as the analysis (a large draft has thousands). Looked
 * up by its first argument (a string or number), the others compared by value.
 */
function remembered<A extends unknown[]>(make: (...args: A) => Bilingual): (...args: A) => Bilingual {
  const made = new Map<unknown, { args: A; message: Bilingual }[]>();
  let count = 0;
  return (...args: A): Bilingual => {
    const first = args[0];
    if (typeof first === 'object' && first !== null) return make(...args);
    const list = made.get(first);
    if (list) {
      for (let i = 0; i < list.length; i++) if (sameArguments(list[i].args, args)) return list[i].message;
    }
    const message = make(...args);
    if (++count > REMEMBERED_MESSAGES) {
      made.clear();
      count = 1;
    }
    const entry = { args, message };
    const again = made.get(first);
    if (again) again.push(entry);
    else made.set(first, [entry]);
    return message;
  };
}

/** Whether two lists of a message's arguments are the same, their first one aside (the key they were found by). */
function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && !sameArgument(a[i], b[i])) return false;
  return true;
}

// The messages a citation's problems and their fixes say at each citation.
messages.unknownArticle = remembered(messages.unknownArticle);
messages.unknownRegulation = remembered(messages.unknownRegulation);
messages.ambiguousRegulation = remembered(messages.ambiguousRegulation);
messages.noContext = remembered(messages.noContext);
messages.arabicNumerals = remembered(messages.arabicNumerals);
messages.malformedCitation = remembered(messages.malformedCitation);
messages.fixReplaceTitle = remembered(messages.fixReplaceTitle);
messages.fixChineseNumeral = remembered(messages.fixChineseNumeral);
messages.fixMalformed = remembered(messages.fixMalformed);
messages.fixNearArticle = remembered(messages.fixNearArticle);
messages.fixNameRegulation = remembered(messages.fixNameRegulation);
