/**
 * RFC 4180 CSV parsing: quoted fields with "" escapes, commas and newlines inside quotes, CRLF or LF.
 * Returns rows of fields and the 1-based line each row starts on. Throws on an unterminated quote.
 */
export interface CsvRow {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: CsvRow[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endRow = () => {
    fields.push(field);
    rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the row
    } else if (c === '\n' || c === '\r') {
      endRow();
      line++;
      rowLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine, 'unterminated quoted field');
  if (fieldStarted || field !== '' || fields.length > 0) endRow();
  return rows;
}
