// The support 360° walk-through's person: one end user with rows in all five products (an
// organization with a live subscription and credits used, course progress, an AI profile with
// this month's spend and prompt logs, a tracked app with last week's events, CRM contacts, deals
// and activities, live sessions). Fixed ids, so it is written once and restored when deleted; it
// runs on every seed (after the demo data it builds on), inserting only what is missing.
import { and, asc, eq, like, sql } from "drizzle-orm";
import type { Database, Transaction } from "../client";
import {
  activities,
  apiUsage,
  contacts,
  courses,
  deals,
  enrollments,
  events,
  funnels,
  lessonProgress,
  lessons,
  memberships,
  modules,
  organizations,
  pipelines,
  plans,
  promptLogs,
  session,
  subscriptions,
  tokenUsage,
  trackedApps,
  user,
  userProfiles,
} from "../schema";
import { insertRows } from "./batch";
import { DEMO_USER_ID_PREFIX, demoUuid } from "./ids";
import { DAY_MS, HOUR_MS, MINUTE_MS, Random } from "./random";

export const supportDemoPerson = { id: `${DEMO_USER_ID_PREFIX}riley`, name: "Riley Rowe", email: "riley.rowe@rowe-analytics.example" } as const;

// Demo uuids of this person's rows sit far above the generated demo rows' numbers.
const base = 0x360000;
const id = (kind: Parameters<typeof demoUuid>[0], n = 1) => demoUuid(kind, base + n);

/** Within this UTC month and before now, `ms` back at most (so "this month's spend" holds on the 1st). */
function thisMonth(now: Date, ms: number): Date {
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  return new Date(Math.max(monthStart + (now.getTime() - monthStart) / 2, now.getTime() - ms));
}

async function courseLessons(tx: Transaction, courseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .where(eq(modules.courseId, courseId))
    .orderBy(asc(modules.position), asc(lessons.position));
  return rows.map((r) => r.id);
}

