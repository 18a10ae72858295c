import { describe, expect, it } from "vitest";
import { RESOURCE_TREE } from "../src/config/resources/index.ts";
import { functionName, PLURAL_VERBS, placements } from "../src/model/resource-placement.ts";

describe("the naming rule", () => {
  it("puts the verb's first word, the nouns, then the rest of the verb", () => {
    const contact = ["Contact", "Contacts"] as const;
    expect(functionName([contact], "list")).toBe("listContacts");
    expect(functionName([contact], "retrieve")).toBe("retrieveContact");
    expect(functionName([contact, ["Note", "Notes"]], "list")).toBe("listContactNotes");
    expect(functionName([contact, ["Tag", "Tags"]], "attach")).toBe("attachContactTag");
    expect(functionName([contact], "retrieveByExternalId")).toBe("retrieveContactByExternalId");
    expect(functionName([null, ["Brand", "Brands"]], "list")).toBe("listBrands");
    expect(
      functionName(
        [
          ["Ticket", "Tickets"],
          ["Type", "Types"],
          ["Attribute", "Attributes"],
        ],
        "create",
      ),
    ).toBe("createTicketTypeAttribute");
  });
});

describe("the resource tree", () => {
  const placed = placements(RESOURCE_TREE);

  it("places 231 operations, each once, each at its own resource path and verb", () => {
    expect(placed).toHaveLength(231);
    expect(new Set(placed.map((p) => p.key)).size).toBe(231);
    expect(new Set(placed.map((p) => `${p.resource.join(".")}.${p.verb}`)).size).toBe(231);
    expect(new Set(placed.map((p) => p.name)).size).toBe(231);
  });

  it("names every function by the rule, from its facade path and verb", () => {
    for (const placement of placed) {
      // Rebuild the nouns from the tree by walking the facade path.
      let node = RESOURCE_TREE[placement.resource[0] as string];
      const nouns = [node?.noun ?? null];
      for (const member of placement.resource.slice(1)) {
        node = node?.resources?.[member] as typeof node;
        nouns.push(node?.noun ?? null);
      }
      const [head = "", ...rest] = placement.verb.split(/(?=[A-Z])/);
      const tail = rest.join("");
      const last = nouns.at(-1);
      const noun = last ? last[PLURAL_VERBS.has(head) ? 1 : 0] : "";
      const words = nouns.slice(0, -1).map((n) => n?.[0] ?? "");
      expect(placement.name, `${placement.resource.join(".")}.${placement.verb}`).toBe(
        `${head}${words.join("")}${noun}${tail}`,
      );
      expect(placement.entry.summary.trim(), placement.name).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("gives every top-level resource a package named after it", () => {
    const packages = new Set(placed.map((p) => p.domain));
    expect([...packages].sort()).toEqual(
      Object.keys(RESOURCE_TREE)
        .map((key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
        .sort(),
    );
  });
});
