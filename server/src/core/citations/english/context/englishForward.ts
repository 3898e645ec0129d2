// An English article named before its law (issue 14, english10 pages).
//
// The rule real writers follow: a news page's headline or a photo caption names the article the story is about
// ("Macau to begin talks on Article 23 legislation", "Wang Lin and article 293"), and the text names its law when it
// first cites that article in full ("… under Article 23 of its Basic Law", "Article 293 of China's Criminal Law"); an
// encyclopedia opens "Article 23 is an article of the Hong Kong Basic Law" and cites "Article 23 of the Basic Law"
// below. A reader takes the bare article, written before any law was named, as the article of the law the page later
// cites it with — the same number, cited with one law only. Nothing of the kind is read when the page cites that
// number with two different laws, or never with a law (the analyzer's no-context stays).
import type { ScanEvent, TitleHead } from '../../scanTypes';

/** The English citations naming a law, by the article numbers they cite, in document order; made once per scan. */
const byArticle = new WeakMap<readonly ScanEvent[], Map<number, { start: number; head: TitleHead }[]>>();

function index(events: readonly ScanEvent[]): Map<number, { start: number; head: TitleHead }[]> {
  let m = byArticle.get(events);
  if (!m) {
    m = new Map();
    for (const e of events) {
      if (e.type !== 'citation' || e.lang !== 'en' || e.head.kind !== 'title' || e.top !== 0) continue;
      for (const n of new Set(e.targets.map((t) => t.article))) {
        if (n === null) continue;
        const list = m.get(n);
        if (list) list.push({ start: e.start, head: e.head });
        else m.set(n, [{ start: e.start, head: e.head }]);
      }
    }
    byArticle.set(events, m);
  }
  return m;
}

/** The title heads of the English citations after `offset` that cite article `article` with a law, in order. */
export function lawsCitingLater(events: readonly ScanEvent[], offset: number, article: number): TitleHead[] {
  return (index(events).get(article) ?? []).filter((x) => x.start > offset).map((x) => x.head);
}
