/** What every mode hands back to main: the text for standard output and the exit status. */

export interface Output {
  /** Prefix of the "More:" links. */
  siteUrl: string;
  color: boolean;
  userAgent: string;
}

export interface Result {
  stdout: string;
  code: number;
}

/** Writes the result and resolves once standard output has taken it, so a pipe gets it whole. */
export function writeOutput(result: Result): Promise<number> {
  return new Promise((resolve) => {
    if (result.stdout === '') resolve(result.code);
    else process.stdout.write(result.stdout, () => resolve(result.code));
  });
}
