/** The exit code of `conclab lab deadlock` when it caught a deadlock: distinct from 0 (clean) and 1/2 (errors, usage). */
export const DEADLOCK_EXIT_CODE = 3;
