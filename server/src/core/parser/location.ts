// A SourceLocation stored as five fields instead of four nested objects: the bench corpus has about a million
// located nodes, and the nested form tripled the objects the garbage collector has to trace. `range` is built
// on read (and serialised by toJSON), so consumers see the plain SourceLocation shape.
import type { SourceLocation, TextRange } from '../model';

export class CompactLocation implements SourceLocation {
  constructor(
    public file: string,
    public startLine: number,
    public startCharacter: number,
    public endLine: number,
    public endCharacter: number,
  ) {}

  get range(): TextRange {
    return {
      start: { line: this.startLine, character: this.startCharacter },
      end: { line: this.endLine, character: this.endCharacter },
    };
  }

  set range(r: TextRange) {
    this.startLine = r.start.line;
    this.startCharacter = r.start.character;
    this.endLine = r.end.line;
    this.endCharacter = r.end.character;
  }

  /** Move the end (a paragraph or article growing by a line). */
  extendTo(line: number, character: number): void {
    this.endLine = line;
    this.endCharacter = character;
  }

  toJSON(): { file: string; range: TextRange } {
    return { file: this.file, range: this.range };
  }
}
