import { describe, expect, it } from "vitest";
import { createPrng } from "../src/prng.js";
import { seedStore } from "../src/seed/seed-store.js";

const sizes = { contacts: 30, companies: 10, conversations: 15 };
const fixedClock = () => 0;

function snapshot(seed: number) {
  const store = seedStore(seed, sizes, fixedClock);
  return {
    contacts: [...store.contacts.values()],
    companies: [...store.companies.values()],
    conversations: [...store.conversations.values()],
    admins: [...store.admins.values()],
  };
}

describe("seed data", () => {
  it("is the same for the same seed", () => {
    expect(snapshot(1000)).toEqual(snapshot(1000));
  });

  it("differs between seeds", () => {
    const a = snapshot(1000);
    const b = snapshot(1001);
    expect(a.contacts.map((c) => c.id)).not.toEqual(b.contacts.map((c) => c.id));
    expect(a.contacts.map((c) => c.name)).not.toEqual(b.contacts.map((c) => c.name));
  });

  it("has the sizes asked for, with believable, linked records", () => {
    const data = snapshot(5);
    expect(data.contacts).toHaveLength(30);
    expect(data.companies).toHaveLength(10);
    expect(data.conversations).toHaveLength(15);
    const companyIds = new Set(data.companies.map((c) => c.id));
    const contactIds = new Set(data.contacts.map((c) => c.id));
    for (const contact of data.contacts) {
      expect(contact.id).toMatch(/^[0-9a-f]{24}$/);
      expect(contact.email).toMatch(/^[a-z.]+\d+@example\.(com|org|net)$/);
      for (const id of contact.company_ids) expect(companyIds.has(id)).toBe(true);
    }
    for (const conversation of data.conversations) {
      for (const id of conversation.contact_ids) expect(contactIds.has(id)).toBe(true);
      const times = conversation.parts.map((p) => p.created_at);
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(conversation.created_at).toBeLessThanOrEqual(conversation.updated_at);
    }
  });

  it("does not depend on the wall clock", () => {
    const late = seedStore(9, sizes, () => 4_000_000_000_000);
    const early = seedStore(9, sizes, () => 0);
    expect([...late.contacts.values()]).toEqual([...early.contacts.values()]);
  });
});

describe("PRNG", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = createPrng(123);
    const b = createPrng(123);
    const draws = Array.from({ length: 200 }, () => a.int(3, 9));
    expect(draws).toEqual(Array.from({ length: 200 }, () => b.int(3, 9)));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(9);
    expect(createPrng(124).next()).not.toBe(createPrng(123).next());
  });

  it("spreads floats over [0, 1)", () => {
    const prng = createPrng(1);
    const values = Array.from({ length: 1000 }, () => prng.next());
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
