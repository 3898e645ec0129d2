// How a draft regulation names itself in messages: 本办法, 本条例, 本规定 … as its own text does, after the kind
// word its title ends with (某市物业管理办法（草案） → 本办法); 本文件 when the title names no kind.

/** A title as messages write it: a regulation's title, or the document itself (`{ self }`, its 本X word). */
export type NamedTitle = string | null | { self: string };

const KIND_WORDS = ['条例', '办法', '规定', '细则', '规则', '法'];
/** Trailing （草案）, （征求意见稿）, (送审稿) and the like after the kind word. */
const DRAFT_MARK = /\s*[（(][^（）()]*[）)]\s*$/;

/** 本办法 for a draft titled …办法（草案）; null when the title ends with no kind word. */
export function selfName(title: string | null | undefined): { self: string } | null {
  let t = (title ?? '').trim();
  while (DRAFT_MARK.test(t)) t = t.replace(DRAFT_MARK, '');
  const word = KIND_WORDS.find((w) => t.endsWith(w));
  return word ? { self: `本${word}` } : null;
}

/** The plain title a problem keeps in its arguments: null for the document itself. */
export function plainTitle(title: NamedTitle): string | null {
  return typeof title === 'string' ? title : null;
}
