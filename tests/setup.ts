/**
 * Property tests explore new random cases on every local run; in CI (CI set) they use a fixed seed so
 * a landing never depends on luck. A failure prints its seed either way, to replay it.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
