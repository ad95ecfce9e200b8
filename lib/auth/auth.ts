// The Better Auth instance: email + password over the shared user table, admin plugin with
// the console's access control. No cookie cache: every staff check reads the session row.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { consumeRateLimit } from "@/lib/actions/rate-limit";
import { clientIpHeader } from "./http-surface";
import { ac, roles } from "./permissions";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg", schema }),
  // `next build` loads this module without runtime secrets; nothing is signed at build time.
  secret: process.env.BETTER_AUTH_SECRET ?? (process.env.NEXT_PHASE === "phase-production-build" ? "build-only-placeholder-secret-never-signs" : undefined),
  baseURL: process.env.BETTER_AUTH_URL,
  // End users sign up in the products themselves; the console only signs people in.
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: { cookieCache: { enabled: false } },
  // Per client address, counted in PostgreSQL (shared by every instance). Sign-in has the
  // console's own per-address and per-account limits (lib/auth/sign-in-limits.ts) instead.
  rateLimit: {
    enabled: true,
    window: 60,
    max: 300,
    customRules: { "/sign-in/email": false },
    customStorage: { consume: (key, rule) => consumeRateLimit(`auth:${key}`, rule.max, rule.window).then((v) => ({ ...v, retryAfter: v.allowed ? null : v.retryAfter })) },
  },
  // The console's route resolves the client address from trusted hops only and passes it here.
  advanced: { ipAddress: { ipAddressHeaders: [clientIpHeader] } },
  plugins: [
    admin({
      ac,
      roles,
      defaultRole: "user",
      adminRoles: ["admin"],
      impersonationSessionDuration: 60 * 30,
      bannedUserMessage: "This account is banned.",
    }),
    nextCookies(), // must stay last: lets server actions set the session cookie
  ],
});

export type AuthSession = typeof auth.$Infer.Session;
