import { stamped } from '../../core/batch.ts';
import { compareStrings, dict, has } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { appendBackup, restoreLatest } from '../../core/remaining-ttl-backup.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, expectStringArray, validateOps } from '../../core/validate.ts';
import { dnsBatch, propagateRecord } from './ops.ts';
import { dnsBatchSchema } from './schemas.ts';
import { recordCodec } from './snapshot.ts';
import { hasAliveRecord, isAlive } from './ttl.ts';
import type { DnsBackup, DnsOp, DnsRecord, DnsResult, RecordTable } from './types.ts';

/**
 * The manual's `DNSRouter`: domain → record type → `{ip, expiry}` (writes overwrite), inline TTL
 * (dead records are skipped, never purged), backups holding remaining TTL, an L5 batch under one lock
 * per domain, and a fail-fast L6 propagation.
 * @example
 * const dns = new DNSRouter();
 * dns.addRecordWithTtl(10, 'cdn.io', 'A', '10.0.0.1', 50);
 * dns.resolve(59, 'cdn.io', 'A'); // "10.0.0.1"
 * dns.resolve(60, 'cdn.io', 'A'); // "" (dead at its expiry)
 */
export class DNSRouter {
  /** domain → record type → record; a domain goes with its last deleted record. */
  records: RecordTable = dict();
  /** `[backup timestamp, snapshot]`, append-only. */
  backups: DnsBackup[] = [];
  readonly #runtime = new Runtime();

  /** The manual's `domain_locks` (`defaultdict(asyncio.Lock)`): one lock per domain, made on first use. */
  get domain_locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /** L1: write a permanent record, overwriting any record of that type (a TTL one included). @returns `null`. */
  addRecord(timestamp: number, domain: string, recordType: string, ip: string): null {
    expectArgs(timestamp, { domain, recordType, ip });
    // Decision: the manual's comparison table says add_record returns True, but its code returns None;
    // the code wins, so this is `null`, and a second add of the same type overwrites without complaint.
    return this.#write(domain, recordType, { ip, expiry: null });
  }

  /** L1/L3: the record's IP if it exists and is alive at `timestamp`, else `""`. */
  resolve(timestamp: number, domain: string, recordType: string): string {
    expectArgs(timestamp, { domain, recordType });
    const record = this.#record(domain, recordType);
    return record !== undefined && isAlive(record, timestamp) ? record.ip : '';
  }

  /**
   * L1/L3: delete a record alive at `timestamp` (and its domain once empty).
   * @returns `false` when the domain or type is missing or the record is dead (a dead one stays stored).
   */
  deleteRecord(timestamp: number, domain: string, recordType: string): boolean {
    expectArgs(timestamp, { domain, recordType });
    const record = this.#record(domain, recordType);
    if (record === undefined || !isAlive(record, timestamp)) return false;
    const types = this.records[domain]!;
    delete types[recordType];
    if (Object.keys(types).length === 0) delete this.records[domain];
    return true;
  }

  /** L2/L3: a domain's alive records sorted by type, as `"A(1.2.3.4), AAAA(::1)"`; `""` when none. */
  scanRecords(timestamp: number, domain: string): string {
    expectArgs(timestamp, { domain });
    if (!has(this.records, domain)) return '';
    const types = this.records[domain]!;
    return Object.keys(types)
      .filter((recordType) => isAlive(types[recordType]!, timestamp))
      .sort(compareStrings)
      .map((recordType) => `${recordType}(${types[recordType]!.ip})`)
      .join(', ');
  }

  /** L2/L3: the domains with at least one alive record, sorted (a list, not a string). */
  listDomains(timestamp: number): string[] {
    expectInteger(timestamp, 'timestamp');
    return Object.keys(this.records)
      .filter((domain) => hasAliveRecord(this.records[domain]!, timestamp))
      .sort(compareStrings);
  }

  /** L3: write a record that dies at `timestamp + ttlMs`, overwriting any record of that type. @returns `null`. */
  addRecordWithTtl(timestamp: number, domain: string, recordType: string, ip: string, ttlMs: number): null {
    expectArgs(timestamp, { domain, recordType, ip });
    expectInteger(ttlMs, 'ttlMs');
    // Decision: the manual does not bound `ttl_ms`; zero or negative gives a record already dead at `timestamp`.
    return this.#write(domain, recordType, { ip, expiry: timestamp + ttlMs });
  }

  /** L4: append a backup of the records alive at `timestamp` (remaining TTL kept). @returns its domain count. */
  backup(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    return appendBackup(this.backups, this.records, timestamp, recordCodec);
  }

  /**
   * L4: replace `records` with the latest backup taken at or before `backupTimestamp`, each TTL running
   * again from `timestamp`. @returns the restored domain count as a STRING, `""` when no backup qualifies.
   */
  restore(timestamp: number, backupTimestamp: number): string {
    expectInteger(timestamp, 'timestamp');
    expectInteger(backupTimestamp, 'backupTimestamp');
    // Decision: the manual mentions exact-snapshot restores elsewhere; this domain's code picks the latest
    // backup at or before `backupTimestamp`, and conclab follows the code. An empty backup restores to an
    // empty store and returns "0" (and `backup` of an empty store returns 0), as the code implies.
    const restored = restoreLatest(this.backups, backupTimestamp, timestamp, recordCodec);
    if (restored === undefined) return '';
    this.records = restored;
    return String(Object.keys(restored).length);
  }

  /**
   * L5: run `ops` concurrently, each under its domain's lock, through `addRecord`/`resolve`/`deleteRecord`.
   * @returns results in input order: `null` for add and unknown types, the IP or `""`, a boolean.
   * @throws InvalidInputError (as a rejection) for a malformed batch, before any op runs.
   * @example
   * await dns.batchOperations(0, [{ type: 'add', domain: 'a.com', record_type: 'A', ip: '1' }]); // [null]
   */
  async batchOperations(timestamp: number, ops: readonly DnsOp[]): Promise<(DnsResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(ops, dnsBatchSchema, 'ops');
    return this.#runtime.batch(this, dnsBatch, stamped(timestamp, ops));
  }

  /**
   * L6, fail-fast: a domain that is missing or has no alive record is `false` at once and never takes a
   * permit; the others take one of `maxConcurrent` permits for a 10 ms propagation and are `true`.
   * @returns one boolean per domain, in input order (a list, not a dict).
   */
  async propagateRecords(timestamp: number, domains: readonly string[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    expectStringArray(domains, 'domains');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    // Decision: the Permission section claims DNS L6 returns a dict {domain: bool}; the DNS code returns a
    // list aligned with `domains` (so a repeated domain gets one entry per occurrence), and conclab follows it.
    const items = domains.map((domain) => ({ timestamp, domain }));
    return this.#runtime.rateLimited(this, propagateRecord, 'fail-fast', items, maxConcurrent);
  }

  #record(domain: string, recordType: string): DnsRecord | undefined {
    const types = this.records[domain];
    return types !== undefined && has(this.records, domain) && has(types, recordType) ? types[recordType] : undefined;
  }

  #write(domain: string, recordType: string, record: DnsRecord): null {
    if (!has(this.records, domain)) this.records[domain] = dict();
    this.records[domain]![recordType] = record;
    return null;
  }
}
