import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import { auditBinding, auditFields, type AuditRow } from "@/lib/audit/queries";
import { profileFields, profilesBinding, type ProfileFieldsRow } from "@/lib/ai/profiles/queries";
import { promptLogFields, promptLogsBinding, promptLogsState, type PromptLogRow } from "@/lib/ai/prompt-logs/queries";
import { formatMicrocents } from "@/lib/ai/money";
import { usageBinding, usageFields, usageState, type UsageRow } from "@/lib/ai/usage/queries";
import type { Resource } from "@/lib/auth/permissions";
import type { GridState } from "@/lib/data-table/search-params";
import type { GridBinding } from "@/lib/data-table/sql";
import { enrollmentFields, enrollmentsBinding, type EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { progressStatusLabels } from "@/lib/learning/progress/grid";
import { progressBinding, progressFields, type ProgressRow } from "@/lib/learning/progress/queries";
import { userFields, usersBinding, type UserRow } from "@/lib/people/queries";
import type { CsvValue } from "./csv";

type CsvColumns<Row> = Record<string, (row: Row) => CsvValue>;

export type ExportableGrid = {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  headers: string[];
  cells: (row: Record<string, unknown>) => CsvValue[];
  /** The state the grid's page runs with, from the URL's (e.g. a default time window). */
  prepareState?: (state: GridState) => GridState;
};

/** `Row` is what selecting `fields` returns; `columns` maps each CSV header to its cell. */
function exportable<Row>(grid: {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  columns: CsvColumns<Row>;
  prepareState?: (state: GridState) => GridState;
}): ExportableGrid {
  const columns = Object.values(grid.columns);
  return {
    prepareState: grid.prepareState,
    resource: grid.resource,
    binding: grid.binding,
    fields: grid.fields,
    headers: Object.keys(grid.columns),
    cells: (row) => columns.map((cell) => cell(row as Row)),
  };
}

export const exportableGrids: Record<string, ExportableGrid> = {
  users: exportable<UserRow>({
    resource: "user",
    binding: usersBinding,
    fields: userFields,
    columns: {
      "Name": (row) => row.name,
      "Email": (row) => row.email,
      "Role": (row) => row.role,
      "Banned": (row) => (row.banned ? "yes" : "no"),
      "Created at": (row) => row.createdAt,
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
      "Action": (row) => row.action,
      "Resource": (row) => row.resource,
      "Record id": (row) => row.resourceId,
      "Before": (row) => (row.before === null ? null : JSON.stringify(row.before)),
      "After": (row) => (row.after === null ? null : JSON.stringify(row.after)),
      "IP": (row) => row.ip,
    },
  }),
  enrollments: exportable<EnrollmentRow>({
    resource: "enrollment",
    binding: enrollmentsBinding,
    fields: enrollmentFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": (row) => row.courseTitle,
      "Enrolled at": (row) => row.enrolledAt,
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
      "Course": (row) => row.courseTitle,
      "Module": (row) => row.moduleTitle,
      "Lesson": (row) => row.lessonTitle,
      "Status": (row) => progressStatusLabels[row.status],
      "Completed at": (row) => row.completedAt,
    },
  }),
  "ai-profiles": exportable<ProfileFieldsRow>({
    resource: "aiProfile",
    binding: profilesBinding,
    fields: profileFields,
    columns: {
      "User": (row) => row.userName,
      "User email": (row) => row.userEmail,
      "Display name": (row) => row.displayName,
      "Default model": (row) => row.defaultModel,
      "Monthly token budget": (row) => row.monthlyTokenBudget,
      "Created at": (row) => row.createdAt,
      "User id": (row) => row.userId,
    },
  }),
  "token-usage": exportable<UsageRow>({
    resource: "tokenUsage",
    binding: usageBinding,
    fields: usageFields,
    prepareState: (state) => usageState(state),
    columns: {
      "At": (row) => row.createdAt,
      "User": (row) => row.userName,
      "User email": (row) => row.userEmail,
      "Model": (row) => row.model,
      "Prompt tokens": (row) => row.promptTokens,
      "Completion tokens": (row) => row.completionTokens,
      "Cost (micro-cents)": (row) => row.costMicrocents,
      "Cost (USD)": (row) => formatMicrocents(row.costMicrocents),
      "Usage id": (row) => row.id,
    },
  }),
  // Never the prompt, completion or metadata, for any role: the text is read one log at a time, audited.
  "prompt-logs": exportable<PromptLogRow>({
    resource: "promptLog",
    binding: promptLogsBinding,
    fields: promptLogFields,
    prepareState: (state) => promptLogsState(state),
    columns: {
      "At": (row) => row.createdAt,
      "User": (row) => row.userName,
      "User email": (row) => row.userEmail,
      "Model": (row) => row.model,
      "Status": (row) => row.status,
      "In flight": (row) => (row.inFlight ? "yes" : "no"),
      "Prompt tokens": (row) => row.promptTokens,
      "Completion tokens": (row) => row.completionTokens,
      "Latency (ms)": (row) => row.latencyMs,
      "Log id": (row) => row.id,
    },
  }),
};
