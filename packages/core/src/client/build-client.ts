import { ConfigurationError } from "../errors/intercom-error.js";
import { CLIENT_STATE, CLIENT_TRANSPORT, type Client, type ClientState } from "./client.js";

const CORE_MEMBERS = new Set(["config", "use", "withMiddleware", "withKyOptions", "extend"]);

/** Makes the frozen client object for a state, running every extension on it. */
export function buildClient(state: ClientState): Client {
  // Members close over `client` rather than `this`, so they survive destructuring.
  const client: Record<PropertyKey, unknown> = {
    config: state.config,
    [CLIENT_STATE]: state,
    [CLIENT_TRANSPORT]: { ky: undefined },
    use(plugin: (client: Client) => Client) {
      return plugin(client as unknown as Client);
    },
    withMiddleware(middleware: ClientState["middleware"][number]) {
      return buildClient({ ...state, middleware: [...state.middleware, middleware] });
    },
    withKyOptions(options: ClientState["kyOptions"][number]) {
      return buildClient({ ...state, kyOptions: [...state.kyOptions, options] });
    },
    extend(build: ClientState["extensions"][number]) {
      return buildClient({ ...state, extensions: [...state.extensions, build] });
    },
  };
  for (const build of state.extensions) {
    const members = build(client as unknown as Client);
    for (const key of Object.keys(members)) {
      if (CORE_MEMBERS.has(key)) {
        throw new ConfigurationError(`A plugin may not replace the client's own member "${key}"`);
      }
    }
    Object.assign(client, members);
  }
  return Object.freeze(client) as unknown as Client;
}
