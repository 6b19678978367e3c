import type { Timed } from '../../core/batch.ts';
import type { Dict } from '../../core/dict.ts';

/** One field of a row: its value and absolute expiry (`null`: never expires). */
export interface Cell {
  value: string;
  expiry: number | null;
}

/** One field in a backup: its value and the TTL it had left when the backup was taken. */
export interface SnapshotCell {
  value: string;
  remaining_ttl: number | null;
}

/** A row ("key"): field → cell, in insertion order. Never empty. */
export type Row = Dict<Cell>;

/** The whole database: key → row. */
export type Table = Dict<Row>;

/** A backup's content: key → field → snapshot cell, alive cells only. */
export type Snapshot = Dict<Dict<SnapshotCell>>;

/** One entry of `backups`: the Python tuple `(backup timestamp, snapshot)`. */
export type Backup = [number, Snapshot];

/** L5 `{type: "set"}`: write a field, result `null`. */
export interface SetOp {
  readonly type: 'set';
  readonly key: string;
  readonly field: string;
  readonly value: string;
}

/** L5 `{type: "get"}`: read a field, result the value or `""`. */
export interface GetOp {
  readonly type: 'get';
  readonly key: string;
  readonly field: string;
}

/** L5 `{type: "delete"}`: delete a field, result a boolean. */
export interface DeleteOp {
  readonly type: 'delete';
  readonly key: string;
  readonly field: string;
}

/** L5 `{type: "scan"}`: scan a row, result its `field(value), …` string. */
export interface ScanOp {
  readonly type: 'scan';
  readonly key: string;
}

/** An op of any other type: the spec gives it the result `null`. */
export interface UnknownDbOp {
  readonly type: string;
  readonly key?: unknown;
}

/** Any op of an L5 batch. */
export type DbOp = SetOp | GetOp | DeleteOp | ScanOp | UnknownDbOp;

/** The result of one L5 op. */
export type DbResult = string | boolean | null;

/** An L5 op with the batch's timestamp, as the op definition runs it. */
export type TimedOp = Timed<DbOp>;

/** One L6 item: a key to scan, with the call's timestamp. */
export interface ScanItem {
  readonly timestamp: number;
  readonly key: string;
}

/** The Python `(key, scan(key))` tuple an L6 item yields. */
export type ScanPair = readonly [key: string, scan: string];
