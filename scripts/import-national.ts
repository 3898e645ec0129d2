// The national part of a LawRefBook/Laws checkout → corpus/national/<folder>/<file name>: each text under a small
// front matter (title, kind, issuer and dates where read, source path), only detected defects fixed, every version
// kept, and provenance.json listing source, licence, fixes and skipped files. Deterministic.
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, formatFrontMatter, parseRegulationText } from '../server/src/core/parser';
import { groupVersions } from '../server/src/core/corpus/versions';
import type { Regulation } from '../server/src/core/model';
import { fileTitle } from '../server/src/core/parser/markdown';
import { keepsWithoutArticles } from '../server/src/core/parser/regulation';
import { fixLawRefBookText, type Fix } from './lawrefbook-fixes';

export const LAWREFBOOK = {
  repository: 'https://github.com/LawRefBook/Laws',
  commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
  date: '2025-04-19',
};

export const LICENCE_NOTE = {
  zh:
    '法律、法规、司法解释等文本依《中华人民共和国著作权法》第五条不适用著作权法保护。LawRefBook/Laws 仓库没有 LICENSE 文件，' +
    '其维护者在 LawRefBook/Laws issue #19 中说明内容可以商用："可以的，内容不受著作权法保护，我只是整理和重新排版"。',
  en:
    'Laws, regulations and judicial interpretations are excluded from copyright protection by Article 5 of the PRC ' +
    'Copyright Law (著作权法第五条). LawRefBook/Laws has no LICENSE file; its maintainer states in LawRefBook/Laws ' +
    'issue #19 that the content is not protected by copyright and may be used commercially.',
};

/** Not law texts, or not national: local regulations (DLC), case write-ups, scripts. */
const SKIPPED_FOLDERS = new Set(['DLC', '案例', 'scripts']);
const SKIPPED_FILES = new Set(['README.md', '法律法规模版.md', '_index.md']);

/** Every national .md file of a checkout, as '/'-separated paths relative to it, sorted. */
export function listNationalFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!(rel === '' && SKIPPED_FOLDERS.has(e.name))) visit(r);
      } else if (e.isFile() && e.name.endsWith('.md') && !SKIPPED_FILES.has(e.name)) out.push(r);
    }
  };
  visit('');
  return out;
}

export interface Skipped {
  file: string;
  title: string;
  reason: string;
  reasonZh: string;
}

export interface NationalReport {
  written: string[];
  fixes: (Fix & { file: string })[];
  unreadDates: { file: string; line: number; text: string }[];
  /** A "# " title that names another text than the file name does (kept as printed, listed for review). */
  titleMismatches: { file: string; title: string; fileTitle: string }[];
  /** Parser warnings on the written files (numbering gaps as published): kept as they are, listed. */
  warnings: { file: string; line: number; message: string }[];
  skipped: Skipped[];
}

/** File names shorten nested titles (《刑法》 for 《中华人民共和国刑法》) and drop 、 and spaces: compare without them. */
const titleKey = (s: string) => s.normalize('NFKC').replace(/中华人民共和国/g, '').replace(/[\s、《》〈〉<>]/g, '');

/** Whether the "# " title and the file name name the same text; a part file (民法典 编) is named by its second "# " line. */
function titleMatchesFileName(title: string, file: string, lines: readonly string[]): boolean {
  const named = titleKey(fileTitle(file));
  if (titleKey(title) === named) return true;
  return lines.slice(0, 10).some((l) => /^#\s/.test(l) && titleKey(l.replace(/^#+\s*/, '')).startsWith(named));
}

interface Prepared {
  file: string;
  text: string;
  reg: Regulation;
}

function frontMatterFor(reg: Regulation, file: string): string {
  return formatFrontMatter({
    title: reg.title,
    ...(reg.kind ? { kind: reg.kind } : {}),
    ...(reg.issuer ? { issuer: reg.issuer } : {}),
    ...(reg.adopted ? { adopted: reg.adopted } : {}),
    ...(reg.effective ? { effective: reg.effective } : {}),
    ...(reg.amended ? { amended: reg.amended } : {}),
    lang: 'zh',
    source: `LawRefBook/Laws/${file}`,
  });
}

/** Import `root` (a LawRefBook checkout) into `outDir` (replaced as a whole). */
export function importNational(root: string, outDir: string): NationalReport {
  const report: NationalReport = { written: [], fixes: [], unreadDates: [], titleMismatches: [], warnings: [], skipped: [] };
  const prepared: Prepared[] = [];
  for (const file of listNationalFiles(root)) {
    const { text: raw } = decodeText(fs.readFileSync(path.join(root, file)));
    const fixed = fixLawRefBookText(raw.split('\n'));
    for (const f of fixed.fixes) report.fixes.push({ file, ...f });
    for (const u of fixed.unreadDates) report.unreadDates.push({ file, ...u });
    const text = fixed.lines.join('\n');
    const reg = parseRegulationText(text, { file }).regulations[0];
    if (!reg || (reg.articles.length === 0 && !keepsWithoutArticles(reg))) {
      report.skipped.push({
        file,
        title: reg?.title ?? '',
        reason: 'no articles (第N条) and no known kind: not a text the corpus can cite',
        reasonZh: '没有条文（第N条），也无法判断效力级别：不是可引用的法规文本',
      });
      continue;
    }
    if (!titleMatchesFileName(reg.title, file, fixed.lines)) report.titleMismatches.push({ file, title: reg.title, fileTitle: fileTitle(file) });
    prepared.push({ file, text, reg });
  }
  // Copies of one version (same title, same date, same articles) are kept once, as the corpus would keep them.
  const byTitle = new Map<string, Prepared[]>();
  for (const p of prepared) byTitle.set(p.reg.title, [...(byTitle.get(p.reg.title) ?? []), p]);
  const duplicates = new Set<string>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const problem of groupVersions(group.map((p) => p.reg)).problems) {
      if (problem.kind !== 'duplicate') continue;
      duplicates.add(problem.path);
      const title = group.find((p) => p.file === problem.path)!.reg.title;
      report.skipped.push({ file: problem.path, title, reason: problem.reason, reasonZh: problem.reasonZh });
    }
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const p of prepared) {
    if (duplicates.has(p.file)) continue;
    const target = path.join(outDir, ...p.file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const written = frontMatterFor(p.reg, p.file) + p.text;
    fs.writeFileSync(target, written, 'utf8');
    report.written.push(p.file);
    for (const w of parseRegulationText(written, { file: p.file }).warnings) report.warnings.push({ file: p.file, line: w.line + 1, message: w.message });
  }
  report.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  fs.writeFileSync(path.join(outDir, 'provenance.json'), provenance(report), 'utf8');
  return report;
}

function provenance(report: NationalReport): string {
  return (
    JSON.stringify(
      {
        source: { ...LAWREFBOOK, part: 'every .md outside DLC/, 案例/ and scripts/, minus README.md, 法律法规模版.md and _index.md' },
        licence: LICENCE_NOTE,
        imported: report.written.length,
        fixes: report.fixes,
        unreadDates: report.unreadDates,
        titleMismatches: report.titleMismatches,
        warnings: report.warnings,
        skipped: report.skipped,
      },
      null,
      2,
    ) + '\n'
  );
}
