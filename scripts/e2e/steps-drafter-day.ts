// e2e steps of issue 15's remaining gaps and a drafter's walk-through (branch drafter-day), with LawCite in Chinese
// (lawcite.language in the user settings; VS Code itself stays English: code-server has no language pack offline):
// dates as written in every hover line, one outline tree in a Markdown draft (the 条 in LawCite's own view), and a
// notice citing national laws — 《刑法》第二十条, 《民法典》第一千二百六十条, a 司法解释, the repealed 《合同法》, a
// wrong article — hovered, completed after 《 and 第, fixed, shown (显示条文), searched (搜索条文) and opened (F12).
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Step, StepContext } from './stepContext';
import { focusedEditorReadonly, webviewText } from './steps-editor-ux';
import { setUserSetting } from './steps-hover-rank';

export const DRAFTER_NOTICE = 'drafter-day-notice.md';
export const DRAFTER_MEASURES = 'drafter-day-measures.md';

const CIVIL_CODE_TIME_RULES = '最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定';

/** A notice a drafter writes: national laws, a 司法解释, a repealed law, a wrong article, a dated head. */
export const drafterNoticeText = [
  '# 关于做好正当防卫案件办理工作的通知',
  '',
  '2024年5月1日',
  '',
  '一、依照《刑法》第二十条的规定，准确认定正当防卫。',
  '',
  '二、《民法典》第一千二百六十条规定了该法的施行日期。',
  '',
  `三、依照《${CIVIL_CODE_TIME_RULES}》第一条办理。`,
  '',
  '四、依照《合同法》第五十二条认定合同效力。',
  '',
  '五、依照《刑法》第五百二十条处理。',
  '',
  '六、依照《公司法》第十六条审查担保事项。',
  '',
  '七、其他事项依照',
  '',
].join('\n');

/** A draft regulation in Markdown whose only heading is its title (Markdown's outline has the title). */
export const drafterMeasuresText = [
  '# 某市见义勇为人员奖励和保障办法（草案）',
  '',
  '第一章 总则',
  '',
  '第一条 为了弘扬社会正气，依照《刑法》第二十条的规定，结合本市实际，制定本办法。',
  '',
  '第二条 本办法适用于本市行政区域内见义勇为人员的奖励和保障。',
  '',
  '第二章 附则',
  '',
  '第三条 本办法自2025年1月1日起施行。',
  '',
].join('\n');

export function writeDrafterDayFixtures(workspace: string): void {
  fs.writeFileSync(path.join(workspace, DRAFTER_NOTICE), drafterNoticeText);
  fs.writeFileSync(path.join(workspace, DRAFTER_MEASURES), drafterMeasuresText);
}

export type DrafterDayContext = Pick<StepContext, 'page' | 'wb' | 'userSettings' | 'workspace' | 'artifacts' | 'locate'>;


const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

