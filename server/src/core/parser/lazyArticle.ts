// An article that reads its 款/项/目 and text from its source lines on first use. Loading a corpus keeps one
// object per article (number, label, division, line range): building every paragraph, item and their strings
// up front cost more than reading and decoding the files (the bench corpus has ~150,000 articles).
import type { Article, Division, Paragraph, SourceLocation } from '../model';
import { CompactLocation } from './location';
import type { BodyOptions } from './bodyOptions';

/** What an article's body is read from: its file's text and how the parser walked it. */
export interface ArticleSource {
  readonly file: string;
  /** How the article's lines are walked (the parse's options for its format). */
  readonly options: BodyOptions;
  /** The article's lines as they are in the file (line breaks and indentation kept); cheap, nothing is parsed. */
  rawText(article: LazyArticle): string;
  /** Paragraphs and text of `article`, walked again from its lines exactly as the full parse would. */
  readBody(article: LazyArticle): ArticleBody;
}

export interface ArticleBody {
  paragraphs: Paragraph[];
  text: string;
}

export class LazyArticle implements Article {
  private body: ArticleBody | null = null;
  /** Made on first use: every citation of the article binds to it. */
  private labelPlace: SourceLocation | null = null;

  constructor(
    /** Where the body is read from (one per regulation and file). */
    readonly source: ArticleSource,
    public number: number,
    public insert: number | null,
    public label: string,
    public division: Division | null,
    /** The label's line and first character. */
    public startLine: number,
    public startCharacter: number,
    /** End of the article's last line (exclusive). */
    public endLine: number,
    public endCharacter: number,
  ) {}

  get labelLocation(): SourceLocation {
    return (this.labelPlace ??= new CompactLocation(this.source.file, this.startLine, this.startCharacter, this.startLine, this.startCharacter + this.label.length));
  }

  get location(): SourceLocation {
    return new CompactLocation(this.source.file, this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }

  /** Has the body been read (for tests and memory figures)? */
  get isRead(): boolean {
    return this.body !== null;
  }

  /** The lines of the article as in the file: for quick tests before reading the body (every word of `text` is in it). */
  get rawText(): string {
    return this.source.rawText(this);
  }

  private read(): ArticleBody {
    return (this.body ??= this.source.readBody(this));
  }

  get paragraphs(): Paragraph[] {
    return this.read().paragraphs;
  }

  set paragraphs(value: Paragraph[]) {
    this.read().paragraphs = value;
  }

  get text(): string {
    return this.read().text;
  }

  set text(value: string) {
    this.read().text = value;
  }
}
