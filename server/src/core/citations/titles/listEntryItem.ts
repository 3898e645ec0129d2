// Rule (issue 14, fix-zh40; approvals and penalty decisions: 属于《国务院关于取消和下放一批行政审批项目的决定》 第172项水利
// 基建项目初步设计文件审批, 《政府核准的投资项目目录（2016年本）》第3项水利工程): a list the state publishes as numbered
// entries — a 决定 that cancels, delegates or keeps approval items (scanner.ts approvalItemsDecision), a 目录 or a 清单 —
// is cited by its entry's number: 第N项 right after its title (a space between them or not, as pages set it) is that
// entry, also when the entry's own name follows the number (第172项水利…审批), as in the list itself. Round 23 read such
// an item only when words of citing followed it (第9项规定, 第9项，: ITEM_CUE); an entry's name now counts too — the name
// of an approval item or a project (ENTRY_NAME). An item followed by a noun alone (第2项商品, a plan's 第三项工作) is an
// ordinal, no citation, after such a title too.

/** A title of a list of numbered entries (目录, 清单), its edition in brackets after it at most ((2016年本)). */
const LIST_TITLE = /(?:目录|清单)(?:[（(][^（）()]{1,12}[)）])?$/;

/**
 * Whether a title names a list of numbered entries (目录, 清单; approval-item decisions are told by the scanner) whose
 * entry's number stands right after its closing 》 at `q` — glued or after one space (the label at `label`). A 清单's
 * number after its 文号 (《…不予处罚清单》（…〔2023〕9号）第4项的情形, real-like penalty-notices) stays unread, as before.
 */
export function entryListTitle(title: string, text: string, q: number, label: number): boolean {
  return (label === q || (label === q + 1 && (text[q] === ' ' || text[q] === '\u3000'))) && LIST_TITLE.test(title.replace(/[\s\u3000]+/g, ''));
}

/**
 * An entry's own name right after its number: the name of an approval item, a project or a power, as the list prints
 * it — words (brackets and 、 among them) ending in what is approved or listed (…初步设计文件审批, …资格认定, 水利工程;
 * a 权责清单's 行政处罚, 行政检查). A noun alone (第2项商品, 第三项工作) names no entry: the fix-zh34 / fix-zh36 rows keep
 * it unread.
 */
const ENTRY_NAME = /^[\u4e00-\u9fff（）()、]{1,40}?(?:审批|许可|核准|认定|审核|备案|登记|资格|批准|注册|审查|确认|鉴定|评审|项目|工程|处罚|检查|强制|征收|裁决)/;

/** Whether the entry's name follows the item number ending at `end` (the rule above). */
export function entryNameAfter(text: string, end: number): boolean {
  return !/^[项条款目之至到和及或与、]/.test(text.slice(end, end + 1)) && ENTRY_NAME.test(text.slice(end, end + 44));
}

// Rule (issue 14, fix-zh42; heldout35 gov, a 权责清单 cell: 《国务院关于修改〈国务院对确需保留的行政审批项目设定行政许可的
// 决定〉的决定》第378项, and 《国务院关于修改部分行政法规的决定》第45项): a decision amending, repealing or cancelling acts
// or items — titled 关于修改…的决定, 关于废止…的决定, 关于取消…的决定, 关于修改和废止…的决定 — is itself a numbered list:
// each of its items amends, repeals or cancels one thing. 第N项 right after its title cites that item, as an approval
// decision's entry (scanner.ts approvalItemsDecision): an unknown regulation. The title's kind decides, not the acts
// it names (《…关于修改〈某法〉等五部法律的决定》第2项 is its second item). The conditions after the number stay: words citing
// it, an entry's name, or (for such a decision only) the end of its table cell or line; a noun alone (第2项商品, 第三项
// 工作) is an ordinal still. A 清单's or 目录's number ending its cell (参照《某市…减轻处罚清单》第6项 |, real-like
// penalty-decisions) stays unread, as before.

/** A decision whose items amend, repeal or cancel one thing each (the rule above). */
const AMENDING_LIST_DECISION = /^[^《》]{0,30}?关于(?:修改|废止|取消|修改和废止|废止和修改|宣布失效)[^《》]{1,120}的决定$/;

/** Whether the title names a decision that is a numbered list of amendments, repeals or cancellations. */
export function amendingListDecision(title: string): boolean {
  return AMENDING_LIST_DECISION.test(title.replace(/[\s\u3000]+/g, ''));
}

/** The number closing its table cell or its line (spaces, then | or the line's end): an entry cited alone in a cell. */
const CELL_END = /^[ \t\u3000]*(?:[|｜\r\n]|$)/;

/** Whether the entry number ending at `end` closes its cell or line (the rule above). */
export function entryCellEnd(text: string, end: number): boolean {
  return CELL_END.test(text.slice(end, end + 8));
}

// Rule (issue 14, fix-zh53; heldout38 gov, a 权责清单's 保留依据 cell: 《国务院对确需保留的行政审批项目设定行政许可的决定》
// 第378项 |): the State Council's decisions keeping, cancelling or delegating approval items (scanner.ts
// approvalItemsDecision) are numbered lists as amending decisions are, and a table cell giving a power's source ends
// with the entry's number right after the title, no order number between — glued to the title, as the cell with
// (国务院令第412号) between already read. The entry closing its cell or line is that entry, as for an amending decision;
// a 清单's or 目录's number ending its cell stays unread, and a noun after the number (第2项商品) is an ordinal still.

/**
 * Whether an entry number ending at `end` closes its cell or line after a decision whose items are numbered entries:
 * an amending decision (amendingListDecision) or, `approvalDecision`, one keeping or cancelling approval items.
 */
export function entryAloneInCell(title: string, approvalDecision: boolean, text: string, end: number): boolean {
  return (approvalDecision || amendingListDecision(title)) && entryCellEnd(text, end);
}
