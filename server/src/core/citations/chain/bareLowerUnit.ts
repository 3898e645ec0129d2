// Rule (round 31, forms-zh110; judgments, penalty decisions and Q&A pages: 第39条2项, 第一千零七十九条第三款五项,
// 第十条第（二）项1目): a writer who leaves 第 out before a provision's lower unit writes that unit's numeral in the script
// of the unit it hangs on — digits after digits, Chinese after Chinese — glued to it. So a bare numeral and 项 right after
// an article or a 款, in the same script, is that unit; a bare numeral and 目 right after an item is the 目 in any script
// (laws number their 目 in digits under Chinese items: 第（二）项1目). chain.ts looseUnit still asks that no noun or verb
// follows (第十条三项工作 is a count). 两 counts, it numbers nothing (第十条两项规定).

/** The shape chain.ts reads a unit in: its level, unit word, first character and whether its numerals are digits. */
export interface LowerUnitShape {
  level: number | 'division';
  unitChar: string;
  start: number;
  arabic: readonly unknown[];
}

/** Whether the bare `unit` right after `prev` is prev's lower unit written without 第. */
export function bareLowerUnitFits(text: string, unit: LowerUnitShape, prev: LowerUnitShape): boolean {
  const below = unit.unitChar === '项' ? prev.level === 0 || prev.level === 1 : unit.unitChar === '目' && prev.level === 2;
  if (!below || text[unit.start] === '两') return false;
  return unit.unitChar === '目' || unit.arabic.length > 0 === prev.arabic.length > 0;
}
