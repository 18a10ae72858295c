import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import {
  type LoopbackServer,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * Serves a folder on 127.0.0.1 and a random port, for the browser to load the
 * page from. The request path is a URL pathname, whose dot segments the URL
 * parser has already resolved, so it cannot climb out of `root`.
 */
export function serveFolder(root: string): Promise<LoopbackServer> {
  return startLoopbackServer(async (request, response) => {
    const path = request.path === "/" ? "/index.html" : request.path;
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end("not found");
    }
  });
}
