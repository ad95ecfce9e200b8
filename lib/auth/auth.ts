// The Better Auth instance: email + password over the shared user table, admin plugin with
// the console's access control. No cookie cache: every staff check reads the session row.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { ac, roles } from "./permissions";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg", schema }),
  secret: process.env.BETTER_AUTH_SECRET,
  baseURL: process.env.BETTER_AUTH_URL,
  // End users sign up in the products themselves; the console only signs people in.
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: { cookieCache: { enabled: false } },
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
