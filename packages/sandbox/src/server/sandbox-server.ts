/** A started HTTP server, whatever runtime serves it. */
export interface ServerHandle {
  readonly port: number;
  close(): Promise<void>;
}

export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** The sandbox only ever listens on loopback. */
export const LOOPBACK_HOST = "127.0.0.1";
