// A Better Auth plugin of the console's: around the two-factor plugin's code checks (over HTTP
// and through auth.api alike) it refuses a TOTP code accepted before, and records when a session
// last passed a second-factor check (the freshness that sensitive actions ask for).
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { claimTotpCode, recordSecondFactorCheck, releaseTotpCode } from "./second-factor-records";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const TOTP = "/two-factor/verify-totp";
const BACKUP = "/two-factor/verify-backup-code";

/** The account a code is checked for: the signed-in user, or the one of a pending two-factor sign-in. */
async function userBeingVerified(ctx: HookContext): Promise<string | null> {
  const signedIn = await getSessionFromCtx(ctx).catch(() => null);
  if (signedIn) return signedIn.user.id;
  const pending = await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret);
  if (!pending) return null;
  return (await ctx.context.internalAdapter.findVerificationValue(pending))?.value ?? null;
}

function codeOf(ctx: HookContext): string | null {
  const code: unknown = (ctx.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code.length > 0 && code.length <= 64 ? code : null;
}

const failed = (ctx: HookContext) => ctx.context.returned instanceof APIError || ctx.context.returned instanceof Error;

export const secondFactorGuard = () =>
  ({
    id: "console-second-factor-guard",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === TOTP || ctx.path === BACKUP,
          handler: createAuthMiddleware(async (ctx) => {
            // A console login always asks for its code: no "trust this device for 30 days".
            if ((ctx.body as { trustDevice?: unknown } | undefined)?.trustDevice) {
              throw new APIError("BAD_REQUEST", { code: "TRUST_DEVICE_NOT_OFFERED", message: "Trusted devices are not offered: every sign-in asks for a code." });
            }
            if (ctx.path !== TOTP) return;
            const code = codeOf(ctx);
            const userId = code ? await userBeingVerified(ctx) : null;
            // No account or no code: the plugin's own checks answer (401 / 400).
            if (!code || !userId) return;
            if (!(await claimTotpCode(userId, code))) {
              throw new APIError("UNAUTHORIZED", { code: "TOTP_CODE_ALREADY_USED", message: "That code has already been used. Wait for the next one." });
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === TOTP || ctx.path === BACKUP,
          handler: createAuthMiddleware(async (ctx) => {
            if (failed(ctx)) {
              const code = codeOf(ctx);
              const userId = ctx.path === TOTP && code ? await userBeingVerified(ctx) : null;
              if (code && userId) await releaseTotpCode(userId, code);
              return;
            }
            // Sign-in and enrolment end in a new session; a fresh check keeps the current one.
            const sessionId = ctx.context.newSession?.session.id ?? (await getSessionFromCtx(ctx).catch(() => null))?.session.id;
            if (sessionId) await recordSecondFactorCheck(sessionId);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
