import type { Timed } from '../../core/batch.ts';
import type { Dict } from '../../core/dict.ts';

/** One record of a domain: its IP and absolute expiry in ms (`null`: never expires). */
export interface DnsRecord {
  ip: string;
  expiry: number | null;
}

/** One record in a backup: its IP and the TTL it had left when the backup was taken. */
export interface SnapRecord {
  ip: string;
  remaining_ttl: number | null;
}

/** A domain's records: record type → record, in insertion order. Never empty. */
export type DomainRecords = Dict<DnsRecord>;

/** The whole phone book: domain → record type → record. */
export type RecordTable = Dict<DomainRecords>;

/** A backup's content: domain → record type → snapshot record, alive records only. */
export type DnsSnapshot = Dict<Dict<SnapRecord>>;

/** One entry of `backups`: the Python tuple `(backup timestamp, snapshot)`. */
export type DnsBackup = [number, DnsSnapshot];

/** L5 `{type: "add"}`: write (or overwrite) a permanent record; result `null`. */
export interface AddOp {
  readonly type: 'add';
  readonly domain: string;
  readonly record_type: string;
  readonly ip: string;
}

/** L5 `{type: "resolve"}`: the record's IP if alive, else `""`. */
export interface ResolveOp {
  readonly type: 'resolve';
  readonly domain: string;
  readonly record_type: string;
}

/** L5 `{type: "delete"}`: delete an alive record; result a boolean. */
export interface DeleteOp {
  readonly type: 'delete';
  readonly domain: string;
  readonly record_type: string;
}

/** An op of any other type: the manual still locks its `domain` (`""` when absent) and returns `null`. */
export interface UnknownDnsOp {
  readonly type: string;
  readonly domain?: unknown;
}

/** Any op of an L5 batch. */
export type DnsOp = AddOp | ResolveOp | DeleteOp | UnknownDnsOp;

/** The result of one L5 op. */
export type DnsResult = string | boolean | null;

/** An L5 op with the batch's timestamp, as the op definition runs it. */
export type TimedDnsOp = Timed<DnsOp>;

/** One L6 item: a domain to propagate, with the call's timestamp. */
export interface PropagateItem {
  readonly timestamp: number;
  readonly domain: string;
}
