import "server-only";
// The console's own second-factor records: accepted TOTP codes (refused again while still inside
// the verifier's window — Better Auth 1.7 does not refuse a replay) and each session's last check.
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { FRESH_SECOND_FACTOR_SECONDS, TOTP_REPLAY_WINDOW_SECONDS } from "./two-factor-policy";

/** Claims `code` for `userId`; false when it was already accepted (or is being checked) within the window. */
export async function claimTotpCode(userId: string, code: string): Promise<boolean> {
  const rows = await db.execute(sql`
    insert into console_totp_used_codes as u (user_id, code, used_at) values (${userId}, ${code}, now())
    on conflict (user_id, code) do update set used_at = now()
      where u.used_at < now() - make_interval(secs => ${TOTP_REPLAY_WINDOW_SECONDS})
    returning 1`);
  if (Math.random() < 0.02) {
    await db.execute(sql`delete from console_totp_used_codes where used_at < now() - make_interval(secs => ${TOTP_REPLAY_WINDOW_SECONDS})`);
  }
  return rows.length === 1;
}

/** Gives a claimed code back when its verification failed: a wrong code is not "used". */
export async function releaseTotpCode(userId: string, code: string): Promise<void> {
  await db.execute(sql`delete from console_totp_used_codes where user_id = ${userId} and code = ${code}`);
}

export async function recordSecondFactorCheck(sessionId: string): Promise<void> {
  await db.execute(sql`
    insert into console_second_factor_checks (session_id, verified_at) values (${sessionId}, now())
    on conflict (session_id) do update set verified_at = excluded.verified_at`);
}

/** Whether `sessionId` passed a second-factor check within the last 15 minutes. */
export async function hasFreshSecondFactor(sessionId: string): Promise<boolean> {
  const rows = await db.execute(sql`
    select 1 from console_second_factor_checks
    where session_id = ${sessionId} and verified_at > now() - make_interval(secs => ${FRESH_SECOND_FACTOR_SECONDS})`);
  return rows.length === 1;
}
