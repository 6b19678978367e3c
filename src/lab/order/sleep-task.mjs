// The order lab's bare piscina task: block this thread for `ms` milliseconds, then return `index`.
// Plain JavaScript so that Node 20 loads it in a worker without tsx. Atomics.wait blocks without
// burning a core, and a blocked thread is what a pool of CPU-bound tasks looks like.
const cell = new Int32Array(new SharedArrayBuffer(4));

export default function sleepTask({ index, ms }) {
  Atomics.wait(cell, 0, 0, ms);
  return index;
}
