// Reading the drafts a command was given: decoded (UTF-8, UTF-16 with BOM, GB18030), or a message naming the file.
import * as fs from 'fs';
import { decodeText } from '../core/parser';
import type { CliIO } from './io';

/** Read and decode one draft; null (with a message naming it, after `lawcite COMMAND:`) when it is not a readable file. */
export function readDraft(file: string, io: CliIO, command: string): string | null {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) {
      io.err(io.t({ zh: `lawcite ${command}: ${file}：是文件夹，不是文件`, en: `lawcite ${command}: ${file}: is a folder, not a file` }));
      return null;
    }
    return decodeText(fs.readFileSync(file)).text;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? io.t({ zh: '文件不存在', en: 'no such file' }) : (e as Error).message;
    io.err(`lawcite ${command}: ${file}: ${reason}`);
    return null;
  }
}
