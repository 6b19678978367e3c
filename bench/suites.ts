/** Every benchmark suite, in the order `conclab bench` runs them. */
import type { BenchSuite } from '../src/bench/suite.ts';
import { engines } from './engines.bench.ts';
import { failFastVsAllSleep } from './fail-fast-vs-all-sleep.bench.ts';
import { pairLocks } from './pair-locks.bench.ts';
import { peers } from './peers.bench.ts';
import { workerPoolOrder } from './worker-pool-order.bench.ts';

/** The suites `conclab bench` knows, in the order they run. */
export const suites: readonly BenchSuite[] = [pairLocks, failFastVsAllSleep, workerPoolOrder, engines, peers];
