/**
 * Deadlock detection on worker threads: the threads really block in `Atomics.wait`, so nobody in the
 * cycle can notice it. A watchdog on the main thread polls the lock table's wait-for graph (owner words
 * and each thread's waiting-for word, read without stopping anyone), and trusts a cycle only when two
 * successive reads show it: the words are not all read at one instant, but a real deadlock stays put.
 * It then marks the victim (`abortWait`): its bounded wait ends with `DeadlockError` and its
 * acquisition releases what it took, so the others go on.
 */
import { DeadlockError, type DeadlockLink } from '../../core/errors.ts';
import { abortPending, abortWait } from '../../engines/workers/atomic-lock-table.ts';
import { threadName } from '../../engines/workers/layout.ts';
import { readWaitForGraph, type WaitForGraph } from '../../engines/workers/wait-for-graph.ts';
import { epochNow } from '../epoch-now.ts';
import { endingWith, findCycleThrough, waitGraph, type WaitEdge } from './wait-for-cycle.ts';

/** Options of a watchdog. */
export interface WatchdogOptions {
  /** Slot → key name, for the report. */
  readonly keys?: readonly string[];
  /** How a thread is named in the cycle (`op 1`); `thread 1` by default. */
  readonly nameOf?: (thread: number) => string;
  /** How often it reads the graph (ms). Default 1. */
  readonly pollMs?: number;
}

/** A deadlock the watchdog broke: the cycle (named by `nameOf`), the victim's thread, and when (epoch ms). */
export interface WatchdogDetection {
  readonly error: DeadlockError;
  readonly victimThread: number;
  readonly at: number;
}

/** A running watchdog. */
export interface Watchdog {
  /** Deadlocks broken so far, in order. */
  readonly detections: readonly WatchdogDetection[];
  /** Stop polling. */
  stop(): void;
}

type ThreadEdge = WaitEdge<number, number>;

/**
 * Start watching a lock table from the calling thread (which must not block: it polls on a timer).
 * The victim of a cycle is its highest thread index: on the lab's threads, the op latest in input order.
 * @param view a lock table made by `createLockTableView`.
 */
export function startWatchdog(view: Int32Array, options: WatchdogOptions = {}): Watchdog {
  const detections: WatchdogDetection[] = [];
  let seen = new Set<string>();
  /** Cycles broken and still ending: cycle key → its victim, whose abort request is not yet answered. */
  const broken = new Map<string, number>();
  const poll = (): void => {
    const graph = readWaitForGraph(view);
    const cycles = cyclesOf(graph);
    // A broken cycle is forgotten once gone, or once its victim answered the request: the same threads
    // and keys seen in a cycle after that are a new deadlock (two transfers A→B and B→A that deadlock,
    // are broken, and deadlock again within one poll), to be caught again.
    const renewed = new Set<string>();
    for (const [key, victim] of broken) {
      if (cycles.has(key) && abortPending(view, victim)) continue;
      broken.delete(key);
      if (cycles.has(key)) renewed.add(key);
    }
    for (const [key, cycle] of cycles) {
      if (seen.has(key) && !renewed.has(key) && !broken.has(key)) {
        const detection = breakCycle(view, graph, cycle, options);
        broken.set(key, detection.victimThread);
        detections.push(detection);
      }
    }
    // A renewed cycle must be read twice too before it is trusted.
    seen = new Set([...cycles.keys()].filter((key) => !renewed.has(key)));
  };
  const timer = setInterval(poll, options.pollMs ?? 1);
  // It must not keep a process alive by itself: the threads it watches do that while they run.
  timer.unref();
  return {
    get detections() {
      return [...detections];
    },
    stop: () => clearInterval(timer),
  };
}

/** Every cycle of the graph, by a key that is the same whichever thread it is read from. */
function cyclesOf(graph: WaitForGraph): Map<string, ThreadEdge[]> {
  const edges = graph.waiters.flatMap(({ thread, slot, holder }) => (holder === undefined ? [] : [{ waiter: thread, key: slot, holder }]));
  const indexed = waitGraph(edges);
  const cycles = new Map<string, ThreadEdge[]>();
  for (const { waiter } of edges) {
    const cycle = findCycleThrough(waiter, indexed);
    if (cycle === undefined) continue;
    const first = Math.min(...cycle.map((edge) => edge.waiter));
    cycles.set(endingWith(cycle, first).map((edge) => `${edge.waiter}:${edge.key}`).join(' '), cycle);
  }
  return cycles;
}

function breakCycle(view: Int32Array, graph: WaitForGraph, cycle: readonly ThreadEdge[], options: WatchdogOptions): WatchdogDetection {
  const victim = Math.max(...cycle.map((edge) => edge.waiter));
  const ordered = endingWith(cycle, victim);
  const nameOf = options.nameOf ?? threadName;
  const keyOf = (slot: number): string => options.keys?.[slot] ?? `slot ${slot}`;
  const links = ordered.map(
    (edge): DeadlockLink => ({
      owner: nameOf(edge.waiter),
      holds: graph.holders.filter((held) => held.thread === edge.waiter).map((held) => keyOf(held.slot)),
      waitsFor: keyOf(edge.key),
    }),
  );
  abortWait(view, victim, ordered.at(-1)!.key);
  return { error: new DeadlockError(links, nameOf(victim)), victimThread: victim, at: epochNow() };
}
