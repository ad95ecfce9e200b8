"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { userProfiles } from "@/lib/db/schema";
import { createProfileSchema, profileRefSchema, updateProfileSchema } from "./schemas";

export const createProfile = defineAction({
  resource: "aiProfile",
  action: "create",
  schema: createProfileSchema,
  constraints: {
    user_profiles_user_id_unique: { field: "userId", message: "This user already has a profile." },
    user_profiles_user_id_user_id_fk: { field: "userId", message: "This user no longer exists." },
  },
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(userProfiles).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateProfile = defineAction({
  resource: "aiProfile",
  action: "update",
  schema: updateProfileSchema,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockRow(tx, userProfiles, id, "This profile was deleted.");
    const [after] = await tx.update(userProfiles).set(changes).where(eq(userProfiles.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

export const deleteProfile = defineAction({
  resource: "aiProfile",
  action: "delete",
  schema: profileRefSchema,
  async run({ id }, { tx, audit }) {
    const [removed] = await tx.delete(userProfiles).where(eq(userProfiles.id, id)).returning();
    if (!removed) throw new ActionError("This profile was already deleted.");
    audit({ resourceId: id, before: removed });
    return { id };
  },
});
