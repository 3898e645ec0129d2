// Rule (issue 14, fix-tw21; Taiwan's law database and the ministries' letters it prints, whose field 相關法條 lists the
// provisions a letter applies: 相關法條 行政程序法 第 159、160、161 條, 民法 第 184、185 條): on a page written under
// Taiwan's laws (rocPage.ts) a law's name standing as a word of its own — after the start of a line, a space or a
// punctuation mark, with no character glued before it — then a space, then its article 第 N 條 (spaces around the
// numbers as the database prints them) names that law: the articles are Taiwan's law's, unknown to the corpus, never
// the articles of that number of every mainland law. The name ends as a law's or a regulation's does (法, 條例, 規則,
// 辦法, 細則, 通則, 準則); words ending so that name no law (立法, 依法, 本法, 該辦法) name none; a name with the People's
// Republic's before it (中華人民共和國民法典 第 10 條) is the mainland's, read as before.

import { notALawName } from './unknownLawName';
import { taiwanPage } from './rocPage';

const SPACED_NAME = /(?:^|[\s:：,，、;；（(「『])([\u4e00-\u9fff]{2,24}?(?:法|法典|条例|规则|办法|细则|通则|准则))[ \u3000]{1,3}$/;
const ARTICLE_AFTER = /^第[ \u3000]*[0-9０-９零〇一二三四五六七八九十百千]+/;
const PRC_NAMED = /^(?:中华人民共和国|中華人民共和國)/;
/** A kind of regulation alone, or an anaphor's (办法, 施行细则, 该条例): no name. */
const KIND_ALONE = /^(?:[本该此其这那上前同原新旧]|(?:施行|实施|管理|相关|有关)?(?:条例|规则|办法|细则|通则|准则)$)/;

/** The Taiwan law's name standing apart before the article at `p` (start and end), or null. */
export function spacedRocNameBefore(text: string, p: number): { start: number; end: number } | null {
  if (text[p] !== '第' || (text[p - 1] !== ' ' && text[p - 1] !== '\u3000')) return null;
  if (!ARTICLE_AFTER.test(text.slice(p, p + 12))) return null;
  const m = SPACED_NAME.exec(text.slice(Math.max(0, p - 30), p));
  if (!m) return null;
  const name = m[1];
  if (notALawName(name) || KIND_ALONE.test(name) || PRC_NAMED.test(name) || !taiwanPage(text)) return null;
  const end = p - (m[0].length - m[0].indexOf(name) - name.length);
  return { start: end - name.length, end };
}
