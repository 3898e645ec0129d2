// e2e steps of issue 15 parts 1–4 (branch hover-rank): the hover made for reading Chinese, the article under the
// pointer in a list, ranking by the draft after 《 and in 插入引用, quick fixes for the citation under the cursor.
// LawCite's messages are switched to Chinese for these steps (lawcite.language in the user settings) and back after.
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Step, StepContext } from './stepContext';
import { webviewText } from './steps-editor-ux';

export const HOVER_RANK_DRAFT = 'hover-rank-draft.md';

const TITLE = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

/** The draft these steps use, written into the workspace by the runner. */
export const hoverRankDraftText = [
  '# 关于落实北疆屏障工作的通知',
  '',
  '第六条规定的事项，由各部门按照职责办理。',
  '',
  `一、依照《${TITLE}》（以下简称《条例》）第六条第二款的规定，做好相关工作。`,
  '',
  '二、按照《条例》第九条、第十条和第十三条的规定，建立工作机制。',
  '',
  '三、依照《条例》第九十八条处理，依照该条例第六十四条执行。',
  '',
  '四、其他事项依照',
  '',
].join('\n');

export type HoverRankContext = Pick<StepContext, 'page' | 'wb' | 'userSettings' | 'workspace' | 'artifacts' | 'docsDir' | 'locate'>;


/**
 * Change one user setting the way a user does: in settings.json opened by VS Code (the file is replaced through the
 * editor, so VS Code applies it at once; a change made on disk behind its back is not picked up by code-server).
 */
