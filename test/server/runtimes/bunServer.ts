// Serves two instances of the identity worker with Bun.serve, each on its own port, and prints
// one line `listening <origin> <origin>`. Run by bun.test.ts: `bun bunServer.ts` with the env of
// IdentityWorkerEnv.
import { createIdentityWorker, type IdentityWorkerEnv } from './identityWorker.js';

declare const Bun: {
  serve(options: { port: number; hostname: string; fetch(request: Request): Promise<Response> }): {
    url: URL;
  };
  env: Record<string, string | undefined>;
};

const env = Bun.env as unknown as IdentityWorkerEnv;
const origins = [createIdentityWorker(), createIdentityWorker()].map((worker) => {
  const server = Bun.serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: (request) => worker.fetch(request, env),
  });
  return server.url.origin;
});
console.log(`listening ${origins.join(' ')}`);
