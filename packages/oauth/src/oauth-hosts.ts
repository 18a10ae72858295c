import { ConfigurationError, REGION_BASE_URLS, type Region } from "@intercom-kit/core";
import { checkBaseUrl } from "@intercom-kit/core/internal";

/**
 * Where the user approves the app: the web app of the workspace's region.
 * A workspace hosted in Europe or Australia signs in on its own host.
 */
export const AUTHORIZE_BASE_URLS: Readonly<Record<Region, string>> = {
  us: "https://app.intercom.com",
  eu: "https://app.eu.intercom.com",
  au: "https://app.au.intercom.com",
};

/** The token endpoint's path, under the region's API host (core's `REGION_BASE_URLS`). */
export const TOKEN_PATH = "/auth/eagle/token";

/** The API root of a region, or a checked custom one (https, or http on loopback). */
export function resolveHost(
  table: Readonly<Record<string, string>>,
  region: Region | undefined,
  baseUrl: string | undefined,
): string {
  if (baseUrl !== undefined) return checkBaseUrl(baseUrl);
  const host = table[region ?? "us"];
  if (host === undefined) {
    throw new ConfigurationError(
      `Unknown region ${JSON.stringify(region)}; expected one of ${Object.keys(REGION_BASE_URLS).join(", ")}`,
    );
  }
  return host;
}
