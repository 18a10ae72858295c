import type { Clock } from "../clock.js";
import { createPrng, deriveSeed } from "../prng.js";
import { createEmptyStore, type Store } from "../store/store.js";
import { seedArticles, seedNotes, seedSegments, seedTags, seedTickets } from "./seed-catalog.js";
import { seedConversations } from "./seed-conversations.js";
import { seedAdmins, seedCompanies, seedContacts } from "./seed-people.js";
import { DAY, SEED_EPOCH } from "./seed-time.js";
import { seedWorkspace } from "./seed-workspace.js";

export { SEED_EPOCH } from "./seed-time.js";

export interface SeedSizes {
  readonly contacts: number;
  readonly companies: number;
  readonly conversations: number;
}

/**
 * Builds the same workspace, byte for byte, for the same seed. The order of
 * the steps is part of that promise: each draws from one PRNG stream.
 */
export function seedStore(seed: number, sizes: SeedSizes, clock: Clock): Store {
  const prng = createPrng(deriveSeed(seed, "data"));
  const store = createEmptyStore(seed, clock, {
    id_code: `sbx${prng.hex(5)}`,
    name: "Sandbox Workspace",
    region: "US",
    timezone: "Etc/UTC",
    created_at: SEED_EPOCH - 400 * DAY,
  });
  seedAdmins(store, prng);
  seedTags(store);
  seedCompanies(store, prng, sizes.companies);
  seedContacts(store, prng, sizes.contacts);
  seedSegments(store);
  seedNotes(store, prng);
  seedConversations(store, prng, sizes.conversations);
  seedArticles(store, prng);
  seedTickets(store);
  seedWorkspace(store);
  return store;
}
