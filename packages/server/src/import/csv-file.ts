import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';

/** Where a problem is: the file, its line (1 is the header) and the column, when there is one. */
export interface Problem {
  file: string;
  line: number | null;
  column: string | null;
  child: string | null;
  reason: string;
  /** A warning is reported but does not stop the child being imported. */
  severity: 'error' | 'warning';
}

/** A problem with a whole file: nothing is imported when one is found. */
export class FileProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.file}${problem.line ? ` line ${problem.line}` : ''}: ${problem.reason}`);
  }
}

export type CsvRow = Record<string, string>;
export interface LocatedRow {
  line: number;
  row: CsvRow;
}

/** Default refusal size: a whole England return's episodes file is under 200 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Bytes that are undefined in Windows-1252: a file holding them is neither it nor UTF-8. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Works out a file's encoding in one streamed pass: UTF-8 when every byte
 * sequence is valid UTF-8, otherwise Windows-1252 (what Excel writes on
 * Windows). NUL bytes (UTF-16, binaries) and 1252's undefined bytes are refused.
 */
export async function detectEncoding(file: string, name: string): Promise<'utf-8' | 'windows-1252'> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let isUtf8 = true;
  let line = 1;
  for await (const chunk of fs.createReadStream(file)) {
    const bytes = chunk as Buffer;
    if (bytes.length >= 2 && line === 1 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new FileProblem({ file: name, line: 1, column: null, child: null, severity: 'error', reason: 'The file is UTF-16; save it as CSV UTF-8 (or Windows-1252) and import it again.' });
    }
    if (isUtf8) {
      try {
        utf8.decode(bytes, { stream: true });
      } catch {
        isUtf8 = false;
      }
    }
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x00 || (!isUtf8 && UNDEFINED_IN_1252.has(b))) {
        throw new FileProblem({ file: name, line, column: null, child: null, severity: 'error', reason: `The file is not UTF-8 or Windows-1252 text (byte 0x${b.toString(16).padStart(2, '0')}); save it as CSV UTF-8 and import it again.` });
      }
      if (b === 0x0a) line++;
    }
  }
  return isUtf8 ? 'utf-8' : 'windows-1252';
}

/** A cell a spreadsheet would run as a formula (CSV injection). */
export const looksLikeFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

/**
 * Streams a CSV file through csv-parse, checking its header against the
 * expected columns (any order), and hands each row with its line number to
 * `onRow`. Rows are never held here; the caller keeps what it needs.
 */
export async function readCsv(
  file: string,
  name: string,
  expected: readonly string[],
  maxBytes: number,
  onRow: (row: LocatedRow) => void,
): Promise<number> {
  const size = fs.statSync(file).size;
  if (size > maxBytes) {
    throw new FileProblem({ file: name, line: null, column: null, child: null, severity: 'error', reason: `The file is ${Math.ceil(size / 1024 / 1024)} MB, over the import's limit of ${Math.floor(maxBytes / 1024 / 1024)} MB (FP_IMPORT_MAX_BYTES): split the return by child or raise the limit.` });
  }
  if (size === 0) throw new FileProblem({ file: name, line: null, column: null, child: null, severity: 'error', reason: `The file is empty: a return's file has at least its header line (${expected.join(',')}).` });
  const encoding = await detectEncoding(file, name);
  const decoder = new TextDecoder(encoding);
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  let header: string[] | null = null;
  let rows = 0;
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    info: true,
    columns: (cells: string[]) => {
      header = cells.map((c) => c.trim().toUpperCase());
      const missing = expected.filter((c) => !header!.includes(c));
      const extra = header.filter((c) => !expected.includes(c));
      if (missing.length > 0 || extra.length > 0) {
        const said = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unexpected ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
        throw new FileProblem({ file: name, line: 1, column: [...missing, ...extra][0], child: null, severity: 'error', reason: `The columns are not the DfE's for this table (${said}); expected ${expected.join(',')}.` });
      }
      return header;
    },
  });
  parser.on('data', (record: { record: CsvRow; info: { lines: number } }) => {
    rows++;
    const row: CsvRow = {};
    for (const [k, v] of Object.entries(record.record)) row[k] = String(v ?? '').trim();
    onRow({ line: record.info.lines, row });
  });
  try {
    await pipeline(fs.createReadStream(file), decode, parser);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    const e = error as { message?: string; lines?: number };
    throw new FileProblem({ file: name, line: e.lines ?? null, column: null, child: null, severity: 'error', reason: `The file is not well-formed CSV: ${e.message ?? String(error)}` });
  }
  if (header === null) throw new FileProblem({ file: name, line: null, column: null, child: null, severity: 'error', reason: `The file is empty: a return's file has at least its header line (${expected.join(',')}).` });
  return rows;
}

export const baseName = (file: string) => path.basename(file);
