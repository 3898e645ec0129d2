// Renaming a defined term: its name where it is defined (every definition of the name) and every use. Pure: no LSP
// import. Refused, with the reason, when the new name is not a term (empty, punctuation, too long), is another
// defined term, or is already written in the document (those words would silently become uses of the term).
import type { Bilingual } from '../messages';
import type { DefinedTerm } from '../types';
import type { TextRange } from '../../model';

export type TermRenameResult = { edits: { range: TextRange; newText: string }[] } | { error: Bilingual };

const NOT_A_TERM = /[\s，,。；;：:！？!?“”"（）()《》、]/;

export function renameTerm(text: string, terms: readonly DefinedTerm[], name: string, newName: string): TermRenameResult {
  const next = newName.trim();
  if (!next || next.length > 30 || NOT_A_TERM.test(next)) {
    return { error: { zh: `“${newName}”不能作为用语（不含空白和标点，至多三十字）`, en: `“${newName}” cannot be a term (no spaces or punctuation, at most 30 characters)` } };
  }
  const defs = terms.filter((t) => t.term === name);
  if (!defs.length) return { error: { zh: `本文件没有定义“${name}”`, en: `This document does not define “${name}”` } };
  if (next === name) return { edits: [] };
  if (terms.some((t) => t.term === next)) return { error: { zh: `本文件已定义“${next}”`, en: `This document already defines “${next}”` } };
  if (text.includes(next)) {
    return { error: { zh: `“${next}”已出现在本文件中，改名后这些文字将被视为该用语；请换一个名称`, en: `“${next}” already appears in this document; renamed, those words would become uses of the term: choose another name` } };
  }
  const ranges = defs.flatMap((d) => [d.range, ...d.uses]).sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { edits: ranges.map((range) => ({ range, newText: next })) };
}
