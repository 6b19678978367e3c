#!/usr/bin/env node
// The package's `bin`: Node 20 cannot load TypeScript by itself, so register tsx, then run the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
