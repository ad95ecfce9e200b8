// Who must use two-factor sign-in, and how fresh a second factor a sensitive action needs.
// Read per call (not at import), so the setting is the running process's environment.
import type { StaffRole } from "./roles";

/** `STAFF_2FA=optional` makes two-factor optional for admins too; anything else (or unset) requires it. */
export function adminsMustEnrol(): boolean {
  return process.env.STAFF_2FA !== "optional";
}

/** Whether a staff member of `role` without two-factor must enrol before seeing console data. */
export function mustEnrolSecondFactor(role: StaffRole, twoFactorEnabled: boolean): boolean {
  return role === "admin" && !twoFactorEnabled && adminsMustEnrol();
}

/** A sensitive action needs a second-factor check at most this old. */
export const FRESH_SECOND_FACTOR_SECONDS = 15 * 60;

/** How long an accepted TOTP code stays refused for reuse: the verifier accepts ±1 period of 30 s. */
export const TOTP_REPLAY_WINDOW_SECONDS = 3 * 30;
