import "server-only";
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { auditRow } from "@/lib/audit/entry";
import { getSession, getStaff, type Staff } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { versionKey } from "@/lib/forms/row-version";
import { ActionError, describeDatabaseError, EditConflictError, type ConstraintMessages } from "./errors";
import { consumeRateLimit } from "./rate-limit";
import { refuseUnsafeText } from "./safe-input";

// Sensitive actions (ban, role change, impersonation, key rotation): at most this many per actor per
// minute, counted in PostgreSQL so the limit holds across console instances.
const SENSITIVE_LIMIT = 20;
const AUDIT_INSERT_BATCH = 1_000;

export type AuditEntry = { resourceId?: string | null; before?: unknown; after?: unknown; action?: string };
export type ActionContext = { tx: Transaction; staff: Staff; audit: (entry: AuditEntry) => void };

const client = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => z.object({ resource: z.string(), action: z.string() }),
  handleServerError(error) {
    if (error instanceof ActionError) return error.message;
    console.error("[action]", error);
    return "Something went wrong on our side. Nothing was changed.";
  },
}).use(async ({ next, metadata }) => {
  const staff = await getStaff();
  if (!staff) {
    throw new ActionError((await getSession()) ? "Your account has no access to the console." : "Your session has ended. Sign in again.");
  }
  if (!can(staff.role, metadata.resource as Resource, metadata.action as never)) {
    throw new ActionError(`Your role (${staff.role}) may not ${metadata.action} ${metadata.resource} records.`);
  }
  return next({ ctx: { staff } });
});

export type ActionPermission = { resource: Resource; action: Action; schema: z.ZodType };

// What each defineAction-made action checks, so tests can find every action and what it needs.
const permissionOf = new WeakMap<object, ActionPermission>();

/** The resource, action and schema of an action made by defineAction; undefined for anything else. */
export function describeAction(fn: unknown): ActionPermission | undefined {
  return typeof fn === "function" ? permissionOf.get(fn) : undefined;
}

/**
 * THE way to write a mutation: session → permission → zod parse → transaction → audit row(s)
 * in the same transaction → cache invalidation → `{ data } | { serverError } | { validationErrors }`.
 * `constraints` turns a database constraint name into words on a form field.
 */
export function defineAction<S extends z.ZodType, R>(spec: {
  resource: Resource;
  action: Action;
  schema: S;
  constraints?: ConstraintMessages;
  /** The layout path whose pages re-render after the change (default "/"); false when the caller navigates away. */
  revalidate?: string | false;
  sensitive?: boolean;
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}) {
  const action = client
    .metadata({ resource: spec.resource, action: spec.action })
    .inputSchema(refuseUnsafeText(spec.schema))
    .action(async ({ parsedInput, ctx: { staff } }) => {
      if (spec.sensitive && !(await consumeRateLimit(`action:${staff.id}:${spec.resource}.${spec.action}`, SENSITIVE_LIMIT, 60)).allowed) {
        throw new ActionError("Too many attempts. Wait a minute and try again.");
      }
      const requestHeaders = await headers();
      let data: R;
      try {
        data = await db.transaction(async (tx) => {
          const entries: AuditEntry[] = [];
          const result = await spec.run(parsedInput as z.output<S>, { tx, staff, audit: (e) => entries.push(e) });
          if (entries.length === 0) throw new Error(`${spec.resource}.${spec.action} wrote no audit entry`);
          const rows = entries.map((e) => auditRow(staff, requestHeaders, { ...e, action: e.action ?? spec.action, resource: spec.resource }));
          // In slices: one statement's parameters are capped (65,535), and a bulk action may audit thousands of rows.
          for (let i = 0; i < rows.length; i += AUDIT_INSERT_BATCH) await tx.insert(auditLog).values(rows.slice(i, i + AUDIT_INSERT_BATCH));
          return result;
        });
      } catch (error) {
        if (error instanceof EditConflictError) {
          returnValidationErrors(spec.schema, { [versionKey]: { _errors: [error.message] } } as never);
        }
        const described = describeDatabaseError(error, spec.constraints);
        if (!described) throw error;
        if (described.field) {
          returnValidationErrors(spec.schema, { [described.field]: { _errors: [described.message] } } as never);
        }
        throw new ActionError(described.message);
      }
      if (spec.revalidate !== false) revalidatePath(spec.revalidate ?? "/", "layout");
      return data;
    });
  permissionOf.set(action, { resource: spec.resource, action: spec.action, schema: spec.schema });
  return action;
}
