// The article view's page (pure rendering, no VS Code): the article as text, the cited 款 marked, the source named
// as regulation and article (never a file path), everything escaped.
import * as assert from 'assert';
import { articlePage, articleSection, sourceName } from '../../client/src/articleHtml';
import type { ArticleView } from '../../server/src/protocol';

const words = { adopted: '通过', effective: '施行', source: '出处', openSource: '在法规原文中打开此条（只读）' };
const view: ArticleView = {
  title: '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例',
  label: '第六条',
  path: ['第一章 总则'],
  text: '第一款的文字。\n第二款 <b>有尖括号</b> & 符号。',
  markdown: '',
  paragraph: 2,
  item: null,
  uri: 'file:///home/u/.vscode/extensions/lawcite/corpus/%E5%86%85%E8%92%99.md',
  range: { start: { line: 12, character: 0 }, end: { line: 12, character: 3 } },
  adopted: '2023-07-31',
  effective: '2023-09-01',
};

describe('article view page', () => {
  it('renders the article as paragraphs, the cited 款 marked, the source as 《title》第X条 with no path', () => {
    const html = articleSection(view, 0, { ...words, chineseDates: true });
    assert.match(html, /<h1>《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》<span class="label">第六条<\/span><\/h1>/);
    assert.match(html, /<div class="meta">第一章 总则 · 2023年7月31日通过，2023年9月1日起施行<\/div>/);
    assert.match(html, /<p>第一款的文字。<\/p>\n<p class="cited">第二款 &lt;b&gt;有尖括号&lt;\/b&gt; &amp; 符号。<\/p>/);
    assert.match(html, /出处：<a href="#" data-open="0" [^>]*>《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条<\/a>/);
    assert.ok(!/corpus|\.md|file:/.test(html), 'no file path');
  });

  it('writes the dates as Chinese drafters do when the interface is Chinese', () => {
    assert.match(articleSection(view, 0, { ...words, chineseDates: true }), /<div class="meta">第一章 总则 · 2023年7月31日通过，2023年9月1日起施行<\/div>/);
    assert.match(articleSection({ ...view, adopted: null }, 0, { ...words, chineseDates: true }), /<div class="meta">第一章 总则 · 2023年9月1日起施行<\/div>/);
  });

  it('writes a title naming another law with 〈〉 inside 《》, in the heading and the source', () => {
    const title = '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定';
    const html = articleSection({ ...view, title, label: '第一条' }, 0, words);
    assert.match(html, /<h1>《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》<span/, html);
    assert.strictEqual(sourceName({ ...view, title, label: '第一条' }), '《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第一条');
  });

  it('writes the dates out in English too, never ISO', () => {
    const html = articleSection(view, 0, { ...words, adopted: 'Adopted', effective: 'Effective' });
    assert.match(html, /<div class="meta">第一章 总则 · Adopted 31 July 2023 · Effective 1 September 2023<\/div>/, html);
  });

  it('names an English text’s source as "Article, title", after an English colon in English', () => {
    assert.strictEqual(sourceName({ ...view, title: 'Regulations on X', label: 'Article 6' }), 'Article 6, Regulations on X');
    assert.match(articleSection(view, 0, { ...words, source: 'Source' }), /Source: <a/);
  });

  it('is a page with a nonce CSP, the language set, and each article’s own source link', () => {
    const page = articlePage([view, { ...view, label: '第七条', paragraph: null }], words, 'NONCE', 'zh-CN');
    assert.match(page, /<html lang="zh-CN">/);
    assert.match(page, /default-src 'none'; style-src 'nonce-NONCE'; script-src 'nonce-NONCE';/);
    assert.strictEqual((page.match(/data-open="\d"/g) ?? []).join(','), 'data-open="0",data-open="1"');
    assert.match(page, /Noto Sans CJK SC/);
  });

  it('shows the article under the cursor in full and the others of a list as one line of links (另有：…)', () => {
    const others = [{ ...view, label: '第七条', paragraph: null }, { ...view, label: '第九条', paragraph: null }, { ...view, label: '第七条', paragraph: null }];
    const page = articlePage([view, ...others], { ...words, also: '另有：' }, 'NONCE', 'zh-CN');
    assert.strictEqual((page.match(/<section class="article"/g) ?? []).length, 1, 'one article in full');
    assert.match(page, /<div class="also">另有：<a href="#" data-open="1" [^>]*>第七条<\/a>、<a href="#" data-open="2" [^>]*>第九条<\/a><\/div>/);
  });
});
