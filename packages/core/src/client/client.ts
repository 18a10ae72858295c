import type { KyInstance, Options as KyOptions } from "ky";
import type { Middleware } from "../transport/middleware.js";
import type { Drift } from "../validation/drift.js";
import type { ClientConfig, CoreLogger } from "./client-options.js";

/** Symbol.for, so two copies of the core in one bundle still recognise each other's clients. */
export const CLIENT_STATE: unique symbol = Symbol.for("@intercom-kit/core.client-state") as never;

/** Holds the client's ky instance once the first request has built it. */
export const CLIENT_TRANSPORT: unique symbol = Symbol.for("@intercom-kit/core.transport") as never;

export interface TransportSlot {
  ky: KyInstance | undefined;
}

/** Builds typed members from the client they are attached to. */
export type Extension<TMembers extends object> = (client: Client) => TMembers;

/** Everything a client is made of. Clients never change it; they derive a new state. */
export interface ClientState {
  readonly config: ClientConfig;
  /** A closure rather than the token itself, so inspecting a client cannot print it. */
  readonly token: () => Promise<string>;
  readonly fetch: typeof fetch | undefined;
  readonly logger: CoreLogger;
  readonly middleware: readonly Middleware[];
  readonly kyOptions: readonly KyOptions[];
  readonly extensions: readonly Extension<object>[];
  /** Schema-and-path keys already reported in `warn` mode, shared by derived clients. */
  readonly warned: Set<string>;
  /** Where `warn` mode sends drift instead of the logger, if set. */
  readonly onDrift: ((drift: Drift) => void) | undefined;
}

/** An immutable Intercom client. `.use()` and friends return a new client. */
export interface Client {
  readonly config: ClientConfig;
  /**
   * What the client is made of; read through `@intercom-kit/core/internal`.
   * @internal
   */
  readonly [CLIENT_STATE]: ClientState;
  /**
   * The client's ky instance, once built.
   * @internal
   */
  readonly [CLIENT_TRANSPORT]: TransportSlot;
  /** Applies a plugin: a function from this client to a new one. */
  use<TResult extends Client>(plugin: (client: this) => TResult): TResult;
  /** A new client whose every HTTP attempt also passes through `middleware`. */
  withMiddleware(middleware: Middleware): this;
  /** A new client with ky options layered on (hooks, retry); merged as `ky.extend` merges. */
  withKyOptions(options: KyOptions): this;
  /**
   * A new client with members added. The builder runs again for every client
   * derived later, so members always call through the newest middleware.
   */
  extend<TMembers extends object>(build: Extension<TMembers>): this & TMembers;
}

/** A plugin turns a client into one with more middleware or more members. */
export type Plugin<TAdded extends object = object> = <TClient extends Client>(
  client: TClient,
) => TClient & TAdded;
