import type { ResponseKind } from "./operation.js";

/**
 * The media type to ask for when an operation does not answer JSON, so a
 * server that negotiates on `Accept` (a proxy, or Intercom itself) sends the
 * transcript as text and the export as bytes. JSON operations keep the
 * client's default `Accept: application/json`.
 */
const ACCEPT: Partial<Record<ResponseKind, string>> = {
  text: "text/plain",
  binary: "application/octet-stream",
};

export function acceptHeaderFor(kind: ResponseKind): Record<string, string> {
  const accept = ACCEPT[kind];
  return accept ? { Accept: accept } : {};
}