export function drafterDaySteps(ctx: DrafterDayContext): Step[] {
  const { page, wb, artifacts } = ctx;
  const draft = drafterNoticeText;
  const shot = (name: string) => wb.screenshot(path.join(artifacts, `drafter-day-${name}.png`));
  const escape = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  };
  const codeActionRows = async (): Promise<string[]> =>
    page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.innerText.replace(/\\s+/g, ' ').trim())`);
  /** Hover at the first `needle` (after `after`) until it contains `words`. */
  const hoverOn = async (needle: string, words: string, after = '') => {
    await wb.openFile(DRAFTER_NOTICE);
    const at = ctx.locate(draft, needle, after);
    const text = await wb.hoverContaining(`hover on ${needle}`, at.line, at.column + 1, words, 30000);
    // The hover fades in: a picture taken at once is half transparent.
    await page.waitForTimeout(600);
    return text;
  };
  const noIsoDate = (text: string, where: string) => {
    const m = ISO_DATE.exec(text);
    if (m) throw new Error(`an ISO date ${m[0]} in ${where}: ${text}`);
  };
  const lastLine = () => {
    const lines = draft.replace(/\n+$/, '').split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  };
  /** Delete what was typed after the notice's last line (the draft as it was). */
  const restoreLastLine = async () => {
    await page.keyboard.press('Escape');
    await wb.openFile(DRAFTER_NOTICE);
    const end = lastLine();
    await wb.goTo(end.line, end.column);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
  };
  const completion = async (what: string, accept: (labels: string[]) => boolean): Promise<string[]> =>
    until(what, 30000, async () => {
      if (!(await wb.suggestVisible())) await page.keyboard.press('Control+Space');
      const l = await wb.suggestLabels();
      return l.length && accept(l) ? l : null;
    }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await page.keyboard.press('Control+Space'); } });

  return [
    {
      name: '(drafter 1) LawCite in Chinese; hover on 《刑法》第二十条: the dates as written, each for what it is, no ISO date',
      run: async () => {
        await escape();
        for (const [command, label] of [['View: Close All Editors', 'Close All Editors'], ['View: Hide Panel', 'Hide Panel']]) {
          await wb.pickFromQuickInput('F1', command, (l) => l.includes(label), 5000).catch(() => page.keyboard.press('Escape'));
        }
        await setUserSetting(ctx, 'lawcite.language', 'zh-CN');
        const text = await hoverOn('第二十条', '正当防卫明显超过必要限度');
        await shot('1-hover-criminal-law');
        if (!text.includes('《中华人民共和国刑法》')) throw new Error(`no full title in 《》: ${text}`);
        if (!text.includes('1979年7月1日通过，1997年10月1日起施行，2023年12月29日修改')) throw new Error(`dates: ${text}`);
        noIsoDate(text, 'the hover');
        return text.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
    {
      name: '(drafter 2) hover on 《公司法》第十六条 of a draft dated 2024年5月1日: every version with its dates as written',
      run: async () => {
        await escape();
        const text = await hoverOn('第十六条', '各版本中的本条');
        await shot('2-hover-versions');
        for (const want of ['2018年10月26日版本（2018年10月26日起施行，至2024年6月30日）：第十六条', '2023年12月29日版本（2024年7月1日起施行，现行有效）：第十五条', '本文件日期2024年5月1日时施行的版本']) {
          if (!text.includes(want)) throw new Error(`no “${want}”: ${text}`);
        }
        noIsoDate(text, 'the version list');
        const line = text.split('\n').find((l) => l.includes('2018年10月26日版本（')) ?? '';
        return line.trim();
      },
    },
    {
      name: '(drafter 3) the repealed 《合同法》: the repeal said once (hover, one problem), Ctrl+. searches the 民法典',
      run: async () => {
        await escape();
        const text = await hoverOn('第五十二条', '废止');
        await shot('3-hover-repealed');
        if (text.includes('法规库中没有')) throw new Error(`“not in the corpus” beside the repeal: ${text}`);
        if (!text.includes('自2021年1月1日起')) throw new Error(`repeal date not as written: ${text}`);
        // VS Code shows the warning in the hover; LawCite's part does not say it again.
        if (text.split('第一千二百六十条废止').length - 1 !== 1) throw new Error(`the repeal said more than once: ${text}`);
        const at = ctx.locate(draft, '第五十二条');
        const rows = await until('quick fixes for 《合同法》', 30000, async () => {
          const r = await codeActionRows();
          return r.some((x) => x.includes('在《民法典》中搜索相应规定')) ? r : null;
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('Control+.'); } });
        await shot('3-repealed-fix');
        await page.keyboard.press('Escape');
        if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M');
        // Only this notice's problems (the workspace has many; the panel's rows are virtualised).
        const filter = page.locator('.markers-panel-container .viewpane-filter input, .part.panel .viewpane-filter input').first();
        await filter.fill(`**/${DRAFTER_NOTICE}`, { timeout: 5000 });
        let onLine: string[] = [];
        try {
          onLine = await until('the Problems of the 《合同法》 line', 20000, async () => {
            const r = (await wb.markerLabels()).filter((x) => x.includes(`at line ${at.line} `));
            return r.length ? r : null;
          });
          await shot('3-repealed-problems');
        } finally {
          await filter.fill('', { timeout: 5000 }).catch(() => undefined);
          await page.keyboard.press('Control+Shift+M');
        }
        if (onLine.length !== 1) throw new Error(`${onLine.length} problems on the line: ${onLine.join(' | ')}`);
        return `${text.replace(/\s+/g, ' ').slice(0, 80)} | ${rows.join(' | ')} | ${onLine[0].slice(0, 60)}`;
      },
    },
    {
      name: '(drafter 4) 《刑法》第五百二十条: the last article named, Ctrl+. offers near articles with their words; the fix fixes',
      run: async () => {
        await escape();
        // VS Code shows the diagnostic part of the hover first, LawCite's part (the nearest articles) when it comes.
        const text = await hoverOn('第五百二十条', '相近的条文');
        if (!text.includes('最后一条为第四百五十二条')) throw new Error(`the last article is not named: ${text}`);
        await shot('4-hover-wrong-article');
        if (/共五百零五条/.test(text)) throw new Error(`the count of a law with 条之一: ${text}`);
        if (text.split('没有第五百二十条').length - 1 !== 1) throw new Error(`the reason said more than once: ${text}`);
        const at = ctx.locate(draft, '第五百二十条');
        const rows = await until('quick fixes for 第五百二十条', 30000, async () => {
          const r = await codeActionRows();
          return r.some((x) => x.includes('（最后一条）')) ? r : null;
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('Control+.'); } });
        await shot('4-wrong-article-fixes');
        const first = rows.find((r) => r.startsWith('改为“《刑法》第')) ?? '';
        const target = /改为“《刑法》(第[^”]+条)”/.exec(first)?.[1];
        if (!target) throw new Error(`no 改为 fix first: ${rows.join(' | ')}`);
        await page.keyboard.press('Enter');
        try {
          const line = await until(`the citation reads ${target}`, 15000, async () => {
            const t = await wb.focusedEditorText();
            return t.split('\n').find((l) => l.startsWith('五、') && l.includes(`《刑法》${target}`)) ?? '';
          });
          // The diagnostics follow the edit a moment later: hover again until the problem is gone.
          let after = '';
          await until(`hover on ${target} without the problem`, 20000, async () => {
            await page.keyboard.press('Escape');
            after = await wb.hoverContaining(`hover on ${target}`, at.line, at.column + 1, target, 10000);
            return !after.includes('没有');
          }).catch(() => {
            throw new Error(`still unresolved after the fix: ${after}`);
          });
          return `${rows.slice(0, 3).join(' | ')} → ${line}`;
        } finally {
          await escape();
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: '(drafter 5) completion: after 《刑 the 刑法 this notice cites, then the 刑事诉讼法; after 《刑法》第二十条第 only its three 款',
      run: async () => {
        await escape();
        await wb.openFile(DRAFTER_NOTICE);
        const end = lastLine();
        await wb.goTo(end.line, end.column);
        try {
          await page.keyboard.type('《刑');
          const titles = await completion('titles after 《刑', (l) => l.some((x) => x.includes('刑法')));
          await shot('5-completion-title');
          if (titles[0] !== '中华人民共和国刑法' || titles[1] !== '中华人民共和国刑事诉讼法') throw new Error(`not 刑法, 刑事诉讼法 first: ${titles.slice(0, 5).join(' | ')}`);
          await restoreLastLine();
          await wb.goTo(end.line, end.column);
          await page.keyboard.type('《刑法》第二十条第');
          const paragraphs = await completion('款 after 第二十条第', (l) => l.some((x) => x.includes('款')));
          await shot('5-completion-paragraph');
          const kuan = paragraphs.filter((x) => /款/.test(x));
          if (kuan.length !== 3 || !/第一款/.test(kuan[0]) || !/第三款/.test(kuan[2]) || paragraphs.some((x) => /第四款/.test(x))) {
            throw new Error(`not 第一款…第三款: ${paragraphs.join(' | ')}`);
          }
          return `《刑: ${titles.slice(0, 3).join(' | ')}; 第二十条第: ${paragraphs.slice(0, 4).join(' | ')}`;
        } finally {
          await restoreLastLine();
        }
      },
    },
    {
      name: '(drafter 6) 显示条文 on 《民法典》第一千二百六十条 and on the 司法解释: rendered, dates as written, 〈〉 inside 《》',
      run: async () => {
        await escape();
        await wb.openFile(DRAFTER_NOTICE);
        const at = ctx.locate(draft, '第一千二百六十条');
        await wb.goTo(at.line, at.column + 1);
        await wb.pickFromQuickInput('F1', 'LawCite: Show Article', (label) => label.includes('Show Article') || label.includes('显示条文'));
        const civil = await until('显示条文 with 第一千二百六十条', 20000, async () => webviewText(page, '本法自2021年1月1日起施行'));
        await shot('6-show-article-civil-code');
        if (!civil.includes('2020年5月28日通过，2021年1月1日起施行')) throw new Error(`dates: ${civil}`);
        noIsoDate(civil, 'the article view');
        await wb.openFile(DRAFTER_NOTICE);
        const rules = ctx.locate(draft, '第一条', '时间效力');
        await wb.goTo(rules.line, rules.column + 1);
        const judicial = await until('显示条文 follows to the 司法解释', 20000, async () => webviewText(page, '民法典施行后的法律事实'));
        await shot('6-show-article-judicial');
        if (!judicial.includes('《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》')) throw new Error(`the nested title not in 〈〉: ${judicial}`);
        return `${civil.replace(/\s+/g, ' ').slice(0, 80)} | ${judicial.replace(/\s+/g, ' ').slice(0, 80)}`;
      },
    },
    {
      name: '(drafter 7) 搜索条文 “正当防卫 二十”: 《刑法》第二十条 first, the words marked',
      run: async () => {
        await escape();
        await wb.openFile(DRAFTER_NOTICE);
        await wb.pickFromQuickInput('F1', 'LawCite: Search Articles', (label) => label.includes('Search Articles') || label.includes('搜索条文'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.keyboard.type('正当防卫 二十');
        const rows = await until('search results with 刑法第二十条 first', 30000, async () => {
          const r = await wb.quickInputRows();
          return r.length && r[0].includes('第二十条') ? r : null;
        });
        await shot('7-search');
        if (!rows[0].includes('刑法')) throw new Error(`not the 刑法 first: ${rows.slice(0, 3).join(' | ')}`);
        const marked: number = await page.evaluate(`document.querySelectorAll('.quick-input-widget .monaco-list-row .highlight').length`);
        await page.keyboard.press('Escape');
        return `${rows[0].slice(0, 80)} (${marked} marked)`;
      },
    },
    {
      name: '(drafter 8) F12 on 《民法典》第一千二百六十条 opens the law text read-only at the article',
      run: async () => {
        await escape();
        await wb.openFile(DRAFTER_NOTICE);
        const at = ctx.locate(draft, '第一千二百六十条');
        await wb.goTo(at.line, at.column + 1);
        await page.keyboard.press('F12');
        const where = await until('the 民法典 opened at 第一千二百六十条', 30000, async () => {
          const file = await wb.activeEditorPath();
          const text = await wb.focusedEditorText().catch(() => '');
          return file.includes('/corpus/') && text.includes('第一千二百六十条') ? file : '';
        }, { everyMs: 4000, run: async () => { await wb.openFile(DRAFTER_NOTICE); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('F12'); } });
        // Its front matter (title, dates, source: what the hover and 显示条文 say already) out of sight: folded or
        // scrolled past with the article at the top (steps-editor-ux.ts checks the folding itself).
        const folded = await until('the front matter out of sight', 10000, async () => {
          const lines: string = await page.evaluate(`(() => {
            const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
            return ed ? ed.querySelector('.view-lines').innerText : '';
          })()`);
          return lines.includes('第一千二百六十条') && !lines.includes('source:') ? true : null;
        }).catch(() => false);
        await shot('8-definition-civil-code');
        if (!folded) throw new Error('the front matter of the law text is in sight');
        if (!(await focusedEditorReadonly(page))) throw new Error(`the law text is editable: ${where}`);
        await page.keyboard.press('Control+W');
        return `${path.basename(where)} read-only`;
      },
    },
    {
      name: '(drafter 9) a Markdown draft titled with a heading: the outline is one tree, the 条 in LawCite’s 条文结构 view',
      run: async () => {
        await escape();
        await wb.openFile(DRAFTER_MEASURES);
        await wb.pickFromQuickInput('F1', 'Explorer: Focus on Outline View', (label) => label.includes('Focus on Outline View'));
        const outline = await until('outline rows of the draft', 15000, async () => {
          const r: string[] = await page.evaluate(`[...document.querySelectorAll('.outline-pane .monaco-list-row')].map((e) => e.getAttribute('aria-label') || e.innerText)`);
          return r.some((x) => x.includes('某市见义勇为人员奖励和保障办法')) ? r : null;
        });
        if (outline.some((r) => /^(Markdown Language Features|LawCite)$/.test(r.trim()))) throw new Error(`two trees: ${outline.join(' / ')}`);
        await wb.openFile(DRAFTER_MEASURES);
        await wb.pickFromQuickInput('F1', 'Explorer: Focus on Articles (LawCite) View', (label) => label.includes('Focus on Articles (LawCite) View'));
        const rows = await until('the 条文结构 view lists the 章 and 条', 20000, async () => {
          const r: string[] = await page.evaluate(`[...document.querySelectorAll('.pane')].filter((p) => /Articles \\(LawCite\\)/.test(p.querySelector('.pane-header')?.textContent ?? ''))
            .flatMap((p) => [...p.querySelectorAll('.monaco-list-row')].map((e) => e.innerText.replace(/\\s+/g, ' ').trim()))`);
          return r.some((x) => x.startsWith('第二条')) && r.some((x) => x.startsWith('第一章')) ? r : null;
        });
        await shot('9-outline-and-articles-view');
        // A click on 第二条 puts the cursor on its line.
        await page.locator('.pane .monaco-list-row', { hasText: '第二条' }).first().click();
        const line = drafterMeasuresText.split('\n').findIndex((l) => l.startsWith('第二条')) + 1;
        await until(`cursor on line ${line}`, 10000, async () => (await wb.cursor())?.line === line);
        return `outline: ${outline.join(' / ')}; 条文结构: ${rows.join(' / ').slice(0, 120)}`;
      },
    },
    {
      name: '(drafter 10) LawCite messages back in English',
      run: async () => {
        await escape();
        await setUserSetting(ctx, 'lawcite.language', undefined);
        const text = await hoverOn('第二十条', 'in force from 1 October 1997');
        noIsoDate(text, 'the English hover');
        await escape();
        return text.split('\n').find((l) => l.includes('adopted')) ?? '';
      },
    },
  ];
}
