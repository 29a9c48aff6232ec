// @vitest-environment node
// Cloudflare's workerd, through Miniflare from npm: the worker is bundled with the workerd/worker
// export conditions, so the stripe SDK is its fetch-based worker build.
import { describeHandlerSuite } from './handlerSuite.js';
import { startWorkerd } from './targets.js';

describeHandlerSuite('Cloudflare workerd (Miniflare)', startWorkerd);
