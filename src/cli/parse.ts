import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ENGINE_NAMES, type EngineName } from '../core/engine.ts';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` in strict mode, with its errors turned into one-line usage errors. */
export function parseCommandLine<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

/** A whole number option within bounds, or a usage error naming it. */
export function integerOption(value: string | undefined, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  }
  return parsed;
}

/** One of a fixed set of words, or a usage error listing them. */
export function choiceOption<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`unknown ${name} '${value}' (expected one of: ${choices.join(', ')})`);
  }
  return value as T;
}

/** `--engine`: event-loop (the default) or workers. */
export function engineOption(value: string | undefined): EngineName {
  return choiceOption(value, 'engine', ENGINE_NAMES, 'event-loop');
}

/** `--seed`: 1 by default, at most 2³² − 1 because the seeded generator keeps 32 bits of it. */
export function seedOption(value: string | undefined): number {
  return integerOption(value, 'seed', 1, 0, 2 ** 32 - 1);
}

/** A usage error naming the first positional argument past the `count` a command takes. */
export function refuseExtraArguments(positionals: readonly string[], count: number): void {
  const extra = positionals[count];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
}
