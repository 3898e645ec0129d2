// A CLI command: one file per command under commands/, listed once in commands/index.ts.
import type { OptionSpec } from './args';
import type { Bilingual, CliIO } from './io';

export const ExitCode = { ok: 0, notFound: 1, usage: 2 } as const;

export interface Command {
  name: string;
  /** One line for `lawcite --help`. */
  summary: Bilingual;
  /** Usage lines, e.g. `lawcite index [--corpus DIR]... [--no-bundled] [--json]`. */
  usage: string;
  options: OptionSpec;
  /** Returns the exit code; throws UsageError for bad usage. */
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIO): number;
}
