// @vitest-environment node
import { describeHandlerSuite } from './handlerSuite.js';
import { startNode } from './targets.js';

describeHandlerSuite('Node (node:http via toNodeHandler)', startNode);
