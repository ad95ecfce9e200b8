import "server-only";
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { auditRow } from "@/lib/audit/entry";
import { hasFreshSecondFactor } from "@/lib/auth/second-factor-records";
import { getSession, getStaff, mustEnrol, type Staff } from "@/lib/auth/session";
import { isDatabaseUnavailable, noteDatabaseDown } from "@/lib/db/availability";
import { db, type Transaction } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { versionKey } from "@/lib/forms/row-version";
import { secondFactorKey } from "@/lib/forms/second-factor";
import { logLine } from "@/lib/observability/log";
import { requestIdHeader } from "@/lib/observability/request-id";
import { ActionError, describeDatabaseError, EditConflictError, type ConstraintMessages } from "./errors";
import { consumeRateLimit } from "./rate-limit";
import { refuseUnsafeText } from "./safe-input";

// Sensitive actions (ban, role change, impersonation, key rotation): at most this many per actor per
// minute, counted in PostgreSQL so the limit holds across console instances.
const SENSITIVE_LIMIT = 20;
const AUDIT_INSERT_BATCH = 1_000;

export type AuditEntry = { resourceId?: string | null; before?: unknown; after?: unknown; action?: string };
export type ActionContext = { tx: Transaction; staff: Staff; audit: (entry: AuditEntry) => void };

export const databaseUnavailableMessage = "The database is unavailable right now. Nothing was changed — try again in a moment.";

/** How an action ended, for its log line (set where the outcome is known; the rest is read from the result). */
type ActionLog = { staffId: string | null; outcome?: "refused" | "conflict" | "invalid" };

const client = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => z.object({ resource: z.string(), action: z.string() }),
  handleServerError(error) {
    if (error instanceof ActionError) return error.message;
    if (isDatabaseUnavailable(error)) {
      noteDatabaseDown();
      return databaseUnavailableMessage;
    }
    console.error("[action]", error);
    return "Something went wrong on our side. Nothing was changed.";
  },
})
  // One JSON log line per action: who, which, how it ended, how long (never its input).
  .use(async ({ next, metadata }) => {
    const started = performance.now();
    const log: ActionLog = { staffId: null };
    const requestId = (await headers()).get(requestIdHeader);
    const write = (outcome: string) =>
      logLine("action", { requestId, staffId: log.staffId, action: `${metadata.resource}.${metadata.action}`, outcome, durationMs: Math.round(performance.now() - started) });
    try {
      const result = await next({ ctx: { log } });
      const unavailable = result.serverError === databaseUnavailableMessage;
      const failed = unavailable ? "unavailable" : (log.outcome ?? (result.validationErrors ? "invalid" : "error"));
      write(result.success ? "ok" : result.navigationKind ? "redirect" : failed);
      return result;
    } catch (error) {
      write("error");
      throw error;
    }
  })
  .use(async ({ next, metadata, ctx: { log } }) => {
    const staff = await getStaff();
    if (!staff) {
      log.outcome = "refused";
      const session = await getSession();
      if (mustEnrol(session)) throw new ActionError("Set up two-factor authentication first (Account → Two-factor).");
      throw new ActionError(session ? "Your account has no access to the console." : "Your session has ended. Sign in again.");
    }
    log.staffId = staff.id;
    if (!can(staff.role, metadata.resource as Resource, metadata.action as never)) {
      log.outcome = "refused";
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
  /**
   * Asks for a current two-factor code when the session's last check is older than 15 minutes
   * (for staff who use two-factor): true, or a test of the parsed input (e.g. "the target is staff").
   */
  freshSecondFactor?: true | ((input: z.output<S>) => Promise<boolean>);
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}) {
  const action = client
    .metadata({ resource: spec.resource, action: spec.action })
    .inputSchema(refuseUnsafeText(spec.schema))
    .action(async ({ parsedInput, ctx: { staff, log } }) => {
      if (spec.sensitive && !(await consumeRateLimit(`action:${staff.id}:${spec.resource}.${spec.action}`, SENSITIVE_LIMIT, 60)).allowed) {
        log.outcome = "refused";
        throw new ActionError("Too many attempts. Wait a minute and try again.");
      }
      if (spec.freshSecondFactor && staff.twoFactorEnabled && !(await hasFreshSecondFactor(staff.sessionId))) {
        const applies = spec.freshSecondFactor === true || (await spec.freshSecondFactor(parsedInput as z.output<S>));
        if (applies) {
          returnValidationErrors(spec.schema, {
            [secondFactorKey]: { _errors: ["Enter a current code from your authenticator app: your last one was more than 15 minutes ago. Nothing was changed."] },
          } as never);
        }
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
          log.outcome = "conflict";
          returnValidationErrors(spec.schema, { [versionKey]: { _errors: [error.message] } } as never);
        }
        const described = describeDatabaseError(error, spec.constraints);
        if (!described) throw error;
        if (described.field) {
          returnValidationErrors(spec.schema, { [described.field]: { _errors: [described.message] } } as never);
        }
        log.outcome = "invalid";
        throw new ActionError(described.message);
      }
      if (spec.revalidate !== false) revalidatePath(spec.revalidate ?? "/", "layout");
      return data;
    });
  permissionOf.set(action, { resource: spec.resource, action: spec.action, schema: spec.schema });
  return action;
}
