/** Shared pieces of the command-line entries: progress on stderr, errors to stderr with exit 1. */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { env } from './env';
import { InputError } from './ingest/errors';

export function progressBar(label: string) {
  const interactive = process.stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(10)} [{bar}] {percentage}% {value}/{total} {step}`, stream: process.stderr, hideCursor: true, noTTYOutput: !interactive, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, step = '') {
      if (!started) {
        bar.start(total, 0, { step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { step });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function log(msg: string) {
  process.stderr.write(`${msg}\n`);
}

/** Runs a CLI main, printing `error: <message>` (file:line for input errors) and exiting 1 on failure. */
export function runMain(main: () => Promise<void> | void) {
  // A closed pipe (`| head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof InputError) log(`error: ${e.message}`);
      else if (e instanceof Error) log(`error: ${e.message}${env().ATLAS_DEBUG ? `\n${e.stack}` : ''}`);
      else log(`error: ${String(e)}`);
      process.exit(1);
    });
}

export function wantsHelp(argv: string[], usage: string): boolean {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return true;
  }
  return false;
}

/** The command line that runs another compiled command (`node tooling/run.mjs <name>`), for spawning. */
export function commandLine(name: string, args: string[] = []): [string, string[]] {
  return [process.execPath, [path.resolve('tooling/run.mjs'), name, ...args]];
}
