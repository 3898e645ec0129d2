// `lawcite` entry: global flags (--help, --version), then one command from the registry.
import * as fs from 'fs';
import * as path from 'path';
import { parseCommandArgs, UsageError } from './args';
import { ExitCode, type Command } from './command';
import { commands } from './commands/index';
import { CliIO, exitQuietlyOnClosedPipe } from './io';

function version(): string {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const p = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (pkg.name === 'lawcite') return String(pkg.version);
    } catch {
      // keep walking up
    }
  }
  return 'unknown';
}

function help(io: CliIO): string {
  const lines = [
    io.t({ zh: 'LawCite：中国法规引用检查与查询', en: 'LawCite: citations of Chinese regulations' }),
    '',
    io.t({ zh: '用法：', en: 'Usage:' }),
    ...commands.map((c) => `  ${c.usage}`),
    '  lawcite --help | --version',
    '',
    io.t({ zh: '命令：', en: 'Commands:' }),
    ...commands.map((c) => `  ${c.name.padEnd(8)} ${io.t(c.summary)}`),
    '',
    io.t({ zh: '退出码：0 成功，1 未找到，2 用法错误', en: 'Exit codes: 0 ok, 1 not found, 2 bad usage' }),
  ];
  return lines.join('\n');
}

/** Run the CLI; returns the exit code (also set on process.exitCode). */
export function run(argv: string[], io: CliIO = new CliIO()): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0]) return run([rest[0], '--help'], io);
    (first === undefined ? io.err.bind(io) : io.out.bind(io))(help(io));
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(version());
    return ExitCode.ok;
  }
  const command: Command | undefined = commands.find((c) => c.name === first);
  if (!command) {
    io.err(io.t({ zh: `lawcite: 未知命令：${first}`, en: `lawcite: unknown command: ${first}` }) + '\n\n' + help(io));
    return ExitCode.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${io.t({ zh: '用法：', en: 'Usage:' })} ${command.usage}\n${io.t(command.summary)}`);
    return ExitCode.ok;
  }
  try {
    const { values, positionals } = parseCommandArgs(rest, command.options);
    return command.run(values, positionals, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lawcite ${command.name}: ${e.message}\n${io.t({ zh: '用法：', en: 'Usage:' })} ${command.usage}`);
      return ExitCode.usage;
    }
    throw e;
  }
}

export function main(argv: string[]): void {
  exitQuietlyOnClosedPipe();
  process.exitCode = run(argv);
}
