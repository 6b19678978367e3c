import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type still needs a string `room_id`: the manual reads it
 * and takes its lock before matching the type (and returns `null`).
 */
export const hotelBatchSchema: BatchSchema = {
  types: {
    book: { room_id: 'string', guest_name: 'string', nights: 'integer' },
    checkout: { room_id: 'string' },
    upgrade: { from_room_id: 'string', to_room_id: 'string' },
  },
  unknownType: { room_id: 'string' },
};

/** One item of `sendNotifications`. */
export const notificationSchema: OpSchema = { room_id: 'string', guest_name: 'string' };
