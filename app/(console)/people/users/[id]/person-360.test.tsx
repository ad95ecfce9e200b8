// The user page as the 360° view: one person's rows from every product on one page, each section
// only for the roles that may read it, prompt text never on the page, the audit section admin's only.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { insertContact, insertDeal } from "@/lib/crm/test-fixtures";
import { db } from "@/lib/db/client";
import { apiUsage, contacts, memberships, promptLogs, tokenUsage, trackedApps, events, userProfiles, activities } from "@/lib/db/schema";
import { createCourse, createStudent, enroll, recordProgress } from "@/lib/learning/test-fixtures";
import { seedStaff } from "@/lib/db/seed/staff";
import { actAs } from "@/lib/test/auth";
import { renderPage } from "@/lib/test/render-page";
import UserPage from "./page";

const personId = "person_360_page";
const secretText = "Zebra-secret prompt text 360";

beforeAll(async () => {
  await seedStaff(db);
  await createStudent(personId, "Quinn Threesixty");
  const organization = await insertOrganization("Threesixty Labs");
  const plan = await insertPlan({ name: "Growth 360", monthlyCredits: 10_000 });
  await insertSubscription({ organizationId: organization.id, planId: plan.id, status: "past_due" });
  await db.insert(memberships).values({ organizationId: organization.id, userId: personId, role: "admin" });
  await db.insert(apiUsage).values({ organizationId: organization.id, creditsUsed: 2_500 });
  const { course, lessons } = await createCourse("p360", 4);
  await enroll(course.id, personId);
  await recordProgress(lessons[0].id, personId, "completed");
  await recordProgress(lessons[1].id, personId, "completed");
  await db.insert(userProfiles).values({ userId: personId, displayName: "Quinn", defaultModel: "gpt-4o", monthlyTokenBudget: 10_000 });
  await db.insert(tokenUsage).values({ userId: personId, model: "gpt-4o", promptTokens: 6_000, completionTokens: 3_000, costMicrocents: 123_450_000 });
  await db.insert(promptLogs).values({ userId: personId, model: "gpt-4o", prompt: secretText, completion: secretText, promptTokens: 6_000, completionTokens: 3_000 });
  const [app] = await db.insert(trackedApps).values({ ownerId: personId, name: "Threesixty Web", apiKey: "wk_threesixty_page" }).returning();
  await db.insert(events).values(Array.from({ length: 3 }, () => ({ appId: app.id, name: "page_view", occurredAt: new Date(Date.now() - 3_600_000) })));
  const contact = await insertContact();
  await db.update(contacts).set({ ownerId: personId, name: "Casey Contact360" }).where(eq(contacts.id, contact.id));
  const deal = await insertDeal({ contactId: contact.id, ownerId: personId, stage: "qualified" });
  await db.insert(activities).values({ dealId: deal.id, actorId: personId, type: "call", body: "Called about the 360 rollout." });
}, 60_000);

const page = () => renderPage(UserPage, {}, { id: personId });

describe("People → user page as the 360° view", () => {
  it("shows support the person across the products: organization, subscription, credits, progress, AI spend, apps, CRM", async () => {
    await actAs("support");
    const html = await page();
    for (const title of ["Organizations", "Learning", "AI", "Analytics", "Deals", "Contacts", "Activities logged", "Active sessions"]) {
      expect(html).toContain(`>${title}</h2>`);
    }
    expect(html).toContain("Threesixty Labs");
    expect(html).toContain("Growth 360");
    expect(html).toContain("Past due");
    expect(html).toContain("2,500 of 10,000");
    expect(html).toMatch(/2<!-- --> of <!-- -->4<!-- --> lessons/);
    expect(html).toContain("Reset progress");
    expect(html).toContain("Enroll in a course");
    expect(html).toContain("9,000"); // tokens this month
    expect(html).toContain("$1.23"); // 123,450,000 microcents
    expect(html).toContain("Threesixty Web");
    expect(html).toContain("Casey Contact360");
    expect(html).toContain("Called about the 360 rollout.");
    expect(html).toContain("Revoke all sessions");
    // The text is only on the log's page (an audited read): here just a link.
    expect(html).not.toContain(secretText);
    expect(html).toContain(">Read</a>");
    // The audit log is admin's.
    expect(html).not.toContain(">Staff actions</h2>");
    expect(html).not.toContain("wk_threesixty_page");
  });

  it("shows finance no sessions, no text links, no support actions", async () => {
    await actAs("finance");
    const html = await page();
    expect(html).toContain(">Organizations</h2>");
    expect(html).toContain(">AI</h2>");
    expect(html).not.toContain(">Active sessions</h2>");
    expect(html).not.toContain(">Read</a>");
    expect(html).not.toContain(secretText);
    expect(html).not.toContain("Reset progress");
    expect(html).not.toContain("Enroll in a course");
    expect(html).not.toContain("Revoke all sessions");
    expect(html).not.toContain(">Staff actions</h2>");
  });

  it("shows admin what staff did to the account", async () => {
    await actAs("admin");
    const html = await page();
    expect(html).toContain(">Staff actions</h2>");
    expect(html).toContain("No staff action on this account yet.");
  });

  it("gives each section its own empty state", async () => {
    await actAs("admin");
    await createStudent("person_360_empty", "Empty Person");
    const html = await renderPage(UserPage, {}, { id: "person_360_empty" });
    for (const empty of ["Not a member of any organization.", "Not enrolled in any course.", "Owns no tracked apps.", "Owns no deals.", "Owns no contacts.", "Logged no activities.", "No AI profile: no budget."]) {
      expect(html).toContain(empty);
    }
  });
});
