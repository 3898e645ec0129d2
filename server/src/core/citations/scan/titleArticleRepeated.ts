// Rule (issue 14, fix-zh80; scholars' and judges' essays on one provision: 将《反不正当竞争法》第2条中的商业道德……司法机关
// 越来越多地依赖《反不正当竞争法》2条来裁决……; 论《刑法》第133条之1的规范目的……《刑法》133条之1的规范目的之争议): a writer
// who has cited an article of a law in full comes back to it by the same title and the number alone, dropping 第 — the
// article he is writing about, not a count of the law's articles. So right after a title, digits and 条 (an inserted
// article's 之N included) written without 第 are that title's article when a citation earlier on the page named the same
// title written the same way and the same article (and 之N) with 第. A count of articles is not the number of one of them
// cited just before (《条例》64条，比原条例增加了20条 names no 第64条 before), and a counted thing after the number
// (《意见》32条建议) stays one, as does a clause that goes on counting (…64条，比原条例增加了20条). Only digits: 三十二条 in Chinese numerals after a title is left to looseArticle and to the
// bare-name rule (bareNameLooseArticle.ts). The earlier title rules (looseArticle: a 款, 规定, a word saying what the
// article provides) are asked first; malformed-citation gives the fix that writes 第, as for them.
import { type Chain, isDigitAt, parseChain } from '../chain/chain';
import type { ScanEvent, TitleHead } from '../scanTypes';

/** A counted thing right after 条 (32条建议, 10条措施): the number counts those, it cites no article. */
const COUNTED_AFTER = /^(?:措施|意见|建议|规则|原则|标准|举措|经验|做法|要求|红线|底线|新规|规矩|禁令)/;
/** A clause after the number that goes on counting (64条，比原条例增加了20条; 64条，分为七章; 64条，其中…). */
const COUNT_GOES_ON = /^[，,、]?(?:比|较|共|分为|分成|增加|减少|删除|新增|其中)/;

/**
 * The article written without 第 at `q` (digits) right after the title `head`, when it repeats an article of that same
 * title cited with 第 earlier on the page (`events`, the scanner's so far); else null.
 */
export function titleArticleRepeated(text: string, q: number, head: TitleHead, events: readonly ScanEvent[]): Chain | null {
  if (!isDigitAt(text, q) || head.lang !== 'zh') return null;
  const chain = parseChain(text, q, 0, false, undefined, true);
  if (!chain || chain.top !== 0 || chain.targets.length === 0) return null;
  const u = text.indexOf('条', q);
  if (u !== -1 && COUNTED_AFTER.test(text.slice(u + 1, u + 3))) return null;
  if (COUNT_GOES_ON.test(text.slice(chain.end, chain.end + 4))) return null;
  const first = chain.targets[0];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'citation' || e.lang !== 'zh' || e.head.kind !== 'title' || e.head.written !== head.written) continue;
    if ((e.missing ?? []).some((m) => m.word === '第')) continue;
    if (e.targets.some((t) => t.article === first.article && t.insert === first.insert)) return chain;
  }
  return null;
}
