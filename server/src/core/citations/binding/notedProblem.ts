// A problem of a missing unit lowered to information, with a note saying why it is not an error.
import type { Bilingual } from '../messages';
import type { Problem } from '../types';

/** A missing unit's problem lowered to information, with why (the text in force then is not in the corpus; the amendment adds it). */
export function withNote(p: Problem, note: Bilingual): Problem {
  return { ...p, severity: 'information', message: { zh: `${p.message.zh}；${note.zh}`, en: `${p.message.en}; ${note.en}` } };
}
