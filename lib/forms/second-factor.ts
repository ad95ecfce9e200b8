// Sensitive actions refuse without a recent second-factor check; the refusal lands on this key,
// and the form kit answers it with a prompt for a current code (components/forms/second-factor-prompt.tsx).
import { z } from "zod";

/** The result key of a "fresh code needed" refusal. */
export const secondFactorKey = "secondFactorCode";

export const secondFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^(\d{6}|[A-Za-z0-9-]{10,11})$/, { error: "Enter the 6-digit code from your authenticator app, or a backup code." }),
});

/** A 6-digit code is a TOTP code; anything else accepted by the schema is a backup code. */
export const isTotpCode = (code: string) => /^\d{6}$/.test(code);
