// THE list of grid pages the bench measures. Add a grid here when it lands: its path, the URL
// variants (first / filtered / sorted / deep — any number, any names), and `sqlFloor`, which runs
// the same query function the page runs so the report can show the database's share.
// A page that answers 404 (not built yet) is skipped.
import type { Sql } from "postgres";
import { profilesGrid } from "@/lib/ai/profiles/grid";
import { listProfiles, userBudget } from "@/lib/ai/profiles/queries";
import { promptLogsGrid } from "@/lib/ai/prompt-logs/grid";
import { listPromptLogs } from "@/lib/ai/prompt-logs/queries";
import { costPerModel, modelQuality, promptVsCompletionTokens, spendTotals, topSpenders, userBurn, usersOverBudget } from "@/lib/ai/spend/queries";
import { usageGrid } from "@/lib/ai/usage/grid";
import { listUsage } from "@/lib/ai/usage/queries";
import { loadDateRange, presetRange, suggestBucket } from "@/lib/charts/date-range";
import { appsGrid } from "@/lib/analytics/apps/grid";
import { listApps } from "@/lib/analytics/apps/queries";
import { eventsGrid } from "@/lib/analytics/events/grid";
import { listEvents } from "@/lib/analytics/events/queries";
import { sessionsGrid } from "@/lib/analytics/sessions/grid";
import { listSessions } from "@/lib/analytics/sessions/queries";
import { deliveriesGrid } from "@/lib/billing/deliveries/grid";
import { listDeliveries } from "@/lib/billing/deliveries/queries";
import { organizationMembersGrid } from "@/lib/billing/members/grid";
import { listOrganizationMembers } from "@/lib/billing/members/queries";
import { creditsInPeriod, dailyCredits, listOrganizationAudit, usageByApiKey } from "@/lib/billing/organizations/detail";
import { organizationAuditGrid, organizationsGrid } from "@/lib/billing/organizations/grid";
import { getOrganization, listOrganizations } from "@/lib/billing/organizations/queries";
import * as billingOverview from "@/lib/billing/overview/queries";
import { plansGrid } from "@/lib/billing/plans/grid";
import { listPlans } from "@/lib/billing/plans/queries";
import { subscriptionsGrid } from "@/lib/billing/subscriptions/grid";
import { listSubscriptions } from "@/lib/billing/subscriptions/queries";
import { usageGrid as billingUsageGrid } from "@/lib/billing/usage/grid";
import { listUsage as listBillingUsage } from "@/lib/billing/usage/queries";
import { auditGrid } from "@/lib/audit/grid";
import { listAuditEntries } from "@/lib/audit/queries";
import { encodeCursor } from "@/lib/data-table/cursor";
import { loadGridState } from "@/lib/data-table/search-params";
import { coursesGrid } from "@/lib/learning/courses/grid";
import { listCourses } from "@/lib/learning/courses/queries";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import { listEnrollments } from "@/lib/learning/enrollments/queries";
import { progressGrid } from "@/lib/learning/progress/grid";
import { listProgress } from "@/lib/learning/progress/queries";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { companyTimeline, dealTimeline, listActivities } from "@/lib/crm/activities/queries";
import { boardFiltersSchema } from "@/lib/crm/board/filters";
import { getBoard } from "@/lib/crm/board/queries";
import { companiesGrid } from "@/lib/crm/companies/grid";
import { getCompany, listCompanies } from "@/lib/crm/companies/queries";
import { companyContactsGrid, contactsGrid } from "@/lib/crm/contacts/grid";
import { listCompanyContacts, listContacts } from "@/lib/crm/contacts/queries";
import { companyDealsGrid, dealsGrid } from "@/lib/crm/deals/grid";
import { getDeal, listCompanyDeals, listDeals } from "@/lib/crm/deals/queries";
import { salesOverview } from "@/lib/crm/overview/queries";
import { listPipelines, pipelineOptions } from "@/lib/crm/pipelines/queries";
import { activeLearners, completionRates, coursesByStatus, enrollmentCounts, enrollmentsOverTime, progressStatusBreakdown } from "@/lib/learning/overview/queries";
import { dailyActiveVisitors, eventsPerDayByName, sessionsPerDay, topApps } from "@/lib/analytics/overview/queries";
import { productFigures, signUpsOverTime } from "@/lib/overview/queries";
import { usersGrid } from "@/lib/people/grid";
import { listUsers } from "@/lib/people/queries";
import { personSectionQueries, SCALE_360_PERSON } from "./person-360";
import { searchEverything } from "@/lib/search/queries";

