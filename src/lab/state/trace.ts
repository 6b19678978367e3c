/**
 * A trace: a fixed list of method calls, written as data so it can be printed, replayed on more than
 * one implementation of the same interface, and compared.
 */
import { InvalidInputError } from '../../core/errors.ts';
import { expectArray, expectString } from '../../core/validate.ts';

/** Any function; only used to call a method found by name. */
type AnyMethod = (...args: readonly unknown[]) => unknown;

/**
 * One call of a method of `I`, with arguments type-checked against that method's parameters.
 * @example
 * const step: Call<TtlStore<string>> = { call: 'set', args: [0, 'temp', 'v', 600] };
 */
export type Call<I> = {
  [K in keyof I & string]: I[K] extends (...args: infer A) => unknown ? { readonly call: K; readonly args: Readonly<A> } : never;
}[keyof I & string];

/** A call as a person reads it: `set(0, "temp", "v", 600)`. */
export function renderCall(step: { readonly call: string; readonly args: readonly unknown[] }): string {
  const args = step.args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg)));
  return `${step.call}(${args.join(', ')})`;
}

/** The method `name` of `target`'s own class chain, never one inherited from `Object`. */
function methodOf(target: object, name: string): AnyMethod {
  for (let proto = Object.getPrototypeOf(target); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const method: unknown = Object.hasOwn(proto, name) ? (proto as Record<string, unknown>)[name] : undefined;
    // `constructor` is own to every class prototype but is not a method one can call on an instance.
    if (name !== 'constructor' && typeof method === 'function') return method as AnyMethod;
  }
  throw new InvalidInputError('call', `Expected \`call\` to name a method, got \`${name}\``);
}

/** Throw `InvalidInputError` unless `step` is `{ call: string, args: array }`. */
function expectStep(step: unknown): asserts step is { readonly call: string; readonly args: readonly unknown[] } {
  if (typeof step !== 'object' || step === null) {
    throw new InvalidInputError('step', 'Expected a trace step to be an object `{ call, args }`');
  }
  const { call, args } = step as Record<string, unknown>;
  expectString(call, 'call');
  expectArray(args, 'args');
}

/**
 * Make one call of a trace on `target`.
 * @returns what the method returned.
 * @throws InvalidInputError when the step is malformed or `call` names no method of `target`; else whatever the method throws.
 */
export function playCall<I extends object>(target: I, step: Call<I>): unknown {
  expectStep(step);
  return methodOf(target, step.call).apply(target, [...step.args]);
}

/**
 * Make every call of `trace` on `target`, in order.
 * @returns what the last call returned (`undefined` for an empty trace).
 * @throws whatever a call throws; the calls before it have already been made.
 */
export function playTrace<I extends object>(target: I, trace: readonly Call<I>[]): unknown {
  let last: unknown;
  for (const step of trace) last = playCall(target, step);
  return last;
}
