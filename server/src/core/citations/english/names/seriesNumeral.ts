// The number of one of a series of the court's interpretations (解释（一）, （二）…), as English titles write it: a roman
// or Arabic numeral in brackets ("(I)", "(2)"), an ordinal ("the Second Interpretation", "Interpretation Three").

/** A series number as written (lower case) → the Chinese numeral its title puts in （…）. */
export const SERIES_NUMERAL: Readonly<Record<string, string>> = {
  i: '一', ii: '二', iii: '三', iv: '四', v: '五', 1: '一', 2: '二', 3: '三', 4: '四', 5: '五',
  first: '一', second: '二', third: '三', fourth: '四', fifth: '五',
  one: '一', two: '二', three: '三', four: '四', five: '五',
};
