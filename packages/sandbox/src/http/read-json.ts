import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "./error-list.js";

export type JsonObject = Record<string, unknown>;

/**
 * Reads a JSON object body. An empty body is an empty object (Intercom
 * treats a missing body as no parameters); anything that is not a JSON
 * object is answered 400 and returned as a Response.
 */
export async function readJsonObject(c: Context<SandboxEnv>): Promise<JsonObject | Response> {
  const text = await c.req.text();
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as JsonObject;
    }
  } catch {
    // answered below
  }
  return errorResponse(c, 400, "bad_request", "The request body is not a JSON object");
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
