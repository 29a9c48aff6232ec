/** A running static server: its base URL (ending in the sub-path), the 404s it answered. */
export interface StaticServer {
  url: string;
  notFound: string[];
  close(): Promise<void>;
}

/** Serves `root` at `http://127.0.0.1:<free port><prefix>` (see static-server.mjs). */
export function serveStatic(root: string, prefix?: string): Promise<StaticServer>;
