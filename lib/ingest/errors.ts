/** A problem in an input file, located by file and 1-based line: printed as `<file>:<line>: <reason>`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}
