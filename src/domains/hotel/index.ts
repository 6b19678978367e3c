/** The Hotel system: rooms, lazy late fees, guest moves, an L5 pair-lock batch and L6 fail-fast notifications. */
export { hotelDescriptor } from './descriptor.ts';
export { HotelSystem } from './hotel-system.ts';
export { guestNotification, hotelBatch } from './ops.ts';
export { hotelBatchSchema, notificationSchema } from './schemas.ts';
export type {
  BookOp,
  CheckoutOp,
  GuestNotification,
  HotelBatchJob,
  HotelOp,
  HotelOpResult,
  OtherHotelOp,
  Room,
  StayRecord,
  UpgradeOp,
} from './types.ts';
