import { type Sandbox, type StartSandboxOptions, startSandbox } from "../../src/index.js";

/** Tests read response bodies field by field; the strict schemas in `response-schemas.ts` check shapes. */
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are inspected freely in tests
export type Body = any;

export interface ApiResponse<T = Body> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** Real HTTP against a sandbox on 127.0.0.1, with its token unless told otherwise. */
export interface SandboxClient {
  readonly sandbox: Sandbox;
  request<T = Body>(
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; token?: string | null },
  ): Promise<ApiResponse<T>>;
  get<T = Body>(path: string): Promise<ApiResponse<T>>;
  post<T = Body>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = Body>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = Body>(path: string): Promise<ApiResponse<T>>;
}

export async function startClient(options: StartSandboxOptions = {}): Promise<SandboxClient> {
  const sandbox = await startSandbox(options);
  const request: SandboxClient["request"] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { Accept: "application/json", ...init.headers };
    const token = init.token === undefined ? sandbox.token : init.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers,
      // A redirect (call recordings) is looked at, not followed.
      redirect: "manual",
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    let body: unknown = text;
    if (response.headers.get("content-type")?.includes("json")) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: response.status, headers: response.headers, body: body as never, text };
  };
  return {
    sandbox,
    request,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body === undefined ? {} : { body }),
    put: (path, body) => request("PUT", path, body === undefined ? {} : { body }),
    delete: (path) => request("DELETE", path),
  };
}

/** A clock tests move by hand, for scroll expiry and rate windows. */
export function manualClock(startMs = Date.UTC(2026, 0, 1)) {
  let now = startMs;
  return {
    clock: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
