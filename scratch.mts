import { createWorkerEngine } from './src/engines/workers/dispatch/worker-engine.ts';
import { createEventLoopEngine, createVirtualClock } from './src/engines/event-loop/index.ts';
import { bankDescriptor } from './src/domains/bank/descriptor.ts';
import { Random } from './src/core/random.ts';
const engine = createWorkerEngine({ threads: 2 });
for (const ops of [100000]) {
  let t = performance.now();
  const a = bankDescriptor.create(); a.useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const ra = await bankDescriptor.runScenario(a, new Random(1), ops);
  console.log('event loop', (performance.now() - t).toFixed(0));
  t = performance.now();
  const b = bankDescriptor.create(); b.useEngine(engine);
  const rb = await bankDescriptor.runScenario(b, new Random(1), ops);
  console.log('workers', (performance.now() - t).toFixed(0));
  console.log(JSON.stringify(ra.results) === JSON.stringify(rb.results), JSON.stringify(bankDescriptor.state(a)) === JSON.stringify(bankDescriptor.state(b)));
}
await engine.close();