/** A query string ("" or "?…"), fixed or computed from the scale database (e.g. a deep keyset cursor). */
export type VariantQuery = string | ((sql: Sql) => Promise<string>);

export type BenchVariant = { name: string; query: VariantQuery };

export type BenchPage = {
  path: string;
  variants: BenchVariant[];
  /** Runs the page's own grid query for the given URL parameters. */
  sqlFloor?: (params: URLSearchParams) => Promise<unknown>;
};

/** Rows a deep page skips: page 1000 of 25. */
const DEEP_ROWS = 25_000;

/**
 * The keyset equivalent of page 1000: a "next" cursor at the row DEEP_ROWS down the grid's
 * (time, id) order, with time and id as PostgreSQL's text (as the grid's own cursors carry them).
 */
function deepCursor(opts: { table: string; time: string; id: string; desc: boolean }): VariantQuery {
  return async (sql) => {
    const direction = opts.desc ? "desc" : "asc";
    const [row] = await sql.unsafe<{ time: string; id: string }[]>(
      `select ${opts.time}::text as time, ${opts.id}::text as id from ${opts.table}
       order by ${opts.time} ${direction}, ${opts.id} ${direction} offset ${DEEP_ROWS - 1} limit 1`,
    );
    if (!row) throw new Error(`${opts.table} has fewer than ${DEEP_ROWS} rows`);
    return `?cursor=${encodeCursor({ time: row.time, id: row.id, direction: "next", desc: opts.desc })}`;
  };
}

/** Organization 1 of the scale data (scaleUuid("organization", "1") in lib/scale/sql.ts). */
const scaleOrganizationId = "5ca10004-0000-4000-8000-000000000001";
/** Company 1, deal 1 and pipeline 1 of the scale data (lib/scale/steps/crm.ts). */
const scaleCompanyId = "5ca10007-0000-4000-8000-000000000001";
const scaleDealId = "5ca1000a-0000-4000-8000-000000000001";
const scalePipelineId = "5ca10009-0000-4000-8000-000000000001";
/** Tracked app 1 of the scale data, the busiest (sessions are skewed towards low app numbers). */
const scaleBusiestAppId = "5ca10006-0000-4000-8000-000000000001";

