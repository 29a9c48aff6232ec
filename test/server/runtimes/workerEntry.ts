// The module workerd loads: a worker module exports only handlers, so the instance is made here.
import { createIdentityWorker } from './identityWorker.js';

export default createIdentityWorker();
