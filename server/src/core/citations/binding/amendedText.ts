// Whether a version the corpus holds is an amended text (versionChoice's 'before-corpus' rule reads it).
import { fileNameDate } from '../../corpus/titles';
import type { Regulation } from '../../model';

/**
 * Whether a version is an amended text, not the law as first adopted: it states a 修正/修订, or its text (file name,
 * version:) is dated after both its adoption and its taking effect
 * — a LawRefBook file of a 司法解释 amended in 2020 (最高人民法院关于适用《民事诉讼法》的解释
 * (2020-12-29).md, adopted 2014) prints the adoption line only. A document dated between the adoption and that
 * text then cites an earlier text the corpus lacks ('before-corpus': the earliest text is read, as for a law).
 */
export function amendedText(reg: Regulation): boolean {
  if (reg.amended) return true;
  // The text's own date only (front matter version:, the file name), after both its adoption and its taking effect: a
  // text never amended is dated by its 施行 or adoption, and a file dated when it was published is not an amendment.
  const text = reg.version ?? fileNameDate(reg.files[0] ?? '');
  return !!text && !!reg.adopted && text > reg.adopted && (!reg.effective || text > reg.effective);
}
