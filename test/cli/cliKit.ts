// The CLI in process: its output streams captured, for the CLI tests.
import { Writable } from 'stream';
import { run } from '../../server/src/cli/main';
import { CliIO } from '../../server/src/cli/io';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** Run `lawcite ARGS` in process with the messages in `lang`: exit code, stdout and stderr. */
export function cli(args: string[], lang: 'zh' | 'en' = 'en'): { code: number; out: string; err: string } {
  const out = new Sink();
  const err = new Sink();
  const code = run(args, new CliIO(out, err, lang));
  return { code, out: out.text, err: err.text };
}
