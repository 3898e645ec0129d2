// Rule (issue 14, fix-en52; heldout38 English, a law firm's note: "the State Council of China issued the new Medical
// Device Administration Regulations (“MDAR 2021”)", whose official English is "Regulations on the Supervision and
// Administration of Medical Devices"): 监督管理 is rendered "Supervision and Administration" by the tables and plain
// "Administration" by writers who name a 条例 after its subject — "<Subject> Administration Regulations" for
// 《<Subject>监督管理条例》. A written title so worded (administration and regulations, no supervision) names the one
// 监督管理条例 whose English title has the same words once "Supervision" is left off — when the corpus has exactly one
// on that subject; a 管理条例 of that subject, whose English is the written words themselves, is found first.

import { englishTitleBag } from './englishTitleBag';

/**
 * The word bag of a 监督管理条例's known English title with "supervision" left off, or of a written title that has
 * "administration" and "regulation(s)" but no "supervision" — for the third try of titles.ts byEnglishWords; null for
 * any other title or name.
 */
export function supervisionDroppedBag(name: string, chineseTitle?: string): string | null {
  if (chineseTitle !== undefined && !/监督管理条例$/.test(chineseTitle)) return null;
  const bag = englishTitleBag(name);
  if (!bag) return null;
  const words = bag.split(' ');
  if (!words.includes('administration') || !words.includes('regulation')) return null;
  const has = words.includes('supervision');
  if (chineseTitle === undefined ? has : !has) return null;
  const rest = words.filter((w) => w !== 'supervision');
  return rest.length >= 3 ? rest.join(' ') : null;
}
