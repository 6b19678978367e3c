/** State records and op shapes of the Hotel system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** One past stay: `[guest_name, price_per_night * nights]` (the manual's Python tuple). */
export type StayRecord = [string, number];

/** A room as the manual stores it. Occupied means `guest_name !== ""`. */
export interface Room {
  price_per_night: number;
  /** `""` while the room is free. */
  guest_name: string;
  /** `""` until the first booking (the manual stores the empty string), `0` after a checkout. */
  nights: number | '';
  /** Charged at booking time, plus late fees once they fall due. */
  total_revenue: number;
  /** When the room was added, then when it was last booked (the manual never reads it). */
  check_in_time: number;
  /** A late fee not yet collected; `0` means none. */
  late_fee: number;
  /** When the pending late fee is collected. */
  late_fee_time: number;
  /** One entry per checkout, oldest first. */
  history: StayRecord[];
  /** `""` until the first booking; kept after checkout. */
  booking_id: string;
}

/** L5: book a guest into a free room. */
export interface BookOp {
  readonly type: 'book';
  readonly room_id: string;
  readonly guest_name: string;
  readonly nights: number;
}

/** L5: check a guest out. */
export interface CheckoutOp {
  readonly type: 'checkout';
  readonly room_id: string;
}

/** L5: move a guest to another room; locks both rooms. */
export interface UpgradeOp {
  readonly type: 'upgrade';
  readonly from_room_id: string;
  readonly to_room_id: string;
}

/** L5: any other type. The manual still reads and locks its `room_id`, then returns `null`. */
export interface OtherHotelOp {
  readonly type: string;
  readonly room_id: string;
}

/** An op of `batchOperations`. */
export type HotelOp = BookOp | CheckoutOp | UpgradeOp | OtherHotelOp;

/** What one L5 op returns: a booking id, a guest name, an upgrade's boolean, or `null`. */
export type HotelOpResult = string | boolean | null;

/** An L5 op with the batch's timestamp, as the op definitions receive it. */
export type HotelBatchJob = Timed<HotelOp>;

/** L6: a notification for the guest staying in a room. */
export interface GuestNotification {
  readonly room_id: string;
  readonly guest_name: string;
}
