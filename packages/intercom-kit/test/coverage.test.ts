import type { Operation } from "@intercom-kit/core";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog.js";
import { createIntercom } from "../src/index.js";
import { describedOperations } from "./description.js";

const described = describedOperations();

describe("catalogue coverage of the 2.16 description", () => {
  it("lists every method and path of the description exactly once, and nothing else", () => {
    expect(described).toHaveLength(231);
    const listed = catalog.map((entry) => `${entry.method} ${entry.path}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...described].sort());
  });

  it("names each function once, and places each at its own resource and verb", () => {
    const names = catalog.map((entry) => entry.name);
    expect(new Set(names).size).toBe(231);
    const places = catalog.map((entry) => `${entry.resource}.${entry.verb}`);
    expect(new Set(places).size).toBe(231);
    expect(catalog.every((entry) => entry.resource !== "" && entry.verb !== "")).toBe(true);
  });

  it("names every function by the rule in docs/codegen.md: verb head, nouns, verb tail", () => {
    for (const entry of catalog) {
      const [head = "", ...rest] = entry.verb.split(/(?=[A-Z])/);
      const tail = rest.join("");
      expect(entry.name.startsWith(head), entry.name).toBe(true);
      expect(entry.name.endsWith(tail), entry.name).toBe(true);
      // Between them, only the nouns: capitalised words, at least one.
      expect(entry.name.slice(head.length, entry.name.length - tail.length), entry.name).toMatch(
        /^([A-Z][a-z0-9]*)+$/,
      );
    }
  });

  it.each(catalog.map((entry) => [entry.name, entry] as const))(
    "%s is exported by its package with matching metadata",
    async (name, entry) => {
      const module = (await import(entry.package)) as Record<string, unknown>;
      expect(typeof module[name]).toBe("function");
      const operation = module[`${name}Operation`] as Operation;
      expect(operation).toMatchObject({
        id: entry.name,
        method: entry.method,
        path: entry.path,
      });
      expect(operation.pagination?.strategy ?? null).toBe(entry.pagination);
    },
  );

  it("puts every operation on the facade at its resource path and verb", () => {
    const client = createIntercom({ token: "t" }) as unknown as Record<string, unknown>;
    const packages = new Set(catalog.map((entry) => entry.package));
    expect(packages.size).toBe(30);
    let members = 0;
    for (const entry of catalog) {
      // The top-level member is named after the package: @intercom-kit/data-export → dataExport.
      const top = entry.package
        .replace("@intercom-kit/", "")
        .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      expect(entry.resource.split(".")[0], entry.name).toBe(top);
      const level = entry.resource
        .split(".")
        .reduce<unknown>((at, member) => (at as Record<string, unknown>)?.[member], client);
      expect(typeof (level as Record<string, unknown>)?.[entry.verb], entry.name).toBe("function");
      members++;
    }
    expect(members).toBe(231);
  });

  it("reads each non-JSON answer by its kind", async () => {
    const expected: Record<string, string> = {
      retrieveCallTranscript: "text",
      retrieveCallRecording: "redirect",
      downloadDataExport: "binary",
      downloadDataExportReport: "binary",
      createDataEvent: "empty",
      deleteTag: "empty",
      deleteAudience: "empty",
      deleteContentSnippet: "empty",
      deleteContentImportSource: "empty",
    };
    const kinds: Record<string, string> = {};
    for (const entry of catalog) {
      const operation = (await import(entry.package))[`${entry.name}Operation`] as Operation;
      if (operation.response !== "json") kinds[entry.name] = operation.response;
    }
    expect(kinds).toMatchObject(expected);
  });

  it("marks reads and idempotent writes retry-safe, and creates not", async () => {
    const safe: string[] = [];
    for (const entry of catalog) {
      const operation = (await import(entry.package))[`${entry.name}Operation`] as Operation;
      if (operation.retrySafe) safe.push(entry.name);
      if (entry.method !== "POST" && entry.method !== "PATCH")
        expect(operation.retrySafe, entry.name).toBe(true);
    }
    expect(safe).toEqual(
      expect.arrayContaining(["searchContacts", "searchConversations", "searchTickets"]),
    );
    expect(safe).not.toContain("createContact");
    expect(safe).not.toContain("replyConversation");
  });
});
