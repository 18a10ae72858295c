/** API versions that Intercom publishes; the SDK's types follow the default. */
export type KnownApiVersion =
  | "2.7"
  | "2.8"
  | "2.9"
  | "2.10"
  | "2.11"
  | "2.12"
  | "2.13"
  | "2.14"
  | "2.15"
  | "2.16"
  | "Unstable";

/** A known version, or any other string Intercom may add later. */
export type ApiVersion = KnownApiVersion | (string & {});

export const DEFAULT_API_VERSION = "2.16" satisfies KnownApiVersion;
