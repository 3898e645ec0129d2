// CLI output: stdout for results only, stderr for problems; bilingual messages chosen by locale; a closed pipe
// (`| head`) ends the process quietly.

export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

/** zh when LAWCITE_LANG / LC_ALL / LC_MESSAGES / LANG starts with "zh", else en. */
export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = env.LAWCITE_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(v) ? 'zh' : 'en';
}

export class CliIO {
  readonly lang: Lang;
  constructor(
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
    lang: Lang = detectLang(),
  ) {
    this.lang = lang;
  }

  t(msg: Bilingual): string {
    return msg[this.lang];
  }

  out(text: string): void {
    this.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }

  err(text: string): void {
    this.stderr.write(text.endsWith('\n') ? text : text + '\n');
  }
}

/** End quietly when the reader of stdout goes away (EPIPE), as Unix tools do. */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}
