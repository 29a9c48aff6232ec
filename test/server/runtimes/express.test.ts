// @vitest-environment node
import { describeHandlerSuite } from './handlerSuite.js';
import { startExpress } from './targets.js';

describeHandlerSuite('Node (Express 5 via toNodeHandler)', startExpress);
