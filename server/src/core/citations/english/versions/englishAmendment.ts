// Rule (issue 14, English pages on criminal law: law-firm notes, translations): the Criminal Law's amendments (刑法修正案
// （一）…（十二）) are laws with articles of their own, named in English by their number in any of these ways —
// "Amendment (VIII) to the Criminal Law", "Amendment IX to the Criminal Law", "the Ninth Amendment to the Criminal Law",
// "the Amendment to the Criminal Law (9)", "the Criminal Law Amendment (IX)" — so "Article 8 of the Criminal Law
// Amendment (IX)" is article 8 of 刑法修正案（九）, never article 8 of the Criminal Law. The first has no number in its
// Chinese title (中华人民共和国刑法修正案). Without a number the words name no one amendment and are left to the other rules.
import { chineseNumeral } from '../../../labels';
import { parseRoman } from '../../../numerals';

const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

const NUM = '\\((?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|1[0-2]|[1-9])\\)';
const BARE_ROMAN = '(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\\w(])';
const LAW = "(?:(?:the|PRC|China['’]s)\\s+)?(?:PRC\\s+)?Criminal\\s+Law(?:\\s+of\\s+(?:the\\s+)?(?:People['’]s\\s+Republic\\s+of\\s+China|PRC))?";
const ORD = `(?:${Object.keys(ORDINAL).join('|')})`;

/** "(the) [Ninth] Amendment [(IX) | IX] to the Criminal Law [(9)]", "(the) Criminal Law Amendment (IX)". */
const FORMS = [
  new RegExp(`(?:the\\s+)?(?:(${ORD})\\s+)?Amendment(?:\\s*(${NUM})|\\s+(${BARE_ROMAN}))?\\s+to\\s+${LAW}(?:\\s*(${NUM}))?`, 'iy'),
  new RegExp(`(?:the\\s+)?${LAW}\\s+Amendment(?:\\s*(${NUM})|\\s+(${BARE_ROMAN}))`, 'iy'),
];

function numberOf(s: string): number {
  const t = s.replace(/[()]/g, '');
  return /^\d+$/.test(t) ? +t : ORDINAL[t.toLowerCase()] ?? parseRoman(t) ?? 0;
}

/** A Criminal Law amendment named by its number at p: where the name ends and its Chinese title; null otherwise. */
export function criminalAmendmentAt(text: string, p: number): { end: number; written: string } | null {
  if (!/[Aa]mendment/.test(text.substr(p, 120))) return null;
  for (const re of FORMS) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    const given = m.slice(1).filter((g): g is string => g !== undefined);
    if (given.length !== 1) continue;
    const n = numberOf(given[0]);
    if (n < 1 || n > 12) continue;
    return { end: p + m[0].length, written: n === 1 ? '中华人民共和国刑法修正案' : `中华人民共和国刑法修正案（${chineseNumeral(n)}）` };
  }
  return null;
}