export async function seedSupportDemo(db: Database) {
  await db.transaction(async (tx) => {
    const now = new Date();
    const rng = new Random(360);
    const person = supportDemoPerson;
    await insertRows(tx, user, [{ ...person, emailVerified: true, role: "user", createdAt: new Date(now.getTime() - 120 * DAY_MS), updatedAt: new Date(now.getTime() - 120 * DAY_MS) }]);
    await insertRows(
      tx,
      session,
      [1, 2].map((n) => ({
        id: `seed_session_riley_${n}`,
        token: rng.hex(32),
        userId: person.id,
        ipAddress: `198.51.100.${20 + n}`,
        userAgent: n === 1 ? "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15" : "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148",
        createdAt: new Date(now.getTime() - n * HOUR_MS),
        updatedAt: new Date(now.getTime() - n * HOUR_MS),
        expiresAt: new Date(now.getTime() + 7 * DAY_MS),
      })),
    );

    // SaaS: owner of an organization on the Pro plan, active, with credits used this period.
    const [pro] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.slug, "pro"));
    const organizationId = id("organization");
    await insertRows(tx, organizations, [{ id: organizationId, name: "Rowe Analytics", slug: "rowe-analytics", createdAt: new Date(now.getTime() - 110 * DAY_MS) }]);
    await insertRows(tx, memberships, [{ id: id("membership"), organizationId, userId: person.id, role: "owner", createdAt: new Date(now.getTime() - 110 * DAY_MS) }]);
    if (pro) {
      await insertRows(tx, subscriptions, [{ id: id("subscription"), organizationId, planId: pro.id, status: "active", currentPeriodEnd: new Date(now.getTime() + 20 * DAY_MS), createdAt: new Date(now.getTime() - 110 * DAY_MS) }]);
    }
    await insertRows(tx, apiUsage, Array.from({ length: 6 }, (_, i) => ({ id: id("apiUsage", i + 1), organizationId, apiKeyId: "key_rowe_main", creditsUsed: 1_250 * (i + 1), createdAt: new Date(now.getTime() - (i + 1) * 5 * HOUR_MS) })));

    // Learning: enrolled in the first two published courses, part-way through the first.
    const published = await tx
      .select({ id: courses.id })
      .from(courses)
      .where(and(eq(courses.status, "published"), like(sql`${courses.id}::text`, `${demoUuid("course", 0).slice(0, 9)}%`)))
      .orderBy(asc(courses.id))
      .limit(2);
    for (const [i, course] of published.entries()) {
      await insertRows(tx, enrollments, [{ id: id("enrollment", i + 1), courseId: course.id, studentId: person.id, enrolledAt: new Date(now.getTime() - (60 - i * 20) * DAY_MS) }]);
      const done = i === 0 ? (await courseLessons(tx, course.id)).slice(0, 4) : [];
      await insertRows(tx, lessonProgress, done.map((lessonId, n) => ({ id: id("lessonProgress", i * 100 + n + 1), lessonId, studentId: person.id, status: "completed" as const, completedAt: new Date(now.getTime() - (10 - n * 2) * DAY_MS) })));
    }

    // AI: a profile with a monthly budget, this month's calls and their logs.
    await insertRows(tx, userProfiles, [{ id: id("userProfile"), userId: person.id, displayName: "Riley", defaultModel: "gpt-4o-mini", monthlyTokenBudget: 200_000, createdAt: new Date(now.getTime() - 100 * DAY_MS) }]);
    const calls = Array.from({ length: 8 }, (_, i) => ({ at: thisMonth(now, (i + 1) * 3 * HOUR_MS), prompt: 900 + i * 150, completion: 400 + i * 60 }));
    await insertRows(tx, tokenUsage, calls.map((c, i) => ({ id: id("tokenUsage", i + 1), userId: person.id, model: "gpt-4o-mini", promptTokens: c.prompt, completionTokens: c.completion, costMicrocents: (c.prompt * 15 + c.completion * 60) * 100, createdAt: c.at })));
    await insertRows(
      tx,
      promptLogs,
      calls.slice(0, 3).map((c, i) => ({ id: id("promptLog", i + 1), userId: person.id, model: "gpt-4o-mini", prompt: `Summarise last week's funnel drop-off for dashboard ${i + 1}.`, completion: "The checkout step lost most visitors.", promptTokens: c.prompt, completionTokens: c.completion, latencyMs: 800 + i * 90, status: "ok" as const, createdAt: c.at })),
    );

    // Analytics: an app with events over the last week and a saved funnel over them.
    const appId = id("trackedApp");
    await insertRows(tx, trackedApps, [{ id: appId, ownerId: person.id, name: "Rowe Dashboard", apiKey: `sk_live_${rng.hex(32)}`, createdAt: new Date(now.getTime() - 90 * DAY_MS) }]);
    await insertRows(tx, events, Array.from({ length: 40 }, (_, i) => ({ id: id("event", i + 1), appId, name: i % 4 === 0 ? "signup" : "page_view", anonymousId: `riley-visitor-${i % 7}`, occurredAt: new Date(now.getTime() - (i + 1) * 3.5 * HOUR_MS - 7 * MINUTE_MS) })));
    await insertRows(tx, funnels, [{ id: id("funnel"), appId, name: "Visit to sign-up", steps: [{ event: "page_view" }, { event: "signup" }], createdAt: new Date(now.getTime() - 60 * DAY_MS) }]);

    // CRM: as a partner rep — contacts and deals they own, activities they logged.
    const [pipeline] = await tx.select({ id: pipelines.id }).from(pipelines).where(eq(pipelines.id, demoUuid("pipeline", 1)));
    await insertRows(tx, contacts, [1, 2].map((n) => ({ id: id("contact", n), email: `buyer${n}@northwind.example`, name: n === 1 ? "Nora North" : "Ned Wind", ownerId: person.id, createdAt: new Date(now.getTime() - (40 - n) * DAY_MS) })));
    if (pipeline) {
      await insertRows(tx, deals, [
        { id: id("deal", 1), contactId: id("contact", 1), pipelineId: pipeline.id, ownerId: person.id, title: "Northwind analytics rollout", amountCents: 1_800_000, stage: "qualified", closeDate: new Date(now.getTime() + 30 * DAY_MS), createdAt: new Date(now.getTime() - 30 * DAY_MS) },
        { id: id("deal", 2), contactId: id("contact", 2), pipelineId: pipeline.id, ownerId: person.id, title: "Northwind pilot", amountCents: 450_000, stage: "won", closeDate: new Date(now.getTime() - 10 * DAY_MS), createdAt: new Date(now.getTime() - 38 * DAY_MS) },
      ]);
      await insertRows(tx, activities, [1, 2, 3].map((n) => ({ id: id("activity", n), dealId: id("deal", n === 3 ? 2 : 1), actorId: person.id, type: (["call", "email", "note"] as const)[n - 1], body: ["Intro call with Nora.", "Sent the pricing sheet.", "Pilot signed."][n - 1], occurredAt: new Date(now.getTime() - (20 - n * 4) * DAY_MS) })));
    }
  });
}