export const benchPages: BenchPage[] = [
  {
    path: "/people/users",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?banned=yes" },
      { name: "search", query: "?q=garcia" },
      { name: "sorted", query: "?sort=name.asc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listUsers(loadGridState(usersGrid, params)),
  },
  {
    path: "/audit",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?resource=user" },
      { name: "sorted", query: "?sort=at.asc" },
      { name: "deep", query: deepCursor({ table: "audit_log", time: "created_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listAuditEntries(loadGridState(auditGrid, params)),
  },
  {
    path: "/learning/courses",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=published" },
      { name: "sorted", query: "?sort=title.asc" },
      // 200 courses: the last page is as deep as this grid goes.
      { name: "deep", query: "?page=8" },
    ],
    sqlFloor: (params) => listCourses(loadGridState(coursesGrid, params)),
  },
  {
    path: "/learning/enrollments",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?course=typescript" },
      { name: "sorted", query: "?sort=enrolled.asc" },
      { name: "deep", query: deepCursor({ table: "enrollments", time: "enrolled_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listEnrollments(loadGridState(enrollmentsGrid, params)),
  },
  {
    path: "/learning/progress",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=completed" },
      // One learner by part of their email (name OR email, each trigram-indexed).
      { name: "student", query: "?student=lucia.rivera.4997" },
      { name: "sorted", query: "?sort=completed.asc" },
      {
        name: "deep",
        // The grid sorts unfinished lessons as completed at the epoch.
        query: deepCursor({ table: "lesson_progress", time: "coalesce(completed_at, 'epoch'::timestamptz)", id: "id", desc: true }),
      },
    ],
    sqlFloor: (params) => listProgress(loadGridState(progressGrid, params)),
  },
  {
    path: "/ai/profiles",
    variants: [
      { name: "first", query: "" },
      { name: "over budget", query: "?budgetUse=over" },
      { name: "above 80%", query: "?budgetUse=above80" },
      { name: "search", query: "?q=lucia.rivera" },
      { name: "sorted", query: "?sort=budget.desc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listProfiles(loadGridState(profilesGrid, params)),
  },
  {
    path: "/ai/usage",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?model=gpt-4o" },
      { name: "user", query: "?user=lucia.smith.2%40" },
      { name: "sorted", query: "?sort=created.asc" },
      { name: "deep", query: deepCursor({ table: "token_usage", time: "created_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listUsage(loadGridState(usageGrid, params)),
  },
  {
    path: "/ai/prompt-logs",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=error" },
      { name: "user", query: "?user=lucia.smith.2%40" },
      { name: "latency", query: "?latency=8000.." },
      { name: "sorted", query: "?sort=created.asc" },
      { name: "deep", query: deepCursor({ table: "prompt_logs", time: "created_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listPromptLogs(loadGridState(promptLogsGrid, params)),
  },
  {
    path: "/ai/spend",
    variants: [
      { name: "30 days", query: "" },
      { name: "90 days", query: "?range=90d" },
    ],
    // Every chart of the page, as the page runs them (side by side).
    sqlFloor: async (params) => {
      const range = await loadDateRange(params, "30d");
      const bucket = suggestBucket(range);
      return Promise.all([spendTotals(range), costPerModel(range, bucket), promptVsCompletionTokens(range, bucket), topSpenders(), usersOverBudget(), modelQuality(range)]);
    },
  },
  {
    // The heaviest scale user: profile 1 belongs to user 2, and usage is skewed towards low profiles.
    path: "/ai/users/scale_user_000002",
    variants: [{ name: "burn", query: "" }],
    sqlFloor: async () => {
      const budget = await userBudget("scale_user_000002");
      return userBurn("scale_user_000002", budget?.budget ?? null);
    },
  },
  {
    path: "/analytics/apps",
    variants: [
      { name: "first", query: "" },
      { name: "search", query: "?q=orbit" },
      { name: "sorted", query: "?sort=name.asc" },
      // 2,000 apps: the last page of 25.
      { name: "deep", query: "?page=80" },
    ],
    sqlFloor: (params) => listApps(loadGridState(appsGrid, params), { showKeys: true }),
  },
  {
    path: "/analytics/events",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?name=signup" },
      { name: "props", query: "?props=country%3DDE" },
      // 25,000 rows down the whole stream (a date range lifts the 24-hour default).
      {
        name: "deep",
        query: async (sql) =>
          `${await (deepCursor({ table: "events", time: "occurred_at", id: "id", desc: true }) as (sql: Sql) => Promise<string>)(sql)}&occurred=2020-01-01..2030-12-31`,
      },
    ],
    sqlFloor: (params) => listEvents(loadGridState(eventsGrid, params)),
  },
  {
    path: "/analytics/sessions",
    variants: [
      { name: "first", query: "" },
      { name: "open", query: "?state=open" },
      { name: "app", query: `?app=${scaleBusiestAppId}` },
      { name: "search", query: "?q=anon_4242" },
      { name: "deep", query: deepCursor({ table: "sessions", time: "started_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listSessions(loadGridState(sessionsGrid, params)),
  },
  {
    path: "/billing/organizations",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=past_due" },
      { name: "search", query: "?q=globex" },
      { name: "sorted", query: "?sort=name.asc" },
      { name: "deep", query: "?page=400" },
    ],
    sqlFloor: (params) => listOrganizations(loadGridState(organizationsGrid, params)),
  },

  {
    path: "/billing/subscriptions",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=past_due" },
      { name: "sorted", query: "?sort=organization.asc" },
      { name: "deep", query: "?page=400" },
    ],
    sqlFloor: (params) => listSubscriptions(loadGridState(subscriptionsGrid, params)),
  },

  {
    path: "/billing/plans",
    variants: [
      { name: "first", query: "" },
      { name: "sorted", query: "?sort=name.asc" },
    ],
    sqlFloor: (params) => listPlans(loadGridState(plansGrid, params)),
  },

  {
    path: "/billing/usage",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?apiKey=key_1_1" },
      { name: "sorted", query: "?sort=time.asc" },
      { name: "deep", query: deepCursor({ table: "api_usage", time: "created_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listBillingUsage(loadGridState(billingUsageGrid, params)),
  },

  {
    path: "/billing/deliveries",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?outcome=failed" },
      { name: "sorted", query: "?sort=received.asc" },
      { name: "deep", query: deepCursor({ table: "console_webhook_deliveries", time: "received_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listDeliveries(loadGridState(deliveriesGrid, params)),
  },

  {
    path: "/billing",
    variants: [{ name: "first", query: "" }],
    sqlFloor: () => {
      const range = presetRange("30d");
      return Promise.all([
        billingOverview.recurringRevenue(),
        billingOverview.recurringRevenueByPlan(),
        billingOverview.subscriptionsByStatus(),
        billingOverview.trialConversion(range),
        billingOverview.organizationsOverQuota(),
        billingOverview.creditsPerDayByPlan(range, suggestBucket(range)),
        billingOverview.topOrganizationsByUsage(range),
      ]);
    },
  },
  {
    // The organization page of the heaviest organization (the skew puts most usage on the first ones).
    path: `/billing/organizations/${scaleOrganizationId}`,
    variants: [{ name: "first", query: "" }],
    sqlFloor: async () => {
      const organization = await getOrganization(scaleOrganizationId);
      if (!organization) throw new Error("the scale organization 1 is missing");
      const previousStart = new Date(organization.period.start);
      previousStart.setUTCMonth(previousStart.getUTCMonth() - 1);
      return Promise.all([
        listOrganizationMembers(scaleOrganizationId, loadGridState(organizationMembersGrid, new URLSearchParams())),
        creditsInPeriod(scaleOrganizationId, organization.period),
        dailyCredits(scaleOrganizationId, previousStart, organization.period),
        usageByApiKey(scaleOrganizationId, organization.period),
        listOrganizationAudit(scaleOrganizationId, loadGridState(organizationAuditGrid, new URLSearchParams())),
      ]);
    },
  },
  {
    path: "/sales/companies",
    variants: [
      { name: "first", query: "" },
      { name: "search", query: "?q=robotics" },
      { name: "sorted", query: "?sort=name.asc" },
      { name: "deep", query: "?page=700" },
    ],
    sqlFloor: (params) => listCompanies(loadGridState(companiesGrid, params)),
  },
  {
    path: "/sales/contacts",
    variants: [
      { name: "first", query: "" },
      { name: "search", query: "?q=contact4711" },
      { name: "company", query: "?company=company-77.example" },
      { name: "sorted", query: "?sort=email.asc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listContacts(loadGridState(contactsGrid, params)),
  },
  {
    path: "/sales/deals",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?stage=won&amount=1000..50000" },
      { name: "pipeline", query: `?pipeline=${scalePipelineId}` },
      { name: "search", query: "?q=migration%20%2312" },
      { name: "sorted", query: "?sort=amount.desc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listDeals(loadGridState(dealsGrid, params)),
  },
  {
    path: "/sales/activities",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?type=call" },
      { name: "sorted", query: "?sort=occurred.asc" },
      { name: "deep", query: deepCursor({ table: "activities", time: "occurred_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listActivities(loadGridState(activitiesGrid, params)),
  },
  {
    // Scale pipeline 1 (lib/scale/steps/crm.ts): 20,000 of the 100,000 deals, as big as any.
    path: `/sales/pipelines/${scalePipelineId}`,
    variants: [
      { name: "board", query: "" },
      { name: "owner", query: "?owner=scale_user_18" },
      { name: "closing", query: "?from=2026-12-01&to=2026-12-31" },
    ],
    sqlFloor: (params) =>
      getBoard(scalePipelineId, boardFiltersSchema.parse(Object.fromEntries([...params].filter(([key]) => ["owner", "from", "to"].includes(key))))),
  },
  {
    path: "/sales/pipelines",
    variants: [{ name: "list", query: "" }],
    sqlFloor: () => listPipelines(),
  },
  {
    // A company page: its contacts, its deals and the timeline across them, as related lists.
    path: `/sales/companies/${scaleCompanyId}`,
    variants: [{ name: "first", query: "" }],
    sqlFloor: async () => {
      const company = await getCompany(scaleCompanyId);
      if (!company) throw new Error("the scale company 1 is missing");
      const none = new URLSearchParams();
      return Promise.all([
        listCompanyContacts(scaleCompanyId, loadGridState(companyContactsGrid, none)),
        listCompanyDeals(scaleCompanyId, loadGridState(companyDealsGrid, none)),
        companyTimeline(scaleCompanyId, loadGridState(activitiesGrid, none)),
        pipelineOptions(),
      ]);
    },
  },
  {
    // A deal page: the deal and its timeline.
    path: `/sales/deals/${scaleDealId}`,
    variants: [{ name: "first", query: "" }],
    sqlFloor: async () => {
      const deal = await getDeal(scaleDealId);
      if (!deal) throw new Error("the scale deal 1 is missing");
      return Promise.all([dealTimeline(scaleDealId, loadGridState(activitiesGrid, new URLSearchParams())), pipelineOptions()]);
    },
  },
  {
    path: "/sales",
    variants: [{ name: "overview", query: "" }],
    sqlFloor: () => salesOverview(),
  },
  {
    path: "/",
    variants: [
      { name: "30 days", query: "" },
      { name: "90 days", query: "?range=90d" },
    ],
    sqlFloor: async (params) => {
      const range = await loadDateRange(params, "30d");
      return Promise.all([productFigures(), signUpsOverTime(range, suggestBucket(range))]);
    },
  },
  {
    path: "/learning",
    variants: [
      { name: "12 weeks", query: "" },
      { name: "30 days", query: "?range=30d" },
    ],
    sqlFloor: async (params) => {
      const range = await loadDateRange(params, "12w");
      return Promise.all([coursesByStatus(), enrollmentCounts(range), activeLearners(range), enrollmentsOverTime(range, suggestBucket(range)), completionRates(), progressStatusBreakdown()]);
    },
  },
  {
    path: "/analytics",
    variants: [{ name: "overview", query: "" }],
    sqlFloor: () => Promise.all([eventsPerDayByName(), dailyActiveVisitors(), sessionsPerDay(), topApps()]),
  },
  {
    // The 360° user page for the person with the most rows across the products (see person-360.ts).
    path: `/people/users/${SCALE_360_PERSON}`,
    variants: [{ name: "360", query: "" }],
    sqlFloor: () => personSectionQueries(SCALE_360_PERSON),
  },
  {
    // The ⌘K search: every record type searched at once, as admin (who may read every type).
    path: "/api/search",
    variants: [
      { name: "email", query: "?q=scale_user_0000" },
      { name: "name", query: "?q=garcia" },
      { name: "deal", query: "?q=migration" },
      { name: "domain", query: "?q=example.com" },
    ],
    sqlFloor: (params) => searchEverything("admin", params.get("q") ?? ""),
  },
];
