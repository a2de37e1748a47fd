/**
 * Property tests explore new random cases on every local run; in CI (CI set) they use a fixed seed so
 * a landing never depends on luck. A failure prints its seed either way, to replay it.
 */
import fc from 'fast-check';
import { parseEnv } from '../lib/env';

const e = parseEnv();
if (e.CI) fc.configureGlobal({ seed: e.FC_SEED });
