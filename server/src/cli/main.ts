export function main(argv: string[]): void {
  process.stdout.write(`lawcite: not yet: ${argv.join(' ')}\n`);
  process.exitCode = 2;
}
