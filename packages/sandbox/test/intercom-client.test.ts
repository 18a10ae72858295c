import { listAdminActivityLogsOperation, updateAdminAwayOperation } from "@intercom-kit/admins";
import { listCompanySegmentsOperation } from "@intercom-kit/companies";
import {
  attachContactSubscriptionOperation,
  detachContactSubscriptionOperation,
  listContactSubscriptionsOperation,
} from "@intercom-kit/contacts";
import {
  convertConversationToTicketOperation,
  deleteConversationOperation,
  redactConversationOperation,
  updateConversationOperation,
} from "@intercom-kit/conversations";
import type { Operation } from "@intercom-kit/core";
import {
  createDataAttributeOperation,
  listDataAttributesOperation,
  updateDataAttributeOperation,
} from "@intercom-kit/data-attributes";
import {
  cancelDataExportOperation,
  createDataExportOperation,
  retrieveDataExportOperation,
} from "@intercom-kit/data-export";
import {
  createHelpCenterCollectionOperation,
  deleteHelpCenterCollectionOperation,
  listHelpCenterCollectionsOperation,
  listHelpCentersOperation,
  retrieveHelpCenterCollectionOperation,
  retrieveHelpCenterOperation,
  updateHelpCenterCollectionOperation,
} from "@intercom-kit/help-center";
import { createMessageOperation } from "@intercom-kit/messages";
import { listSubscriptionTypesOperation } from "@intercom-kit/subscription-types";
import { listTeamsOperation, retrieveTeamOperation } from "@intercom-kit/teams";
import { IntercomClient } from "intercom-client";
import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/index.js";

/**
 * A client we did not write: the official `intercom-client` from npm,
 * pointed at the sandbox, calls each newly stateful operation. Every answer
 * it gets must pass the operation's `@intercom-kit/models` schema (strict:
 * any issue fails the test).
 */
let sandbox: Sandbox;
let intercom: IntercomClient;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: false });
  intercom = new IntercomClient({ token: sandbox.token, baseUrl: sandbox.url });
});
afterAll(() => sandbox.stop());

function conforms<T>(operation: Operation, data: T): T {
  const result = v.safeParse(operation.output as v.GenericSchema, data);
  expect(
    result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? [],
    operation.id,
  ).toEqual([]);
  return data;
}

