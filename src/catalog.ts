/**
 * Every system conclab implements, with what the CLI and the tour need of it. The public registry of
 * classes is `src/domains/index.ts`; this adds the descriptors beside it, in the same order.
 */
import type { DomainDescriptor } from './core/domain.ts';
import type { EngineName } from './core/engine.ts';
import { bankDescriptor } from './domains/bank/descriptor.ts';
import { chatRouteDescriptor } from './domains/chat-route/descriptor.ts';
import { dnsRouterDescriptor } from './domains/dns-router/descriptor.ts';
import { eventSchedulerDescriptor } from './domains/event-scheduler/descriptor.ts';
import { fileSystemDescriptor } from './domains/file-system/descriptor.ts';
import { hashRingDescriptor } from './domains/hashring/descriptor.ts';
import { hotelDescriptor } from './domains/hotel/descriptor.ts';
import { inMemoryDbDescriptor } from './domains/in-memory-db/descriptor.ts';
import { leaderboardDescriptor } from './domains/leaderboard/descriptor.ts';
import { notificationDescriptor } from './domains/notification/descriptor.ts';
import { permissionAclDescriptor } from './domains/permission-acl/descriptor.ts';
import { sessionManagerDescriptor } from './domains/session-manager/descriptor.ts';
import { taskQueueDescriptor } from './domains/task-queue/descriptor.ts';

export const catalog: ReadonlyMap<string, DomainDescriptor> = new Map(
  [
    bankDescriptor,
    inMemoryDbDescriptor,
    taskQueueDescriptor,
    hotelDescriptor,
    hashRingDescriptor,
    chatRouteDescriptor,
    fileSystemDescriptor,
    leaderboardDescriptor,
    notificationDescriptor,
    sessionManagerDescriptor,
    eventSchedulerDescriptor,
    dnsRouterDescriptor,
    permissionAclDescriptor,
  ].map((d) => [d.name, d]),
);

/** The engines a system's L5/L6 run on. */
export const enginesOf = (name: string): readonly EngineName[] => catalog.get(name)?.engines ?? [];
