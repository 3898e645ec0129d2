// Reading a lazy article's body: its lines cut from the file's text and walked again with a full builder, the
// same walk (and options) that found the article, so the result is what an eager parse would have built.
import type { BodyOptions } from './body';
import { walkBody } from './body';
import { StructureBuilder } from './builder';
import type { ArticleBody, ArticleSource, LazyArticle } from './lazyArticle';
import type { SourceText } from './sourceText';
import { splitLines, trimmedLine } from './text';

export class BodySource implements ArticleSource {
  constructor(
    readonly source: SourceText,
    readonly options: BodyOptions,
  ) {}

  get file(): string {
    return this.source.file;
  }

  rawText(article: LazyArticle): string {
    return this.source.slice(article.startLine, article.endLine + 1);
  }

  readBody(article: LazyArticle): ArticleBody {
    const count = article.endLine - article.startLine + 1;
    const lines = splitLines(this.source.slice(article.startLine, article.endLine + 1));
    const builder = new StructureBuilder(this.source.file, { lineBase: article.startLine });
    // The article before this one: a label glued to its text ("第二条本条例…") is then read as this article again.
    const previous = article.insert ? article.number : article.number - 1;
    walkBody(lines, 0, count, builder, this.options, previous);
    // An article whose label follows a full stop inside a line (stopGluedArticle.ts) shares that line with the one
    // before: the walk reads both, and the article is the one of its number.
    const read = builder.finish().articles.find((a) => a.number === article.number && a.insert === article.insert);
    if (read && read.number === article.number && read.insert === article.insert) return { paragraphs: read.paragraphs, text: read.text };
    return rawBody(article, lines.slice(0, count));
  }
}

/** Not expected (a test reads every article of the corpora both ways): keep the lines as one 款 rather than lose them. */
function rawBody(article: LazyArticle, lines: string[]): ArticleBody {
  const text = lines.map((l) => trimmedLine(l)?.t ?? '').filter((l) => l).join('\n');
  const body = text.startsWith(article.label) ? text.slice(article.label.length).trimStart() : text;
  return { paragraphs: [{ number: 1, text: body, location: article.location, items: [] }], text };
}
