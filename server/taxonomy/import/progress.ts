import path from 'node:path';
import type { FileRead } from './summary';

export type ImportProgressEvent =
  | { kind: 'file'; file: string; rows: number; seconds: number; done: boolean }
  | { kind: 'step'; step: string; seconds: number };

/**
 * Receives progress while an import runs. A listener that throws aborts the import, which then
 * rolls back like any other failure (tests use this to interrupt an import halfway).
 */
export type ProgressListener = (event: ImportProgressEvent) => void;

const reportEveryMs = 1_000;

/** Counts the rows of one file and reports at most once a second, plus once when done. */
export class FileProgress {
  private rows = 0;
  private readonly started = performance.now();
  private lastReport = this.started;

  constructor(
    private readonly listener: ProgressListener | undefined,
    private readonly file: string,
  ) {}

  row(): void {
    this.rows += 1;
    if (!this.listener || (this.rows & 1023) !== 0) return;
    const now = performance.now();
    if (now - this.lastReport < reportEveryMs) return;
    this.lastReport = now;
    this.listener({
      kind: 'file',
      file: this.file,
      rows: this.rows,
      seconds: (now - this.started) / 1000,
      done: false,
    });
  }

  done(): FileRead {
    const seconds = (performance.now() - this.started) / 1000;
    this.listener?.({ kind: 'file', file: this.file, rows: this.rows, seconds, done: true });
    return { file: this.file, rows: this.rows, seconds };
  }
}

/** Times one merge step and reports it when it finishes. */
export async function step<T>(listener: ProgressListener | undefined, name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  listener?.({ kind: 'step', step: name, seconds: (performance.now() - started) / 1000 });
  return result;
}

/** One line of console output for a progress event. */
export function formatProgress(event: ImportProgressEvent): string {
  if (event.kind === 'step') return `  ${event.step} … ${event.seconds.toFixed(2)} s`;
  const rate = event.seconds > 0 ? Math.round(event.rows / event.seconds) : event.rows;
  const name = path.basename(event.file);
  return `  ${name}: ${event.rows.toLocaleString('en-GB')} rows${event.done ? '' : ' so far'} in ${event.seconds.toFixed(2)} s (${rate.toLocaleString('en-GB')} rows/s)`;
}
