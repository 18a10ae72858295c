import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { notFound } from "../http/error-list.js";
import { serializeNote } from "../serialize/note.js";

/** `GET /notes/{note_id}`; notes are created through a contact. */
export function noteRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get("/notes/:note_id", (c) => {
    const store = storeOf(c);
    const note = store.notes.get(c.req.param("note_id"));
    return note ? c.json(serializeNote(note, store)) : notFound.resource(c);
  });
  return routes;
}
