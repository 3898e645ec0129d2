// Rule (issue 14, fix-zh60, heldout39-gov p02; 权责清单 and guides printing an article's text after its label: 第十六条
// 对涉嫌违反劳动法律、法规的行为，按照下列程序处理：第二款调查取证。): an article announcing a list (下列程序, 下列情形,
// 如下, 以下) and a colon opens its entries, and a 第N款 glued to the entry's words right after that colon labels the entry
// — the page wrote 第二款 for the article's (二) — it refers to no 款 of anything. A reader hovering it finds no provision
// it points to. So a 款 right after such a colon (the announcing word in the same clause, at most a few words before the
// colon) is not read, unless words of a reference follow it (第二款规定的, 第二款的, 第二款所列, 第二款之): there the
// article's text cites its own 款 as statutes do (有下列情形之一的，依照第二款规定处罚).

/** The announcing words and the colon right before the 款: 下列程序处理：, 如下：, 以下几种： (no clause end between). */
const LIST_COLON = /(?:下列|如下|以下)[^。；;！？\n，,：:]{0,12}[：:][ \u3000]*$/;
/** Words that make the 款 a reference after all. */
const REFERENCE_AFTER = /^(?:的|规定|所|之|中)/;

/** Whether the 款 read at [p, end) labels an entry of a list its article announces (the rule above). */
export function paragraphLabelsListEntry(text: string, p: number, end: number): boolean {
  return LIST_COLON.test(text.slice(Math.max(0, p - 24), p)) && !REFERENCE_AFTER.test(text.slice(end, end + 2));
}
