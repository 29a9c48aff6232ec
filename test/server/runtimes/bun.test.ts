// @vitest-environment node
// Bun, from the `bun` npm package (its linux-x64 binary), running the worker with Bun.serve.
import { describeHandlerSuite } from './handlerSuite.js';
import { startBun } from './targets.js';

describeHandlerSuite('Bun (Bun.serve)', startBun);
