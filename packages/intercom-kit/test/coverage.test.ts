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

  it("names each function once", () => {
    const names = catalog.map((entry) => entry.name);
    expect(new Set(names).size).toBe(231);
  });

  it.each(catalog.map((entry) => [entry.name, entry] as const))(
    "%s is exported by its package with matching metadata",
    async (name, entry) => {
      const module = (await import(entry.package)) as Record<string, unknown>;
      expect(typeof module[name]).toBe("function");
      const operation = module[`${name}Operation`] as Operation;
      expect(operation).toMatchObject({
        id: entry.operationId,
        method: entry.method,
        path: entry.path,
      });
      expect(operation.pagination?.strategy ?? null).toBe(entry.pagination);
    },
  );

  it("puts every operation of a package on that package's facade", () => {
    const client = createIntercom({ token: "t" }) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const byPackage = new Map<string, (typeof catalog)[number][]>();
    for (const entry of catalog)
      byPackage.set(entry.package, [...(byPackage.get(entry.package) ?? []), entry]);
    expect(byPackage.size).toBe(24);
    for (const [pkg, entries] of byPackage) {
      // The facade is named after the package: @intercom-kit/data-export → client.dataExport.
      const facadeName = pkg
        .replace("@intercom-kit/", "")
        .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const facade = client[facadeName] ?? {};
      expect(Object.keys(facade), pkg).toHaveLength(entries.length);
      expect(Object.values(facade).every((member) => typeof member === "function")).toBe(true);
    }
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
