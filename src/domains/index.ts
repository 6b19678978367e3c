/**
 * The public registry: spec file name → system class. This is the entry point tests outside the
 * project use, so it also binds the event-loop engine as the default for L5/L6; the domain folders
 * themselves import only `src/core`.
 */
import { setDefaultEngine } from '../core/engine.ts';
import { createEventLoopEngine } from '../engines/event-loop/index.ts';
import { BankSystem } from './bank/index.ts';
import { ChatRouter } from './chat-route/index.ts';
import { DNSRouter } from './dns-router/index.ts';
import { EventScheduler } from './event-scheduler/index.ts';
import { FileSystem } from './file-system/index.ts';
import { HashRing } from './hashring/index.ts';
import { HotelSystem } from './hotel/index.ts';
import { InMemoryDB } from './in-memory-db/index.ts';
import { Leaderboard } from './leaderboard/index.ts';
import { NotificationSystem } from './notification/index.ts';
import { PermissionACL } from './permission-acl/index.ts';
import { SessionManager } from './session-manager/index.ts';
import { TaskQueue } from './task-queue/index.ts';

setDefaultEngine(() => createEventLoopEngine());

/** Every system by its spec file's name. */
export const domains = {
  bank: BankSystem,
  'in-memory-db': InMemoryDB,
  'task-queue': TaskQueue,
  hotel: HotelSystem,
  hashring: HashRing,
  'chat-route': ChatRouter,
  'file-system': FileSystem,
  leaderboard: Leaderboard,
  notification: NotificationSystem,
  'session-manager': SessionManager,
  'event-scheduler': EventScheduler,
  'dns-router': DNSRouter,
  'permission-acl': PermissionACL,
} as const;

export {
  BankSystem,
  ChatRouter,
  DNSRouter,
  EventScheduler,
  FileSystem,
  HashRing,
  HotelSystem,
  InMemoryDB,
  Leaderboard,
  NotificationSystem,
  PermissionACL,
  SessionManager,
  TaskQueue,
};
