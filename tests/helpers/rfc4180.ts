/**
 * A strict RFC 4180 reader for tests, written from the grammar and independent of the project's
 * parser: records end in CRLF (the last one too, as our writer does), a field is either plain text
 * without comma, quote, CR or LF, or quoted with quotes doubled. Anything else throws, naming the
 * offset, so a test fails on a bare LF, a stray quote or an unquoted line break.
 */
export function readRfc4180(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at offset ${i}: ${why} (near ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))})`);
  };
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += text[i++];
        }
      } else {
        while (i < text.length && !/[,"\r\n]/.test(text[i])) field += text[i++];
        if (text[i] === '"') fail('a quote inside an unquoted field');
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      fail(i >= text.length ? 'the last record does not end in CRLF' : 'a line break that is not CRLF, or text after a quoted field');
    }
    rows.push(row);
  }
  return rows;
}
