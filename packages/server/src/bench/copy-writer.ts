import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

const SPECIAL = /[\\\t\n\r]/;

/** One value in PostgreSQL's COPY text format. */
function encode(value: CopyValue): string {
  if (typeof value === 'string') {
    return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (m) => (m === '\\' ? '\\\\' : m === '\t' ? '\\t' : m === '\n' ? '\\n' : '\\r')) : value;
  }
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return encode(`{${value.map((v) => `"${v.replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`);
}

/** Rows for one table, held until flushed with one COPY ... FROM STDIN. */
export class CopyBuffer {
  private lines: string[] = [];
  rows = 0;
  total = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(...values: CopyValue[]): void {
    let line = encode(values[0]);
    for (let i = 1; i < values.length; i++) line += `\t${encode(values[i])}`;
    this.lines.push(line);
    this.rows++;
    this.total++;
  }

  /** The buffered rows as COPY text, emptying the buffer (so the next rows can be made while these load). */
  take(): string | null {
    if (this.lines.length === 0) return null;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.rows = 0;
    return text;
  }

  static async copy(client: PoolClient, table: string, columns: readonly string[], text: string): Promise<void> {
    await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  }
}
