#!/usr/bin/env node
/**
 * The ipasim command line (cli.ts). Signals are watched first, before the rest loads: SIGINT or
 * SIGTERM at any moment ends the process with exit code 130 and a message (src/interrupt.ts).
 */
import { startWatchingSignals } from '../interrupt.js';

startWatchingSignals();
const { runCli } = await import('./cli.js');
await runCli(process.argv);
