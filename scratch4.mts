import { createWorkerEngine } from './src/engines/workers/dispatch/worker-engine.ts';
import { bankDescriptor } from './src/domains/bank/descriptor.ts';
import { Random } from './src/core/random.ts';
for (const threads of [2]) for (const lockMode of ["fifo"] as const) {
  const engine = createWorkerEngine({ threads, lockMode });
  for (const ops of [20000, 100000]) {
    const b = bankDescriptor.create(); b.useEngine(engine);
    const t = performance.now();
    await bankDescriptor.runScenario(b, new Random(1), ops);
    console.log(threads, lockMode, ops, 'ms', (performance.now() - t).toFixed(0));
  }
  await engine.close();
}
