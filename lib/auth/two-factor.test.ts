// Two-factor for staff against the real Better Auth handler and a real database, with codes made
// here by otpauth from the secret the enrolment shows: enrolment, wrong, reused and backup codes,
// disabling, the admin gate and the fresh code a sensitive action asks for.
import { and, eq } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/auth/[...all]/route";
import { db } from "@/lib/db/client";
import { auditLog, consoleSecondFactorChecks, session, twoFactor, user } from "@/lib/db/schema";
import { secondFactorKey } from "@/lib/forms/second-factor";
import { setUserRole } from "@/lib/people/actions";
import { createLogin, sessionCookie } from "@/lib/test/auth";
import { setRequestHeaders } from "@/lib/test/next-headers";
import { versionNow } from "@/lib/test/row-version";
import { getStaff } from "./session";
import { disableSecondFactor, enrol, verifyFreshSecondFactor, type EnrolState } from "./two-factor-actions";

const origin = "http://localhost:3000";
let admin: Awaited<ReturnType<typeof createLogin>>;
let secret: string;
let backupCodes: string[];
const usedCodes = new Set<string>();

const totp = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });

/** A TOTP code the verifier accepts now (its window is ±1 step) that no earlier step of this file used; waits for the next step if need be. */
async function unusedCode(): Promise<string> {
  for (;;) {
    for (const offset of [0, 30_000, -30_000]) {
      const code = totp().generate({ timestamp: Date.now() + offset });
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}

/** A well-formed code of an hour from now: wrong now. */
const wrongCode = () => totp().generate({ timestamp: Date.now() + 3_600_000 });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const cookiePairs = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

// Better Auth limits /two-factor/* to 3 requests per 10 s per address: each call here comes from an address of its own.
let nextAddress = 0;
const freshAddress = () => `10.77.${Math.floor(++nextAddress / 250) % 250}.${nextAddress % 250}`;

function post(path: string, body: unknown, cookie = "", ip = freshAddress()) {
  const headers = { cookie, origin, "content-type": "application/json", "x-forwarded-for": ip };
  return POST(new Request(`${origin}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

/** The password step over HTTP: with two-factor on, no session yet — only the pending two_factor cookie. */
async function pendingSignIn(): Promise<string> {
  const response = await post("/sign-in/email", { email: admin.email, password: admin.password });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ twoFactorRedirect: true });
  const pairs = cookiePairs(response).filter((p) => !p.endsWith("="));
  expect(pairs.some((p) => p.includes("session_token"))).toBe(false);
  return pairs.filter((p) => p.includes("two_factor")).join("; ");
}

const sessionsOf = async (userId: string) => db.select().from(session).where(eq(session.userId, userId));
const auditActions = async (userId: string) =>
  (await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.actorId, userId), eq(auditLog.resource, "user")))).map((r) => r.action);

// A test may wait up to one TOTP step (30 s) for a code no earlier test used.
vi.setConfig({ testTimeout: 75_000 });

beforeAll(async () => {
  process.env.STAFF_2FA = "required";
  admin = await createLogin("admin", `tfa_admin_${Date.now()}`);
});

afterAll(() => {
  process.env.STAFF_2FA = "optional";
});

describe("enrolment", () => {
  it("keeps an admin without two-factor out of the console until enrolled", async () => {
    setRequestHeaders({ cookie: await sessionCookie(admin.email, admin.password) });
    expect(await getStaff()).toBeNull();
    process.env.STAFF_2FA = "optional";
    expect((await getStaff())?.id).toBe(admin.id);
    process.env.STAFF_2FA = "required";
  });

  it("needs the password, shows a QR code and the secret, and stays off until one code verifies", async () => {
    expect((await enrol({}, form({ step: "start", password: "wrong-password" }))).fieldError).toBe("That password is not right.");
    const started = await enrol({}, form({ step: "start", password: admin.password }));
    expect(started.qrSvg).toContain("<svg");
    expect(started.totpURI).toMatch(/^otpauth:\/\/totp\/Switchboard:/);
    expect(started.secret).toMatch(/^[A-Z2-7]+$/);
    secret = started.secret!;

    const wrong = await enrol(started, form({ step: "confirm", code: wrongCode() }));
    expect(wrong.fieldError).toMatch(/not right/);
    expect(wrong.secret).toBe(secret); // the QR code stays on screen
    const [row] = await db.select().from(user).where(eq(user.id, admin.id));
    expect(row.twoFactorEnabled).toBe(false);

    const done: EnrolState = await enrol(started, form({ step: "confirm", code: await unusedCode() }));
    expect(done.fieldError).toBeUndefined();
    expect(done.backupCodes).toHaveLength(10);
    backupCodes = done.backupCodes!;
    const [after] = await db.select().from(user).where(eq(user.id, admin.id));
    expect(after.twoFactorEnabled).toBe(true);
    const [stored] = await db.select().from(twoFactor).where(eq(twoFactor.userId, admin.id));
    expect(stored.verified).toBe(true);
    expect(stored.secret).not.toContain(secret); // encrypted at rest
    expect(await auditActions(admin.id)).toContain("two-factor.enrol");
  });
});

describe("sign-in with a second factor (POST /api/auth/two-factor/*)", () => {
  it("refuses a code that was already accepted, then a wrong one, then signs in with the next code", async () => {
    const pending = await pendingSignIn();
    const replay = await post("/two-factor/verify-totp", { code: [...usedCodes].at(-1) }, pending);
    expect(replay.status).toBe(401);
    expect((await replay.json()).code).toBe("TOTP_CODE_ALREADY_USED");
    const wrong = await post("/two-factor/verify-totp", { code: "12345" }, pending);
    expect(wrong.status).toBe(401);

    const ok = await post("/two-factor/verify-totp", { code: await unusedCode() }, pending);
    expect(ok.status).toBe(200);
    expect(cookiePairs(ok).some((p) => p.includes("session_token=") && !p.endsWith("="))).toBe(true);
  });

  it("refuses the same code on a second sign-in within its window", async () => {
    const pending = await pendingSignIn();
    const response = await post("/two-factor/verify-totp", { code: [...usedCodes].at(-1) }, pending);
    expect(response.status).toBe(401);
  });

  it("accepts a backup code once; the second use is refused", async () => {
    const first = await post("/two-factor/verify-backup-code", { code: backupCodes[0] }, await pendingSignIn());
    expect(first.status).toBe(200);
    const second = await post("/two-factor/verify-backup-code", { code: backupCodes[0] }, await pendingSignIn());
    expect(second.status).toBe(401);
  });

  it("refuses a code without a pending sign-in, and with only a session (no unaudited fresh check over HTTP)", async () => {
    expect((await post("/two-factor/verify-totp", { code: "123456" })).status).toBe(401);
    const signedIn = await post("/two-factor/verify-backup-code", { code: backupCodes[1] }, await pendingSignIn());
    const cookie = cookiePairs(signedIn).filter((p) => p.includes("session_token")).join("; ");
    expect((await post("/two-factor/verify-backup-code", { code: backupCodes[2] }, cookie)).status).toBe(401);
  });

  it("is rate limited per address", async () => {
    const ip = `10.78.${Date.now() % 250}.1`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post("/two-factor/verify-totp", { code: "123456" }, "", ip)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("refuses to trust the device", async () => {
    const response = await post("/two-factor/verify-totp", { code: "123456", trustDevice: true }, await pendingSignIn());
    expect(response.status).toBe(400);
  });
});

/** A signed-in session of the admin (password + a backup code), as the current request. */
async function signInWithBackupCode(code: string): Promise<string> {
  const response = await post("/two-factor/verify-backup-code", { code }, await pendingSignIn());
  expect(response.status).toBe(200);
  const cookie = cookiePairs(response).filter((p) => p.includes("session_token")).join("; ");
  setRequestHeaders({ cookie, "user-agent": "vitest" });
  return (await getStaff())!.sessionId;
}

describe("a sensitive action asks for a fresh code", () => {
  it("refuses a role change when the last check is older than 15 minutes, allows it after a fresh code", async () => {
    const target = await createLogin("support", `tfa_target_${Date.now()}`);
    const sessionId = await signInWithBackupCode(backupCodes[3]);
    await db
      .update(consoleSecondFactorChecks)
      .set({ verifiedAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(consoleSecondFactorChecks.sessionId, sessionId));

    const change = async () => setUserRole({ userId: target.id, version: await versionNow(user, target.id), role: "finance" });
    const refused = await change();
    const fieldErrors: Partial<Record<string, string[]>> = refused.validationErrors?.fieldErrors ?? {};
    expect(fieldErrors[secondFactorKey]?.[0]).toMatch(/more than 15 minutes/);
    const [unchanged] = await db.select().from(user).where(eq(user.id, target.id));
    expect(unchanged.role).toBe("support");

    expect((await verifyFreshSecondFactor({ code: wrongCode() })).fieldError).toMatch(/not right/);
    expect(await verifyFreshSecondFactor({ code: await unusedCode() })).toEqual({ ok: true });
    expect(await auditActions(admin.id)).toContain("two-factor.fresh-verify");
    expect((await change()).data).toEqual({ role: "finance" });
  });

  it("counts a sign-in with a code as fresh", async () => {
    const target = await createLogin("support", `tfa_target2_${Date.now()}`);
    await signInWithBackupCode(backupCodes[4]);
    const result = await setUserRole({ userId: target.id, version: await versionNow(user, target.id), role: "finance" });
    expect(result.data).toEqual({ role: "finance" });
  });
});

describe("disabling", () => {
  it("is refused to an admin while two-factor is required", async () => {
    await signInWithBackupCode(backupCodes[5]);
    const result = await disableSecondFactor({}, form({ password: admin.password, code: "123456" }));
    expect(result.formError).toBe("Admins must keep two-factor on.");
  });

  it("needs a current code: none and a wrong one are refused, a right one switches it off", async () => {
    process.env.STAFF_2FA = "optional";
    await signInWithBackupCode(backupCodes[6]);
    expect((await disableSecondFactor({}, form({ password: admin.password, code: "" }))).fieldError).toBeTruthy();
    expect((await disableSecondFactor({}, form({ password: admin.password, code: backupCodes[0] }))).fieldError).toMatch(/not right/);
    const [still] = await db.select().from(user).where(eq(user.id, admin.id));
    expect(still.twoFactorEnabled).toBe(true);

    expect(await disableSecondFactor({}, form({ password: admin.password, code: await unusedCode() }))).toEqual({ done: true });
    const [off] = await db.select().from(user).where(eq(user.id, admin.id));
    expect(off.twoFactorEnabled).toBe(false);
    expect(await db.select().from(twoFactor).where(eq(twoFactor.userId, admin.id))).toHaveLength(0);
    expect(await auditActions(admin.id)).toContain("two-factor.disable");
    expect((await sessionsOf(admin.id)).length).toBeGreaterThan(0);
    process.env.STAFF_2FA = "required";
  });
});
