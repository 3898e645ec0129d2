// An error as one line for a log: its message, without a stack trace.
export function describeError(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err) {
    const msg = String((err as Error).message).split('\n')[0];
    return msg.slice(0, 300);
  }
  return String(err).split('\n')[0].slice(0, 300);
}
