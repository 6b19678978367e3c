import { deepCopy } from '../../../core/dict.ts';
import type { Change, Path } from './change.ts';

/** Array methods that rewrite an array in place: recorded as a new value for the whole array. */
const REWRITING = new Set(['splice', 'sort', 'reverse', 'shift', 'unshift', 'pop', 'fill', 'copyWithin']);

/**
 * Watches a partition while a critical section runs, so that only what it changed crosses threads.
 * `view` is the partition behind a proxy: every write through it is applied AND recorded (a push on an
 * array is recorded as just the new items, so a growing history costs only what it grows by).
 */
export class Journal {
  readonly changes: Change[] = [];
  readonly #targets = new WeakMap<object, object>();
  readonly #proxies = new WeakMap<object, object>();

  /** The value behind a proxy this journal made, or the value itself. */
  unwrap<T>(value: T): T {
    return (typeof value === 'object' && value !== null ? (this.#targets.get(value) as T | undefined) : undefined) ?? value;
  }

  /** `value` behind a recording proxy (plain values come back as they are). */
  view<T>(value: T, path: Path = []): T {
    if (typeof value !== 'object' || value === null) return value;
    const known = this.#proxies.get(value);
    if (known !== undefined) return known as T;
    const proxy = new Proxy(value, this.#handler(path));
    this.#proxies.set(value, proxy);
    this.#targets.set(proxy, value);
    return proxy as T;
  }

  /** A copy of `value` as plain data, seeing through proxies. */
  data(value: unknown): unknown {
    return deepCopy(this.unwrap(value));
  }

  #handler(path: Path): ProxyHandler<any> {
    return {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof property === 'symbol') return value;
        if (Array.isArray(target) && typeof value === 'function') return this.#arrayMethod(target, property, path, value);
        return this.view(value, [...path, Array.isArray(target) ? Number(property) : property]);
      },
      set: (target, property, value) => {
        if (typeof property === 'symbol') return Reflect.set(target, property, value);
        const raw = this.unwrap(value);
        if (Array.isArray(target) && property === String(target.length)) {
          this.changes.push({ op: 'push', path, items: [deepCopy(raw)] });
        } else if (Array.isArray(target) && property === 'length') {
          target.length = raw as number;
          this.changes.push({ op: 'set', path, value: deepCopy(target) });
          return true;
        } else {
          this.changes.push({ op: 'set', path: [...path, Array.isArray(target) ? Number(property) : property], value: deepCopy(raw) });
        }
        return Reflect.set(target, property, raw);
      },
      deleteProperty: (target, property) => {
        if (typeof property !== 'symbol' && Object.hasOwn(target, property)) this.changes.push({ op: 'delete', path: [...path, property] });
        return Reflect.deleteProperty(target, property);
      },
    };
  }

  #arrayMethod(target: unknown[], name: string, path: Path, method: (...args: unknown[]) => unknown): unknown {
    if (name === 'push') {
      return (...items: unknown[]) => {
        const raw = items.map((item) => this.unwrap(item));
        this.changes.push({ op: 'push', path, items: raw.map(deepCopy) });
        return target.push(...raw);
      };
    }
    if (!REWRITING.has(name)) return method;
    return (...args: unknown[]) => {
      const result = method.apply(target, args);
      this.changes.push({ op: 'set', path, value: deepCopy(target) });
      return result;
    };
  }
}
