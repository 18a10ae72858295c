/** Intercom hosts each workspace's data in one region; a token only works there. */
export const REGION_BASE_URLS = {
  us: "https://api.intercom.io",
  eu: "https://api.eu.intercom.io",
  au: "https://api.au.intercom.io",
} as const;

export type Region = keyof typeof REGION_BASE_URLS;
