import { describe, it } from 'vitest';
import type { DNSRouter } from '../../../src/domains/dns-router/index.ts';
import { boundDns } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A router with a TTL record and a backup, so any change to either would show. */
function seeded(): DNSRouter {
  const { dns } = boundDns();
  dns.addRecord(0, 'a.com', 'A', '1.1.1.1');
  dns.addRecordWithTtl(0, 'a.com', 'AAAA', '::1', 50);
  dns.backup(10);
  return dns;
}

/** Call `run` on a seeded router and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, (dns) => ({ records: dns.records, backups: dns.backups }));

describe('DNS bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0, { type: 'add' }), { field: 'ops' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0, [{ type: 'resolve', domain: 'a.com', record_type: 'A' }, 'add']), { field: 'op', index: 1 });
  });

  it('rejects an add op missing its ip, before the valid delete ahead of it runs', async () => {
    const ops = [
      { type: 'delete', domain: 'a.com', record_type: 'A' },
      { type: 'add', domain: 'a.com', record_type: 'A' },
    ];
    await rejects((dns) => call(dns, 'batchOperations', 0, ops), { field: 'ip', index: 1 });
  });

  it('rejects a resolve op whose domain is not a string', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0, [{ type: 'resolve', domain: 7, record_type: 'A' }]), { field: 'domain', index: 0 });
  });

  it('rejects a delete op without record_type', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0, [{ type: 'delete', domain: 'a.com' }]), { field: 'record_type', index: 0 });
  });

  it('rejects an op whose type is not a string', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0, [{ type: null, domain: 'a.com' }]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((dns) => call(dns, 'batchOperations', 0.5, [{ type: 'delete', domain: 'a.com', record_type: 'A' }]), { field: 'timestamp' });
  });

  it('rejects propagateRecords with maxConcurrent 0', async () => {
    await rejects((dns) => dns.propagateRecords(10, ['a.com'], 0), { field: 'maxConcurrent' });
  });

  it('rejects propagateRecords with maxConcurrent 1.5', async () => {
    await rejects((dns) => dns.propagateRecords(10, ['a.com'], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects propagateRecords domains that are not all strings', async () => {
    await rejects((dns) => call(dns, 'propagateRecords', 10, ['a.com', null], 1), { field: 'domains' });
  });

  it('rejects propagateRecords domains that are a string, not an array', async () => {
    await rejects((dns) => call(dns, 'propagateRecords', 10, 'a.com', 1), { field: 'domains' });
  });

  it('rejects addRecord with a non-string ip', async () => {
    await rejects((dns) => call(dns, 'addRecord', 0, 'a.com', 'A', 1234), { field: 'ip' });
  });

  it('rejects addRecordWithTtl with a string ttl', async () => {
    await rejects((dns) => call(dns, 'addRecordWithTtl', 0, 'a.com', 'A', '1', '50'), { field: 'ttlMs' });
  });

  it('rejects resolve with a missing record type', async () => {
    await rejects((dns) => call(dns, 'resolve', 0, 'a.com'), { field: 'recordType' });
  });

  it('rejects deleteRecord with a NaN timestamp', async () => {
    await rejects((dns) => dns.deleteRecord(Number.NaN, 'a.com', 'A'), { field: 'timestamp' });
  });

  it('rejects listDomains with a string timestamp', async () => {
    await rejects((dns) => call(dns, 'listDomains', '5'), { field: 'timestamp' });
  });

  it('rejects backup with a fractional timestamp', async () => {
    await rejects((dns) => dns.backup(10.5), { field: 'timestamp' });
  });

  it('rejects restore with an infinite backup timestamp', async () => {
    await rejects((dns) => dns.restore(100, Number.POSITIVE_INFINITY), { field: 'backupTimestamp' });
  });
});
