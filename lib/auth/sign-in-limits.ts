import "server-only";
// Sign-in throttling, shared by the sign-in form's server action and POST /api/auth/sign-in/email:
// per client address (any account) and per account (failed attempts from any address).
import { consumeRateLimit, isRateLimited } from "@/lib/actions/rate-limit";

export const signInLimits = {
  perIp: { limit: 20, windowSeconds: 60 },
  failuresPerAccount: { limit: 10, windowSeconds: 15 * 60 },
} as const;

export type SignInRefusal = { status: 429; message: string };

const accountKey = (email: string) => `sign-in-failures:${email.trim().toLowerCase()}`;

/** Counts the attempt against the address; refuses when either limit is used up. */
export async function admitSignIn(ip: string | null, email: string): Promise<SignInRefusal | null> {
  const { perIp, failuresPerAccount } = signInLimits;
  const byIp = await consumeRateLimit(`sign-in-ip:${ip ?? "unknown"}`, perIp.limit, perIp.windowSeconds);
  if (!byIp.allowed) return { status: 429, message: "Too many sign-in attempts. Wait a minute and try again." };
  if (await isRateLimited(accountKey(email), failuresPerAccount.limit, failuresPerAccount.windowSeconds)) {
    return { status: 429, message: "Too many failed sign-ins for this account. Wait 15 minutes and try again." };
  }
  return null;
}

export async function recordFailedSignIn(email: string): Promise<void> {
  const { failuresPerAccount } = signInLimits;
  await consumeRateLimit(accountKey(email), failuresPerAccount.limit, failuresPerAccount.windowSeconds);
}
