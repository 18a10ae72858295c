import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "../http/error-list.js";
import type { TeamRecord } from "../store/records.js";

/** The `team` schema; members follow the admins' `team_ids`. */
export function serializeTeam(team: TeamRecord) {
  return {
    type: "team",
    id: team.id,
    name: team.name,
    admin_ids: team.admin_ids,
    assignment_limit: null,
    distribution_method: "round_robin",
  };
}

/** Teams: list and retrieve (teams are managed in Intercom's UI, not the API). */
export function teamRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/teams", (c) => {
    const teams = [...storeOf(c).teams.values()].map(serializeTeam);
    return c.json({ type: "team.list", teams });
  });

  routes.get("/teams/:team_id", (c) => {
    const team = storeOf(c).teams.get(c.req.param("team_id"));
    return team
      ? c.json(serializeTeam(team))
      : errorResponse(c, 404, "team_not_found", "Team not found");
  });

  return routes;
}
