import { z } from "zod";
import { allRoles, staffRoles } from "@/lib/auth/permissions";
import { rowVersion } from "@/lib/forms/row-version";

const userId = z.string().min(1, { error: "Pick a user." });

export const createStaffSchema = z.object({
  name: z.string().trim().min(2, { error: "Enter the person's name." }).max(100),
  email: z.email({ error: "Enter a valid email address." }).trim().toLowerCase(),
  password: z.string().min(8, { error: "Use at least 8 characters." }).max(128),
  role: z.enum(staffRoles, { error: "Pick a staff role." }),
});

export const setRoleSchema = z.object({
  userId,
  version: rowVersion,
  role: z.enum(allRoles, { error: "Pick a role." }),
});

export const banSchema = z.object({
  userId,
  reason: z.string().trim().min(3, { error: "Say why (at least 3 characters)." }).max(500),
  // Empty means a permanent ban; otherwise a moment in the future.
  expiresAt: z.iso
    .datetime({ local: true, offset: true, error: "Enter a date and time." })
    .optional()
    .or(z.literal("").transform(() => undefined))
    .refine((v) => !v || new Date(v).getTime() > Date.now(), { error: "The ban must end in the future." }),
});

export const userRefSchema = z.object({ userId });

export const revokeSessionSchema = z.object({ userId, sessionId: z.string().min(1) });