describe("intercom-client against the sandbox", () => {
  it("subscription types, attached to and detached from a contact", async () => {
    const types = conforms(listSubscriptionTypesOperation, await intercom.subscriptionTypes.list());
    const typeId = types.data?.[0]?.id as string;
    const contact_id = [...sandbox.store.contacts.keys()][0] as string;
    conforms(
      attachContactSubscriptionOperation,
      await intercom.contacts.attachSubscription({
        contact_id,
        id: typeId,
        consent_type: "opt_in",
      }),
    );
    const mine = conforms(
      listContactSubscriptionsOperation,
      await intercom.contacts.listAttachedSubscriptions({ contact_id }),
    );
    expect(mine.data?.map((t) => t.id)).toEqual([typeId]);
    conforms(
      detachContactSubscriptionOperation,
      await intercom.contacts.detachSubscription({ contact_id, subscription_id: typeId }),
    );
  });

  it("help centers and collections", async () => {
    const centers = conforms(listHelpCentersOperation, await intercom.helpCenters.list());
    const first = (centers as { data?: { id: string }[] }).data?.[0]?.id as string;
    conforms(
      retrieveHelpCenterOperation,
      await intercom.helpCenters.find({ help_center_id: Number(first) }),
    );
    const created = conforms(
      createHelpCenterCollectionOperation,
      await intercom.helpCenters.collections.create({ name: "From intercom-client" }),
    );
    const collection_id = Number(created.id);
    conforms(
      retrieveHelpCenterCollectionOperation,
      await intercom.helpCenters.collections.find({ collection_id }),
    );
    const updated = conforms(
      updateHelpCenterCollectionOperation,
      await intercom.helpCenters.collections.update({ collection_id, name: "Renamed" }),
    );
    expect(updated.name).toBe("Renamed");
    const page = await intercom.helpCenters.collections.list();
    conforms(listHelpCenterCollectionsOperation, page.response);
    conforms(
      deleteHelpCenterCollectionOperation,
      await intercom.helpCenters.collections.delete({ collection_id }),
    );
  });

  it("data attributes", async () => {
    conforms(listDataAttributesOperation, await intercom.dataAttributes.list());
    const created = conforms(
      createDataAttributeOperation,
      await intercom.dataAttributes.create({
        name: "csat",
        model: "contact",
        data_type: "integer",
      } as never),
    );
    const updated = conforms(
      updateDataAttributeOperation,
      await intercom.dataAttributes.update({
        data_attribute_id: Number(created.id),
        body: { description: "Satisfaction" },
      } as never),
    );
    expect(updated.description).toBe("Satisfaction");
  });

  it("teams, away mode and activity logs", async () => {
    const teams = conforms(listTeamsOperation, await intercom.teams.list());
    conforms(
      retrieveTeamOperation,
      await intercom.teams.find({ team_id: teams.teams?.[0]?.id as string }),
    );
    const admin_id = Number(sandbox.store.meAdminId);
    conforms(
      updateAdminAwayOperation,
      await intercom.admins.away({ admin_id, away_mode_enabled: true, away_mode_reassign: false }),
    );
    const logs = conforms(
      listAdminActivityLogsOperation,
      await intercom.admins.listAllActivityLogs({ created_at_after: "0" }),
    );
    expect(logs.activity_logs?.[0]?.activity_type).toBe("admin_away_mode_change");
  });

  it("messages and conversation changes", async () => {
    const [contactId, otherId] = [...sandbox.store.contacts.keys()] as string[];
    const adminId = sandbox.store.meAdminId;
    const message = conforms(
      createMessageOperation,
      await intercom.messages.create({
        message_type: "inapp",
        body: "Hello from intercom-client",
        from: { type: "admin", id: Number(adminId) },
        to: { type: "user", id: contactId as string },
      }),
    );
    const conversation_id = message.conversation_id as string;
    conforms(
      updateConversationOperation,
      await intercom.conversations.update({ conversation_id, read: true, title: "Hello" }),
    );
    const attached = await intercom.conversations.attachContactAsAdmin({
      conversation_id,
      admin_id: adminId,
      customer: { intercom_user_id: otherId as string },
    });
    expect(JSON.stringify(attached)).toContain(otherId);
    await intercom.conversations.detachContactAsAdmin({
      conversation_id,
      contact_id: otherId as string,
      admin_id: adminId,
    });
    const source = sandbox.store.conversations.get(conversation_id)?.source.id as string;
    conforms(
      redactConversationOperation,
      await intercom.conversations.redactConversationPart({
        type: "source",
        conversation_id,
        source_id: source,
      }),
    );
    const ticketTypeId = [...sandbox.store.ticketTypes.keys()][0] as string;
    conforms(
      convertConversationToTicketOperation,
      await intercom.conversations.convertToTicket({
        // intercom-client types this id as a number.
        conversation_id: Number(conversation_id),
        ticket_type_id: ticketTypeId,
      }),
    );
    conforms(
      deleteConversationOperation,
      await intercom.conversations.deleteConversation({
        conversation_id: Number(conversation_id),
      }),
    );
  });

  it("company segments and content exports", async () => {
    const company = [...sandbox.store.companies.values()].find((x) => (x.size ?? 0) >= 500);
    const segments = conforms(
      listCompanySegmentsOperation,
      await intercom.companies.listAttachedSegments({ company_id: company?.id as string }),
    );
    expect(segments.data?.length).toBeGreaterThan(0);
    const job = conforms(
      createDataExportOperation,
      await intercom.dataExport.create({ created_at_after: 0, created_at_before: 2_000_000_000 }),
    );
    const found = conforms(
      retrieveDataExportOperation,
      await intercom.dataExport.find({ job_identifier: job.job_identifier as string }),
    );
    expect(found.status).toBe("pending");
    const cancelled = conforms(
      cancelDataExportOperation,
      await intercom.dataExport.cancel({ job_identifier: job.job_identifier as string }),
    );
    expect(cancelled.status).toBe("canceled");
  });
});
