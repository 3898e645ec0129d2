// Articles grouped by chapter for the Insert Citation picker (pure: no vscode import, unit-tested in test/client/).
import type { ArticleSummary } from '../../../server/src/protocol';

export interface ChapterGroup {
  /** "第二章 生态保护修复 › 第一节 草原"; null for articles before any chapter (or a regulation without chapters). */
  chapter: string | null;
  articles: ArticleSummary[];
}

/** Consecutive articles of one chapter (and section) as one group, in order. */
export function chapterGroups(articles: readonly ArticleSummary[]): ChapterGroup[] {
  const groups: ChapterGroup[] = [];
  for (const a of articles) {
    const chapter = a.chapter ?? null;
    const last = groups[groups.length - 1];
    if (last && last.chapter === chapter) last.articles.push(a);
    else groups.push({ chapter, articles: [a] });
  }
  return groups;
}
