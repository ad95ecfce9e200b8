"use server";
// A staff member's own two-factor: enrol (password → QR code and secret → one code → backup
// codes shown once), disable (password and a current code), and the fresh check sensitive
// actions ask for. Plain form posts: they work before (or without) the page's JavaScript.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { z } from "zod";
import { consumeRateLimit } from "@/lib/actions/rate-limit";
import { auditRow } from "@/lib/audit/entry";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { isTotpCode, secondFactorCodeSchema } from "@/lib/forms/second-factor";
import { auth } from "./auth";
import { clientIp } from "./client-ip";
import { clientIpHeader } from "./http-surface";
import { isStaffRole } from "./roles";
import { safeNextPath } from "./safe-redirect";
import type { Staff } from "./session";
import { adminsMustEnrol } from "./two-factor-policy";

export type CodeState = { fieldError?: string; formError?: string };
export type EnrolState = CodeState & { totpURI?: string; secret?: string; qrSvg?: string; backupCodes?: string[] };

const passwordSchema = z.string().min(1, { error: "Enter your password." });

/** The request's headers with the client address resolved by us (what Better Auth reads). */
async function incomingHeaders(): Promise<Headers> {
  const incoming = new Headers(await headers());
  const ip = clientIp(incoming);
  incoming.delete(clientIpHeader);
  if (ip) incoming.set(clientIpHeader, ip);
  return incoming;
}

/** The signed-in staff member managing their own two-factor (an admin who must enrol included). */
async function self(requestHeaders: Headers): Promise<Staff | null> {
  const session = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!session || !isStaffRole(session.user.role) || session.user.banned) return null;
  const { user } = session;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Staff["role"],
    sessionId: session.session.id,
    impersonatedBy: session.session.impersonatedBy ?? null,
    twoFactorEnabled: !!user.twoFactorEnabled,
  };
}

async function audit(staff: Staff, requestHeaders: Headers, action: string, after?: unknown) {
  await db.insert(auditLog).values(auditRow(staff, requestHeaders, { action, resource: "user", resourceId: staff.id, after }));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof APIError ? (error.body as { code?: string } | undefined)?.code : undefined;
}

/** Words for a refused code; rethrows anything that is not a Better Auth refusal. */
function describeCodeRefusal(error: unknown): CodeState {
  if (!(error instanceof APIError)) throw error;
  switch (errorCode(error)) {
    case "INVALID_CODE":
    case "INVALID_BACKUP_CODE":
      return { fieldError: "That code is not right. Check your authenticator app and try again." };
    case "TOTP_CODE_ALREADY_USED":
      return { fieldError: "That code has already been used. Wait for the next one." };
    case "INVALID_TWO_FACTOR_COOKIE":
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return { formError: "This sign-in has expired or had too many wrong codes. Sign in again." };
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return { formError: "Too many wrong codes for this account. Wait 15 minutes and try again." };
    default:
      return { formError: error.message };
  }
}

/** Checks one code (TOTP or backup) with Better Auth; for the signed-in session or a pending sign-in. */
async function verifyCode(code: string, requestHeaders: Headers): Promise<void> {
  if (isTotpCode(code)) await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
  else await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
}

async function tooFast(key: string): Promise<CodeState | null> {
  const verdict = await consumeRateLimit(key, 10, 60);
  return verdict.allowed ? null : { formError: "Too many attempts. Wait a minute and try again." };
}

/** Rate-limits on `limitKey`, then checks the code: the refusal to show, or null when it was right. */
async function checkCode(limitKey: string, code: string, requestHeaders: Headers): Promise<CodeState | null> {
  const refusal = await tooFast(limitKey);
  if (refusal) return refusal;
  try {
    await verifyCode(code, requestHeaders);
    return null;
  } catch (error) {
    return describeCodeRefusal(error);
  }
}

const parseCode = (form: FormData) => secondFactorCodeSchema.safeParse({ code: String(form.get("code") ?? "") });

/** Second sign-in step: the code for the pending sign-in (Better Auth's two_factor cookie), then the console. */
export async function verifySignInCode(_previous: CodeState, form: FormData): Promise<CodeState> {
  const parsed = parseCode(form);
  if (!parsed.success) return { fieldError: parsed.error.issues[0].message };
  const requestHeaders = await incomingHeaders();
  const refused = await checkCode(`two-factor-ip:${clientIp(requestHeaders) ?? "unknown"}`, parsed.data.code, requestHeaders);
  if (refused) return refused;
  redirect(safeNextPath(String(form.get("next") ?? "")));
}

