import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import { auditBinding, auditFields, type AuditRow } from "@/lib/audit/queries";
import { profileFields, profilesBinding, type ProfileFieldsRow } from "@/lib/ai/profiles/queries";
import { promptLogFields, promptLogsBinding, type PromptLogRow } from "@/lib/ai/prompt-logs/queries";
import { appExportFields, appsBinding, type AppRow } from "@/lib/analytics/apps/queries";
import { eventFields, eventsBinding, type EventRow } from "@/lib/analytics/events/queries";
import { sessionFields, sessionsBinding, type SessionRow } from "@/lib/analytics/sessions/queries";
import { formatMicrocents } from "@/lib/format";
import { usageBinding as tokenUsageBinding, usageFields as tokenUsageFields, type UsageRow as TokenUsageRow } from "@/lib/ai/usage/queries";
import type { Resource } from "@/lib/auth/permissions";
import type { GridBinding } from "@/lib/data-table/sql";
import { courseFields, coursesBinding, type CourseRow } from "@/lib/learning/courses/queries";
import { courseStatusLabels } from "@/lib/learning/courses/grid";
import { deliveriesBinding, deliveryFields, type DeliveryRow } from "@/lib/billing/deliveries/queries";
import { organizationFields, organizationsBinding, type OrganizationRow } from "@/lib/billing/organizations/queries";
import { planFields, plansBinding, type PlanRow } from "@/lib/billing/plans/queries";
import { subscriptionFields, subscriptionsBinding, type SubscriptionRow } from "@/lib/billing/subscriptions/queries";
import { usageBinding, usageFields, type UsageRow } from "@/lib/billing/usage/queries";
import { deliveryOutcomeLabels, subscriptionStatusLabels } from "@/lib/db/schema/saas-values";
import { enrollmentFields, enrollmentsBinding, type EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { progressStatusLabels } from "@/lib/learning/progress/grid";
import { progressBinding, progressFields, type ProgressRow } from "@/lib/learning/progress/queries";
import { userFields, usersBinding, type UserRow } from "@/lib/people/queries";
import { activitiesBindingForExport, activityFields, type ActivityRow } from "@/lib/crm/activities/queries";
import { companiesBinding, companyFields, type CompanyRow } from "@/lib/crm/companies/queries";
import { contactFields, contactsBinding, type ContactRow } from "@/lib/crm/contacts/queries";
import { dealFields, dealsBinding, type DealRow } from "@/lib/crm/deals/queries";
import { dealStageLabels } from "@/lib/db/schema/crm-values";
import type { CsvValue } from "./csv";

type CsvCell<Row> = (row: Row) => CsvValue;
/** A CSV column's cell; with `column` (a grid column id) it is left out while that column is hidden. */
type CsvColumns<Row> = Record<string, CsvCell<Row> | { column: string; cell: CsvCell<Row> }>;

export type CsvLayout = { headers: string[]; cells: (row: Record<string, unknown>) => CsvValue[] };

export type ExportableGrid = {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  /** The CSV columns for the grid's visible column ids, or every column for null. */
  layout: (visible: readonly string[] | null) => CsvLayout;
};

/** `Row` is what selecting `fields` returns; `columns` maps each CSV header to its cell. */
function exportable<Row>(grid: {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  columns: CsvColumns<Row>;
}): ExportableGrid {
  const all = Object.entries(grid.columns).map(([header, c]) => (typeof c === "function" ? { header, cell: c } : { header, ...c }));
  return {
    resource: grid.resource,
    binding: grid.binding,
    fields: grid.fields,
    layout: (visible) => {
      const chosen = visible ? all.filter((c) => !("column" in c) || visible.includes(c.column)) : all;
      return { headers: chosen.map((c) => c.header), cells: (row) => chosen.map((c) => c.cell(row as Row)) };
    },
  };
}

export const exportableGrids: Record<string, ExportableGrid> = {
  users: exportable<UserRow>({
    resource: "user",
    binding: usersBinding,
    fields: userFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Email": { column: "email", cell: (row) => row.email },
      "Role": { column: "role", cell: (row) => row.role },
      "Banned": { column: "banned", cell: (row) => (row.banned ? "yes" : "no") },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "User id": (row) => row.id,
    },
  }),
  audit: exportable<AuditRow>({
    resource: "audit",
    binding: auditBinding,
    fields: auditFields,
    columns: {
      "At": (row) => row.createdAt,
      "Actor email": (row) => row.actorEmail,
      "Actor role": (row) => row.actorRole,
      "Impersonated by": (row) => row.impersonatorId,
      "Action": { column: "action", cell: (row) => row.action },
      "Resource": { column: "resource", cell: (row) => row.resource },
      "Record id": { column: "resourceId", cell: (row) => row.resourceId },
      "Before": { column: "changes", cell: (row) => (row.before === null ? null : JSON.stringify(row.before)) },
      "After": { column: "changes", cell: (row) => (row.after === null ? null : JSON.stringify(row.after)) },
      "IP": { column: "ip", cell: (row) => row.ip },
    },
  }),
  courses: exportable<CourseRow>({
    resource: "course",
    binding: coursesBinding,
    fields: courseFields,
    columns: {
      "Title": { column: "title", cell: (row) => row.title },
      "Slug": { column: "slug", cell: (row) => row.slug },
      "Status": { column: "status", cell: (row) => courseStatusLabels[row.status] },
      "Instructor": { column: "instructor", cell: (row) => row.instructorName },
      "Modules": { column: "modules", cell: (row) => row.moduleCount },
      "Enrollments": { column: "enrollments", cell: (row) => row.enrollmentCount },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Course id": (row) => row.id,
    },
  }),
  enrollments: exportable<EnrollmentRow>({
    resource: "enrollment",
    binding: enrollmentsBinding,
    fields: enrollmentFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": { column: "course", cell: (row) => row.courseTitle },
      "Enrolled at": { column: "enrolled", cell: (row) => row.enrolledAt },
      "Enrollment id": (row) => row.id,
    },
  }),
  progress: exportable<ProgressRow>({
    resource: "progress",
    binding: progressBinding,
    fields: progressFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": { column: "course", cell: (row) => row.courseTitle },
      "Module": { column: "lesson", cell: (row) => row.moduleTitle },
      "Lesson": { column: "lesson", cell: (row) => row.lessonTitle },
      "Status": { column: "status", cell: (row) => progressStatusLabels[row.status] },
      "Completed at": { column: "completed", cell: (row) => row.completedAt },
    },
  }),
  organizations: exportable<OrganizationRow>({
    resource: "organization",
    binding: organizationsBinding,
    fields: organizationFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Slug": { column: "slug", cell: (row) => row.slug },
      "Members": { column: "members", cell: (row) => row.memberCount },
      "Plan": { column: "plan", cell: (row) => row.planName },
      "Subscription status": { column: "status", cell: (row) => (row.status ? subscriptionStatusLabels[row.status] : null) },
      "Credits used this period": { column: "credits", cell: (row) => row.creditsUsed },
      "Monthly credits": { column: "credits", cell: (row) => row.monthlyCredits },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Organization id": (row) => row.id,
    },
  }),
  plans: exportable<PlanRow>({
    resource: "plan",
    binding: plansBinding,
    fields: planFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Slug": { column: "slug", cell: (row) => row.slug },
      "Price (USD cents / month)": { column: "price", cell: (row) => row.priceCents },
      "Monthly credits": { column: "credits", cell: (row) => row.monthlyCredits },
      "Polar product id": { column: "polarProduct", cell: (row) => row.polarProductId },
      "Subscriptions": { column: "subscriptions", cell: (row) => row.subscriptionCount },
    },
  }),
  subscriptions: exportable<SubscriptionRow>({
    resource: "subscription",
    binding: subscriptionsBinding,
    fields: subscriptionFields,
    columns: {
      "Organization": { column: "organization", cell: (row) => row.organizationName },
      "Plan": { column: "plan", cell: (row) => row.planName },
      "Price (USD cents / month)": { column: "price", cell: (row) => row.priceCents },
      "Status": { column: "status", cell: (row) => subscriptionStatusLabels[row.status] },
      "Source": { column: "source", cell: (row) => (row.polarSubscriptionId ? "Polar" : "Manual") },
      "Period ends": { column: "periodEnd", cell: (row) => row.currentPeriodEnd },
      "Polar subscription id": { column: "source", cell: (row) => row.polarSubscriptionId },
      "Last Polar event": { column: "polarEvent", cell: (row) => row.polarEventAt },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Organization id": (row) => row.organizationId,
    },
  }),
  usage: exportable<UsageRow>({
    resource: "apiUsage",
    binding: usageBinding,
    fields: usageFields,
    columns: {
      "At": { column: "time", cell: (row) => row.createdAt },
      "Organization": { column: "organization", cell: (row) => row.organizationName },
      "API key": { column: "apiKey", cell: (row) => row.apiKeyId },
      "Credits": { column: "credits", cell: (row) => row.creditsUsed },
      "Organization id": (row) => row.organizationId,
      "Usage id": (row) => row.id,
    },
  }),
  deliveries: exportable<DeliveryRow>({
    resource: "webhookDelivery",
    binding: deliveriesBinding,
    fields: deliveryFields,
    columns: {
      "Received at": { column: "received", cell: (row) => row.receivedAt },
      "Event": { column: "type", cell: (row) => row.type },
      "Outcome": { column: "outcome", cell: (row) => deliveryOutcomeLabels[row.outcome] },
      "Detail": { column: "error", cell: (row) => row.error },
      "Attempts": { column: "attempts", cell: (row) => row.attempts },
      "Polar subscription id": { column: "subscription", cell: (row) => row.polarSubscriptionId },
      "Webhook id": { column: "webhookId", cell: (row) => row.webhookId },
    },
  }),
  "ai-profiles": exportable<ProfileFieldsRow>({
    resource: "aiProfile",
    binding: profilesBinding,
    fields: profileFields,
    columns: {
      "User": { column: "user", cell: (row) => row.userName },
      "User email": { column: "user", cell: (row) => row.userEmail },
      "Display name": { column: "displayName", cell: (row) => row.displayName },
      "Default model": { column: "model", cell: (row) => row.defaultModel },
      "Monthly token budget": { column: "budget", cell: (row) => row.monthlyTokenBudget },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "User id": (row) => row.userId,
    },
  }),
  "token-usage": exportable<TokenUsageRow>({
    resource: "tokenUsage",
    binding: tokenUsageBinding,
    fields: tokenUsageFields,
    columns: {
      "At": { column: "created", cell: (row) => row.createdAt },
      "User": { column: "user", cell: (row) => row.userName },
      "User email": { column: "user", cell: (row) => row.userEmail },
      "Model": { column: "model", cell: (row) => row.model },
      "Prompt tokens": { column: "promptTokens", cell: (row) => row.promptTokens },
      "Completion tokens": { column: "completionTokens", cell: (row) => row.completionTokens },
      "Cost (micro-cents)": { column: "cost", cell: (row) => row.costMicrocents },
      "Cost (USD)": { column: "cost", cell: (row) => formatMicrocents(row.costMicrocents) },
      "Usage id": (row) => row.id,
    },
  }),
  "tracked-apps": exportable<Omit<AppRow, "maskedKey">>({
    resource: "trackedApp",
    binding: appsBinding,
    fields: appExportFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Owner": { column: "owner", cell: (row) => row.ownerName },
      "Owner id": { column: "owner", cell: (row) => row.ownerId },
      "Events (24 h)": { column: "events24h", cell: (row) => row.events24h },
      "Last event at": { column: "lastEvent", cell: (row) => row.lastEventAt },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "App id": (row) => row.id,
    },
  }),
  events: exportable<EventRow>({
    resource: "event",
    binding: eventsBinding,
    fields: eventFields,
    columns: {
      "Occurred at": { column: "occurred", cell: (row) => row.occurredAt },
      "App": { column: "app", cell: (row) => row.appName },
      "Event": { column: "name", cell: (row) => row.name },
      "Visitor": { column: "visitor", cell: (row) => row.anonymousId },
      "Properties": { column: "props", cell: (row) => (row.properties === null ? null : JSON.stringify(row.properties)) },
      "App id": (row) => row.appId,
      "Event id": (row) => row.id,
    },
  }),
  "visitor-sessions": exportable<SessionRow>({
    resource: "visitorSession",
    binding: sessionsBinding,
    fields: sessionFields,
    columns: {
      "Started at": { column: "started", cell: (row) => row.startedAt },
      "App": { column: "app", cell: (row) => row.appName },
      "Visitor": { column: "visitor", cell: (row) => row.anonymousId },
      "Ended at": { column: "ended", cell: (row) => row.endedAt },
      "Duration (s)": { column: "duration", cell: (row) => Math.round(row.durationSeconds) },
      "State": { column: "state", cell: (row) => (row.endedAt ? "ended" : "open") },
      "App id": (row) => row.appId,
      "Session id": (row) => row.id,
    },
  }),
  // Never the prompt, completion or metadata, for any role: the text is read one log at a time, audited.
  "prompt-logs": exportable<PromptLogRow>({
    resource: "promptLog",
    binding: promptLogsBinding,
    fields: promptLogFields,
    columns: {
      "At": { column: "created", cell: (row) => row.createdAt },
      "User": { column: "user", cell: (row) => row.userName },
      "User email": { column: "user", cell: (row) => row.userEmail },
      "Model": { column: "model", cell: (row) => row.model },
      "Status": { column: "status", cell: (row) => row.status },
      "In flight": (row) => (row.inFlight ? "yes" : "no"),
      "Prompt tokens": { column: "tokens", cell: (row) => row.promptTokens },
      "Completion tokens": { column: "tokens", cell: (row) => row.completionTokens },
      "Latency (ms)": { column: "latency", cell: (row) => row.latencyMs },
      "Log id": (row) => row.id,
    },
  }),
  companies: exportable<CompanyRow>({
    resource: "company",
    binding: companiesBinding,
    fields: companyFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Domain": { column: "domain", cell: (row) => row.domain },
      "Contacts": { column: "contacts", cell: (row) => row.contactCount },
      "Open deal value (cents)": { column: "openValue", cell: (row) => row.openValueCents },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Company id": (row) => row.id,
    },
  }),
  contacts: exportable<ContactRow>({
    resource: "contact",
    binding: contactsBinding,
    fields: contactFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Email": { column: "email", cell: (row) => row.email },
      "Company": { column: "company", cell: (row) => row.companyName },
      "Owner": { column: "owner", cell: (row) => row.ownerName },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Contact id": (row) => row.id,
    },
  }),
  deals: exportable<DealRow>({
    resource: "deal",
    binding: dealsBinding,
    fields: dealFields,
    columns: {
      "Title": { column: "title", cell: (row) => row.title },
      "Company": { column: "company", cell: (row) => row.companyName },
      "Contact": { column: "company", cell: (row) => row.contactName },
      "Stage": { column: "stage", cell: (row) => dealStageLabels[row.stage] },
      "Pipeline": { column: "pipeline", cell: (row) => row.pipelineName },
      "Owner": { column: "owner", cell: (row) => row.ownerName },
      "Amount (cents)": { column: "amount", cell: (row) => row.amountCents },
      "Close date": { column: "close", cell: (row) => row.closeDate },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "Deal id": (row) => row.id,
    },
  }),
  activities: exportable<ActivityRow>({
    resource: "activity",
    binding: activitiesBindingForExport,
    fields: activityFields,
    columns: {
      "Occurred at": { column: "occurred", cell: (row) => row.occurredAt },
      "Type": { column: "type", cell: (row) => row.type },
      "Logged by": { column: "actor", cell: (row) => row.actorName },
      "Deal": { column: "deal", cell: (row) => row.dealTitle },
      "Body": { column: "body", cell: (row) => row.body },
      "Activity id": (row) => row.id,
    },
  }),
};