export async function setUserSetting(ctx: Pick<HoverRankContext, 'page' | 'wb' | 'userSettings'>, key: string, value: unknown): Promise<void> {
  const { page, wb } = ctx;
  const settings = readSettings(ctx.userSettings);
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  // One line: the editor would indent every new line after the last.
  const text = JSON.stringify(settings);
  await wb.pickFromQuickInput('F1', 'Preferences: Open User Settings (JSON)', (label) => label.includes('Open User Settings (JSON)'));
  await until('settings.json in the editor', 15000, async () => (await wb.activeEditorPath()).endsWith('settings.json'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText: no key events, so no auto-closed quotes or brackets.
  await page.keyboard.insertText(text);
  // Whatever the editor added after the text (an auto-closed bracket) goes.
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+S');
  await until(`settings.json saved with ${key}`, 15000, async () => {
    const saved = fs.readFileSync(ctx.userSettings, 'utf8');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(saved) as Record<string, unknown>;
    } catch {
      throw new Error(`settings.json is not JSON: ${saved.slice(-200)}`);
    }
    return JSON.stringify(parsed[key]) === JSON.stringify(value);
  });
  await page.keyboard.press('Control+W');
}

function readSettings(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export function hoverRankSteps(ctx: HoverRankContext): Step[] {
  const { page, wb, artifacts } = ctx;
  const draft = hoverRankDraftText;
  const shot = (name: string) => wb.screenshot(path.join(artifacts, `hover-rank-${name}.png`));
  const escape = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  };
  const codeActionRows = async (): Promise<string[]> =>
    page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.innerText.replace(/\\s+/g, ' ').trim())`);

  return [
    {
      name: '(issue 15.1) hover in Chinese: the cited 第六条第二款 first at full width, the rest after it, no table, dates as written',
      run: async () => {
        await escape();
        // A clean editor area for the pictures: other editors and the panel closed.
        for (const [command, label] of [['View: Close All Editors', 'Close All Editors'], ['View: Hide Panel', 'Hide Panel']]) {
          await wb.pickFromQuickInput('F1', command, (l) => l.includes(label), 5000).catch(() => page.keyboard.press('Escape'));
        }
        await setUserSetting(ctx, 'lawcite.language', 'zh-CN');
        await wb.openFile(HOVER_RANK_DRAFT);
        const at = ctx.locate(draft, '第六条第二款', '以下简称');
        const text = await wb.hoverContaining('the Chinese hover with 第六条其余部分', at.line, at.column + 1, '第六条其余部分', 60000);
        const cited = text.indexOf('监察委员会、人民法院');
        const rest = text.indexOf('第六条其余部分');
        if (!(text.includes('第六条第二款') && cited >= 0 && rest > cited)) throw new Error(`the cited 款 is not first: ${text}`);
        if (!text.includes('2023年7月31日通过，2023年9月1日起施行')) throw new Error(`dates not as written: ${text}`);
        if (!text.includes(`《${TITLE}》`)) throw new Error(`title not in 《》: ${text}`);
        if (/Article 6|英文译本/.test(text)) throw new Error(`a translation in the Chinese hover: ${text}`);
        const layout: { tables: number; width: number; scrolls: boolean } = await page.evaluate(`(() => {
          const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.offsetParent !== null);
          const c = h.querySelector('.monaco-scrollable-element > div') ?? h;
          return { tables: h.querySelectorAll('table').length, width: Math.round(h.getBoundingClientRect().width), scrolls: c.scrollWidth > c.clientWidth + 1 };
        })()`);
        if (layout.tables || layout.scrolls) throw new Error(`hover layout: ${JSON.stringify(layout)}`);
        await shot('1-hover-zh');
        if (ctx.docsDir) await wb.screenshotAround('.monaco-hover:not(.hidden)', path.join(ctx.docsDir, 'hover.png'));
        return `${layout.width}px wide, no table, no horizontal scroll: ${text.replace(/\s+/g, ' ').slice(0, 90)}`;
      },
    },
    {
      name: '(issue 15.2) hover on 第十三条 of 第九条、第十条和第十三条 shows 第十三条 first and 另有：第九条、第十条; 显示条文 too',
      run: async () => {
        await escape();
        await wb.openFile(HOVER_RANK_DRAFT);
        const at = ctx.locate(draft, '第十三条', '第九条、');
        const text = await wb.hoverContaining('the list hover', at.line, at.column + 1, '另有', 30000);
        const line = text.split('\n').find((l) => l.startsWith('另有：')) ?? '';
        if (!/^另有：第九条、第十条（共 3 条）$/.test(line.trim())) throw new Error(`links line: "${line}" in ${text}`);
        if (!/^第十三条 /m.test(text) || /^第(九|十)条 /m.test(text)) throw new Error(`not 第十三条 first: ${text}`);
        await shot('2-list-hover');
        const links: number = await page.evaluate(`[...document.querySelectorAll('.monaco-hover:not(.hidden) a')].filter((a) => /第九条|第十条/.test(a.innerText)).length`);
        if (links < 2) throw new Error(`第九条 and 第十条 are not links (${links})`);
        await escape();
        await wb.goTo(at.line, at.column + 1);
        await wb.pickFromQuickInput('F1', 'LawCite: Show Article', (label) => label.includes('Show Article') || label.includes('显示条文'));
        const view = await until('显示条文 with 第十三条 first', 20000, async () => {
          // The article view is a rendered page (a webview): 第十三条 in full, then one line of the others.
          const t = await webviewText(page, '第十三条');
          const first = t.indexOf('第十三条');
          return first >= 0 && t.includes('第九条') && first < t.indexOf('第九条') ? t : '';
        });
        await shot('2-show-article');
        return `${line.trim()} (${links} links); 显示条文: ${view.replace(/\s+/g, ' ').slice(0, 60)}`;
      },
    },
    {
      name: '(issue 15.3) after 《 the draft’s short title 《条例》 and the law it cites come first; 插入引用 lists the cited law first',
      run: async () => {
        await escape();
        // Close the article view so the draft is the editor typed in.
        await wb.openFile(HOVER_RANK_DRAFT);
        const lines = draft.replace(/\n+$/, '').split('\n');
        const last = { line: lines.length, column: lines[lines.length - 1].length + 1 };
        /** What was typed after the last line's text is deleted again (the draft as it was). */
        const restoreLastLine = async () => {
          await wb.openFile(HOVER_RANK_DRAFT);
          await wb.goTo(last.line, last.column);
          await page.keyboard.press('Shift+End');
          await page.keyboard.press('Delete');
        };
        await wb.goTo(last.line, last.column);
        await page.keyboard.type('《');
        try {
          const labels = await until('title completion with 条例 first', 30000, async () => {
            if (!(await wb.suggestVisible())) await page.keyboard.press('Control+Space');
            const l = await wb.suggestLabels();
            return l.length >= 2 && l[0] === '条例' && l[1] === TITLE ? l : null;
          }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await page.keyboard.press('Control+Space'); } });
          await shot('3-title-completion');
          await page.keyboard.type('民法典');
          const civil = await until('《民法典 → 中华人民共和国民法典 first', 20000, async () => {
            if (!(await wb.suggestVisible())) await page.keyboard.press('Control+Space');
            const l = await wb.suggestLabels();
            return l[0] === '中华人民共和国民法典' ? l : null;
          }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await page.keyboard.press('Control+Space'); } });
          await shot('3-civil-code-completion');
          if (ctx.docsDir) await wb.screenshotAround('.suggest-widget.visible', path.join(ctx.docsDir, 'completion.png'), { left: 260, top: 60, right: 24, bottom: 16 });
          await page.keyboard.press('Escape');
          await restoreLastLine();
          // 插入引用: the regulation picker opens with the draft's law first.
          await page.keyboard.press('Escape');
          await page.keyboard.press('F1');
          await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
          await page.keyboard.type('LawCite: Insert Citation');
          await wb.pickFromQuickInput(null, 'Insert Citation', (label) => label.includes('Insert Citation') || label.includes('插入引用'));
          const first = await until('regulation picker with the draft’s law first', 15000, async () => {
            const rows = await wb.quickInputRows();
            return rows.length > 1 && rows[0].startsWith(TITLE) ? rows[0] : '';
          });
          await shot('3-insert-citation-picker');
          await page.keyboard.press('Escape');
          return `after 《: ${labels.slice(0, 3).join(' | ')}; after 《民法典: ${civil.slice(0, 2).join(' | ')}; 插入引用: ${first.slice(0, 40)}`;
        } finally {
          await page.keyboard.press('Escape');
          await restoreLastLine();
        }
      },
    },
    {
      name: '(issue 15.4) Ctrl+. on 第九十八条 offers 第八十九条（最后一条） with its words, nothing for 第六十四条 on the line; 设为默认法规 on a bare 第六条',
      run: async () => {
        await escape();
        await wb.openFile(HOVER_RANK_DRAFT);
        const at = ctx.locate(draft, '第九十八条');
        const rows = await until('quick fixes for 第九十八条', 30000, async () => {
          const r = await codeActionRows();
          return r.some((x) => x.includes('第八十九条”（最后一条）')) ? r : null;
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('Control+.'); } });
        await shot('4-quick-fixes');
        if (rows.some((r) => r.includes('六十四'))) throw new Error(`a fix of the other citation on the line: ${rows.join(' | ')}`);
        if (!rows.some((r) => r.includes('搜索条文'))) throw new Error(`no 搜索条文…: ${rows.join(' | ')}`);
        await page.keyboard.press('Escape');
        // On 第六十四条 of the same line (it resolves): no fix of 第九十八条 is offered.
        const at64 = ctx.locate(draft, '第六十四条', '该条例');
        await wb.goTo(at64.line, at64.column + 1);
        await page.keyboard.press('Control+.');
        await page.waitForTimeout(1500);
        const other = await codeActionRows();
        if (other.some((r) => r.includes('八十九') || r.includes('九十八'))) throw new Error(`fixes of 第九十八条 offered on 第六十四条: ${other.join(' | ')}`);
        await shot('4-no-fix-for-neighbour');
        await page.keyboard.press('Escape');
        // A bare 第六条 before any title: name the short title, or make the regulation the default.
        const bare = ctx.locate(draft, '第六条规定');
        const fixes = await until('quick fixes for the bare 第六条', 20000, async () => {
          const r = await codeActionRows();
          return r.some((x) => x.startsWith('设为默认法规')) ? r : null;
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(bare.line, bare.column + 1); await page.keyboard.press('Control+.'); } });
        await shot('4-bare-article-fixes');
        if (!fixes.some((r) => r.startsWith('改为“《条例》第六条”'))) throw new Error(`no short-title fix: ${fixes.join(' | ')}`);
        // The action list opens on its first action; walk down to 设为默认法规 (group headers are not focusable).
        const actions: string[] = await page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')]
          .filter((e) => !e.classList.contains('group-header')).map((e) => e.innerText.trim())`);
        const index = actions.findIndex((r) => r.startsWith('设为默认法规'));
        for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        const settings = path.join(ctx.workspace, '.vscode', 'settings.json');
        const written = await until('lawcite.defaultRegulation written', 15000, async () => {
          const s = fs.existsSync(settings) ? fs.readFileSync(settings, 'utf8') : '';
          return s.includes(TITLE) ? s : '';
        });
        // The bare 第六条 now resolves: its hover shows the article.
        const hover = await wb.hoverContaining('the bare 第六条 resolved by the default', bare.line, bare.column + 1, '各级人民政府负责', 20000);
        await shot('4-default-regulation');
        fs.rmSync(path.join(ctx.workspace, '.vscode'), { recursive: true, force: true });
        return `${rows.slice(0, 3).join(' | ')} || ${fixes.slice(0, 3).join(' | ')} → ${written.replace(/\s+/g, ' ').slice(0, 60)}; hover: ${hover.replace(/\s+/g, ' ').slice(0, 40)}`;
      },
    },
    {
      name: '(issue 15) LawCite messages back in English for the remaining steps',
      run: async () => {
        await escape();
        await setUserSetting(ctx, 'lawcite.language', undefined);
        await wb.openFile(HOVER_RANK_DRAFT);
        const at = ctx.locate(draft, '第六条第二款', '以下简称');
        const text = await wb.hoverContaining('the English hover again', at.line, at.column + 1, 'English translation', 30000);
        await shot('5-hover-en-translation-below');
        const zh = text.indexOf('监察委员会');
        const en = text.indexOf('English translation');
        if (!(zh >= 0 && en > zh)) throw new Error(`translation not below the Chinese: ${text}`);
        await escape();
        return text.replace(/\s+/g, ' ').slice(0, 100);
      },
    },
  ];
}