/** Enrolment, one form per step (`step`: "start" → QR code and secret, "confirm" → backup codes). */
export async function enrol(previous: EnrolState, form: FormData): Promise<EnrolState> {
  return form.get("step") === "confirm" ? confirmEnrolment(previous, form) : startEnrolment(form);
}

/** Step 1: the password, then a new secret (not switched on until a code verifies). */
async function startEnrolment(form: FormData): Promise<EnrolState> {
  const requestHeaders = await incomingHeaders();
  const staff = await self(requestHeaders);
  if (!staff) return { formError: "Your session has ended. Sign in again." };
  if (staff.twoFactorEnabled) return { formError: "Two-factor is already on for your account." };
  const password = passwordSchema.safeParse(form.get("password") ?? "");
  if (!password.success) return { fieldError: password.error.issues[0].message };
  const refusal = await tooFast(`two-factor-user:${staff.id}`);
  if (refusal) return refusal;
  let totpURI: string;
  try {
    ({ totpURI } = (await auth.api.enableTwoFactor({ body: { password: password.data }, headers: requestHeaders })) as { totpURI: string });
  } catch (error) {
    if (errorCode(error) === "INVALID_PASSWORD") return { fieldError: "That password is not right." };
    throw error;
  }
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";
  return { totpURI, secret, qrSvg: await QRCode.toString(totpURI, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/** Step 2: one current code switches two-factor on; the backup codes are shown this once. */
async function confirmEnrolment(previous: EnrolState, form: FormData): Promise<EnrolState> {
  const keep = { totpURI: previous.totpURI, secret: previous.secret, qrSvg: previous.qrSvg };
  const requestHeaders = await incomingHeaders();
  const staff = await self(requestHeaders);
  if (!staff) return { formError: "Your session has ended. Sign in again." };
  const parsed = parseCode(form);
  if (!parsed.success || !isTotpCode(parsed.data.code)) return { ...keep, fieldError: "Enter the 6-digit code from your authenticator app." };
  const refusal = await tooFast(`two-factor-user:${staff.id}`);
  if (refusal) return { ...keep, ...refusal };
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
  } catch (error) {
    if (errorCode(error) === "TOTP_NOT_ENABLED") return { formError: "Start again: enter your password to get a new secret." };
    return { ...keep, ...describeCodeRefusal(error) };
  }
  const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId: staff.id } });
  await audit(staff, requestHeaders, "two-factor.enrol", { twoFactorEnabled: true });
  return { backupCodes };
}

/** Switches two-factor off: the password and a current code (admins only where STAFF_2FA=optional). */
export async function disableSecondFactor(_previous: CodeState & { done?: boolean }, form: FormData): Promise<CodeState & { done?: boolean }> {
  const requestHeaders = await incomingHeaders();
  const staff = await self(requestHeaders);
  if (!staff) return { formError: "Your session has ended. Sign in again." };
  if (!staff.twoFactorEnabled) return { formError: "Two-factor is not on for your account." };
  if (staff.role === "admin" && adminsMustEnrol()) return { formError: "Admins must keep two-factor on." };
  const password = passwordSchema.safeParse(form.get("password") ?? "");
  if (!password.success) return { formError: password.error.issues[0].message };
  const parsed = parseCode(form);
  if (!parsed.success) return { fieldError: parsed.error.issues[0].message };
  const refused = await checkCode(`two-factor-user:${staff.id}`, parsed.data.code, requestHeaders);
  if (refused) return refused;
  try {
    await auth.api.disableTwoFactor({ body: { password: password.data }, headers: requestHeaders });
  } catch (error) {
    if (errorCode(error) === "INVALID_PASSWORD") return { formError: "That password is not right." };
    throw error;
  }
  await audit(staff, requestHeaders, "two-factor.disable", { twoFactorEnabled: false });
  return { done: true };
}

/** The fresh check a sensitive action asks for (the form kit's code prompt calls it, then retries). */
export async function verifyFreshSecondFactor(input: { code: string }): Promise<CodeState & { ok?: true }> {
  const parsed = secondFactorCodeSchema.safeParse(input);
  if (!parsed.success) return { fieldError: parsed.error.issues[0].message };
  const requestHeaders = await incomingHeaders();
  const staff = await self(requestHeaders);
  if (!staff) return { formError: "Your session has ended. Sign in again." };
  const refused = await checkCode(`two-factor-user:${staff.id}`, parsed.data.code, requestHeaders);
  if (refused) return refused;
  await audit(staff, requestHeaders, "two-factor.fresh-verify");
  return { ok: true };
}
