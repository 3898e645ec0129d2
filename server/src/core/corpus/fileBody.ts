// Article bodies of a regulation loaded from a warm index: the file is read (once) the first time one of its
// articles is read, then walked exactly as a parse would (parser/articleBody.ts). If the file no longer has the
// content the index was built from, the body comes from parsing the file as it is now.
import * as fs from 'fs';
import { BodySource } from '../parser/articleBody';
import type { BodyOptions } from '../parser/body';
import { decodeText } from '../parser/decode';
import { parseRegulationText } from '../parser/index';
import type { ArticleBody, ArticleSource, LazyArticle } from '../parser/lazyArticle';
import { sourceOf, type SourceText } from '../parser/sourceText';
import type { Regulation } from '../model';
import { contentHash } from './hash';

/** One indexed file's text, read on first use. */
export class IndexedFile {
  private text: SourceText | null = null;
  private current: Regulation[] | null = null;
  /** Set when the file's content differs from the index's. */
  stale = false;

  constructor(
    readonly file: string,
    readonly hash: string,
  ) {}

  source(): SourceText {
    if (!this.text) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(this.file);
      } catch {
        bytes = new Uint8Array(0);
      }
      this.stale = contentHash(bytes) !== this.hash;
      this.text = sourceOf(this.file, decodeText(bytes).text).source;
    }
    return this.text;
  }

  /** The regulations a load keeps from the file as it is now (when the index's do not fit it). */
  reparsed(): Regulation[] {
    this.current ??= parseRegulationText(this.source().text, { file: this.file, eager: true }).regulations.filter((r) => r.title.trim() && r.articles.length);
    return this.current;
  }
}

/** The body source of one regulation (its body options) in an indexed file. */
export class IndexedBodySource implements ArticleSource {
  private body: BodySource | null = null;

  constructor(
    private readonly indexed: IndexedFile,
    readonly options: BodyOptions,
    private readonly title: string,
  ) {}

  get file(): string {
    return this.indexed.file;
  }

  private walker(): BodySource {
    return (this.body ??= new BodySource(this.indexed.source(), this.options));
  }

  rawText(article: LazyArticle): string {
    const walker = this.walker();
    return this.indexed.stale ? this.current(article).text : walker.rawText(article);
  }

  readBody(article: LazyArticle): ArticleBody {
    const walker = this.walker();
    return this.indexed.stale ? this.current(article) : walker.readBody(article);
  }

  /** The article as the file now has it (same title, number and 之N), when the file is not the indexed one. */
  private current(article: LazyArticle): ArticleBody {
    const reg = this.indexed.reparsed().find((r) => r.title === this.title);
    const a = reg?.articles.find((x) => x.number === article.number && x.insert === article.insert);
    return a ? { paragraphs: a.paragraphs, text: a.text } : { paragraphs: [], text: article.label };
  }
}
