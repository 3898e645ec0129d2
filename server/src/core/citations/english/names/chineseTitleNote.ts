// The Chinese title a memo gives in brackets after its own English rendering of a law (rule, issue 14, English memos
// and client alerts): "the PRC Administrative Law on Overseas NGOs' Activities within China (in Chinese: 中华人民共和国
// 境外非政府组织境内活动管理法) ("PRC NGO Law")". The writer translates the title freely but names the law exactly in
// Chinese, so the Chinese title is the law the short name defined after it stands for, whatever the English words.
import { LAW_TITLE_END } from '../../text';

/**
 * The Chinese title inside a bracket's text (without the brackets): "in Chinese: 中华人民共和国慈善法", "Chinese: 《慈善法》",
 * "中文：慈善法", or the title alone; where it starts and ends in `inner`, and the title without its marks. Null when the
 * bracket holds anything else (a version, "2018 Revision", a pinyin gloss, Chinese prose that is no law's title).
 */
export function chineseTitleInNote(inner: string): { start: number; end: number; title: string } | null {
  const m = /^[ \t]*(?:(?:in[ \t]+)?Chinese[ \t]*[:：,]?[ \t]*|中文[ \t]*[:：][ \t]*)?(《?)([\u4e00-\u9fff（）()〈〉《》]{3,60}?)(》?)[ \t]*$/i.exec(inner);
  if (!m || !m[1] !== !m[3]) return null;
  const title = m[2].replace(/^《|》$/g, '');
  if (/[《》]/.test(title) && !/^最高人民/.test(title)) return null;
  if (!LAW_TITLE_END.test(title)) return null;
  const start = m.index + m[0].indexOf(m[1] + m[2]) + m[1].length;
  return { start, end: start + m[2].length, title };
}
