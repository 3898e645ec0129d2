// The article view's page: the article rendered (heading, chapter, dates, its 款 with the cited one marked), not
// Markdown source. Pure: no vscode import (test/client/articleHtml.test.ts).
import { paragraphLabel, writtenDate } from '../../server/src/core/labels';
import { bracketTitle } from '../../server/src/core/citations/messages';
import type { ArticleView } from '../../server/src/protocol';

export interface ArticleWords {
  adopted: string;
  effective: string;
  source: string;
  /** Tooltip of the source link: opens the law text (read-only) at the article. */
  openSource: string;
  /** Before the line of the other articles a citation lists: "另有：" / "Also cited: ". */
  also?: string;
  /** Dates as Chinese drafters write them: 2023年7月31日通过，2023年9月1日起施行 (else "Adopted 2023-07-31"). */
  chineseDates?: boolean;
}

/** The article's dates for its heading line: one item in Chinese (…通过，…起施行), one per date otherwise. */
function datesText(view: ArticleView, words: ArticleWords): string[] {
  if (words.chineseDates) {
    const parts = [view.adopted ? `${writtenDate(view.adopted, 'zh')}${words.adopted}` : '', view.effective ? `${writtenDate(view.effective, 'zh')}起${words.effective}` : ''];
    return [parts.filter(Boolean).join('，')];
  }
  return [view.adopted ? `${words.adopted} ${writtenDate(view.adopted, 'en')}` : '', view.effective ? `${words.effective} ${writtenDate(view.effective, 'en')}` : ''];
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Where an article comes from, as the drafter names it: 《title》第X条, never a file path. */
export function sourceName(view: ArticleView): string {
  return /[\u4e00-\u9fff]/.test(view.title) ? `${bracketTitle(view.title)}${view.label}` : `${view.label}, ${view.title}`;
}

/** One article as an HTML fragment; `index` is the article's place in the page (for its source link). */
export function articleSection(view: ArticleView, index: number, words: ArticleWords): string {
  const meta = [view.path.join(' '), ...datesText(view, words)].filter(Boolean);
  const paragraphs = view.text
    .split('\n')
    .filter((p) => p.trim())
    .map((p, i) => {
      const cited = view.paragraph === i + 1;
      return `<p${cited ? ' class="cited"' : ''}>${escapeHtml(p)}</p>`;
    });
  return [
    '<section class="article">',
    `<h1>${escapeHtml(/[\u4e00-\u9fff]/.test(view.title) ? bracketTitle(view.title) : view.title)}<span class="label">${escapeHtml(view.label)}</span></h1>`,
    meta.length ? `<div class="meta">${escapeHtml(meta.join(' · '))}</div>` : '',
    ...paragraphs,
    `<div class="source">${escapeHtml(words.source)}${/[\u4e00-\u9fff]$/.test(words.source) ? '：' : ': '}<a href="#" data-open="${index}" title="${escapeHtml(words.openSource)}">${escapeHtml(sourceName(view))}</a></div>`,
    '</section>',
  ].join('\n');
}

/**
 * The articles a citation lists besides the one under the cursor (the server puts that one first), each once, named
 * as the list line writes them (第九条, 第十条第二款, 《other title》第三条), with its place in `views`.
 */
export function otherCited(views: readonly ArticleView[]): { index: number; name: string }[] {
  const first = views[0];
  if (!first) return [];
  const name = (v: ArticleView) => `${v.title === first.title ? '' : bracketTitle(v.title)}${v.label}${v.paragraph ? paragraphLabel(v.paragraph) : ''}`;
  const seen = new Set([name(first)]);
  const out: { index: number; name: string }[] = [];
  views.forEach((v, index) => {
    const n = name(v);
    if (seen.has(n)) return;
    seen.add(n);
    out.push({ index, name: n });
  });
  return out;
}

/** The whole page: the articles, a strict CSP (only our inline script, by nonce), Chinese fonts first. */
export function articlePage(views: ArticleView[], words: ArticleWords, nonce: string, lang: string): string {
  // The article under the cursor in full (the server puts it first); the others the citation lists as one line of
  // links to their text (另有：第九条、第十条).
  const first = views[0];
  const links = otherCited(views).map(({ index, name }) => `<a href="#" data-open="${index}" title="${escapeHtml(words.openSource)}">${escapeHtml(name)}</a>`);
  const body = first ? articleSection(first, 0, words) + (links.length ? `\n<hr>\n<div class="also">${escapeHtml(words.also ?? '')}${links.join('、')}</div>` : '') : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
  body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", var(--vscode-font-family), sans-serif;
         font-size: calc(var(--vscode-font-size, 13px) + 2px); line-height: 1.8; padding: 0 1.2em 1.5em; max-width: 46em; }
  h1 { font-size: 1.15em; margin: 1em 0 0.2em; }
  h1 .label { margin-left: 0.3em; }
  .meta, .source { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
  p { margin: 0.5em 0; text-indent: 2em; }
  p.cited { font-weight: bold; background: var(--vscode-editor-findMatchHighlightBackground); }
  a { color: var(--vscode-textLink-foreground); }
  hr { border: none; border-top: 1px solid var(--vscode-panel-border, #8884); margin: 1.2em 0; }
</style>
</head>
<body>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-open]');
    if (!a) return;
    e.preventDefault();
    vscode.postMessage({ open: Number(a.dataset.open) });
  });
</script>
</body>
</html>`;
}
