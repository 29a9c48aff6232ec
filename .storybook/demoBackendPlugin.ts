import type { Connect, Plugin } from 'vite';
import type { DemoBackend } from '../src/stories/demo/demoBackend.js';

/**
 * Mounts the demo backend (real `/server` handlers on the real `stripe` SDK, a fake of Stripe's
 * API) on `/demo-api/*` of the Storybook dev server and of the story-test server, so the
 * "Flows/Live backend" stories talk to it over real HTTP. Started on the first request.
 */
export function demoBackendPlugin(): Plugin {
  let running: Promise<DemoBackend> | undefined;
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    if (!req.url?.startsWith('/demo-api/')) return next();
    running ??= import('../src/stories/demo/demoBackend.js').then((m) => m.startDemoBackend());
    running.then(
      (demo) => demo.middleware(req, res, next),
      (error: unknown) => next(error),
    );
  };
  const stop = () => {
    void running?.then((demo) => demo.close());
    running = undefined;
  };
  return {
    name: 'rsi-demo-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.on('close', stop);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.on('close', stop);
    },
  };
}
