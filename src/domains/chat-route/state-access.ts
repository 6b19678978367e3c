import { dict, type Dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { ChatRouter } from './chat-router.ts';
import { ASSIGNMENTS_KEY, TRACK_KEY } from './lock-keys.ts';
import type { ServerInfo } from './types.ts';

/** The track as one partition. */
interface Track {
  readonly servers: Dict<ServerInfo>;
  readonly memory_limits: Dict<number>;
}

/** The assignments as one partition; `order` is the insertion order of `requests`, which a dict loses. */
interface Assignments {
  readonly requests: Dict<string>;
  readonly request_access: Dict<number>;
  readonly request_sizes: Dict<number>;
  readonly order: readonly string[];
}

/**
 * ChatRoute's state by lock key: the track key guards the track, the assignments key every request's
 * server, size, access time and place in the insertion order. A `request:` or `server:` key (which L5
 * and L6 still take, as the manual does) guards nothing more: what it would guard is in those two.
 */
export const chatRouteState: StateAccess<ChatRouter> = {
  create: () => new ChatRouter(),
  read(router, key) {
    if (key === TRACK_KEY) return { servers: router.servers, memory_limits: router.memory_limits } satisfies Track;
    if (key === ASSIGNMENTS_KEY) {
      const { requests, request_access, request_sizes } = router;
      return { requests, request_access, request_sizes, order: router.requestOrder() } satisfies Assignments;
    }
    return undefined;
  },
  write(router, key, partition) {
    if (key === TRACK_KEY) {
      const part = partition as Track | undefined;
      router.servers = part?.servers ?? dict();
      router.memory_limits = part?.memory_limits ?? dict();
    } else if (key === ASSIGNMENTS_KEY) {
      const part = partition as Assignments | undefined;
      router.requests = part?.requests ?? dict();
      router.request_access = part?.request_access ?? dict();
      router.request_sizes = part?.request_sizes ?? dict();
      router.restoreRequestOrder(part?.order ?? []);
    }
  },
};
