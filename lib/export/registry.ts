import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import { auditBinding, auditFields, type AuditRow } from "@/lib/audit/queries";
import type { Resource } from "@/lib/auth/permissions";
import type { GridBinding } from "@/lib/data-table/sql";
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

type CsvColumns<Row> = Record<string, (row: Row) => CsvValue>;

export type ExportableGrid = {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  headers: string[];
  cells: (row: Record<string, unknown>) => CsvValue[];
};

/** `Row` is what selecting `fields` returns; `columns` maps each CSV header to its cell. */
function exportable<Row>(grid: { resource: Resource; binding: GridBinding; fields: SelectedFields; columns: CsvColumns<Row> }): ExportableGrid {
  const columns = Object.values(grid.columns);
  return {
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
  companies: exportable<CompanyRow>({
    resource: "company",
    binding: companiesBinding,
    fields: companyFields,
    columns: {
      "Name": (row) => row.name,
      "Domain": (row) => row.domain,
      "Contacts": (row) => row.contactCount,
      "Open deal value (cents)": (row) => row.openValueCents,
      "Created at": (row) => row.createdAt,
      "Company id": (row) => row.id,
    },
  }),
  contacts: exportable<ContactRow>({
    resource: "contact",
    binding: contactsBinding,
    fields: contactFields,
    columns: {
      "Name": (row) => row.name,
      "Email": (row) => row.email,
      "Company": (row) => row.companyName,
      "Owner": (row) => row.ownerName,
      "Created at": (row) => row.createdAt,
      "Contact id": (row) => row.id,
    },
  }),
  deals: exportable<DealRow>({
    resource: "deal",
    binding: dealsBinding,
    fields: dealFields,
    columns: {
      "Title": (row) => row.title,
      "Company": (row) => row.companyName,
      "Contact": (row) => row.contactName,
      "Stage": (row) => dealStageLabels[row.stage],
      "Pipeline": (row) => row.pipelineName,
      "Owner": (row) => row.ownerName,
      "Amount (cents)": (row) => row.amountCents,
      "Close date": (row) => row.closeDate,
      "Created at": (row) => row.createdAt,
      "Deal id": (row) => row.id,
    },
  }),
  activities: exportable<ActivityRow>({
    resource: "activity",
    binding: activitiesBindingForExport,
    fields: activityFields,
    columns: {
      "Occurred at": (row) => row.occurredAt,
      "Type": (row) => row.type,
      "Logged by": (row) => row.actorName,
      "Deal": (row) => row.dealTitle,
      "Body": (row) => row.body,
      "Activity id": (row) => row.id,
    },
  }),
};
