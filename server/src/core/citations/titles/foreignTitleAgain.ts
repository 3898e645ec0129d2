// Rule (issue 14, a140-qa; a law firm's Chinese page on another state's law: 均受韩国《劳动基准法》的全面保护。……拖欠工资是
// 违反《劳动基准法》第109条的刑事犯罪): a title the writer named first after another state's name (jurisdictionBefore.ts),
// written again without it, is that state's law still — its articles are no citations. Only a title the corpus does
// not hold: a national law's title named again after a foreign one (日本《民法典》第709条……《民法典》第1165条) is the
// writer's own law, as comparative notes name it, and is read as before.
import { jurisdictionOf } from './jurisdictionBefore';

/** How far back the same title's foreign naming may stand. */
const REACH = 2000;

/** Whether the title `written` at `start` was written earlier (within REACH) right after another state's name. */
export function foreignTitleAgain(text: string, start: number, written: string): boolean {
  const name = written.replace(/^[《〈\s\u3000]+|[》〉\s\u3000]+$/g, '');
  if (!name) return false;
  for (let i = text.lastIndexOf(name, start - 1); i !== -1 && start - i <= REACH; i = i > 0 ? text.lastIndexOf(name, i - 1) : -1) {
    // The name's own title marks stand before it where it was written as a title (韩国《劳动基准法》).
    const at = text[i - 1] === '《' || text[i - 1] === '〈' ? i - 1 : i;
    if (at < start && jurisdictionOf(text, at, text.slice(at, i + name.length + (at < i ? 1 : 0)))?.kind === 'state') return true;
  }
  return false;
}
