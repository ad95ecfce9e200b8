import { z } from "zod";
import { memberRoles } from "@/lib/db/schema/saas-values";
import { organizationId } from "../organizations/schemas";

const membershipId = z.guid({ error: "That membership does not exist." });
const role = z.enum(memberRoles, { error: "Pick a role: owner, admin or member." });

export const addMemberSchema = z.object({
  organizationId,
  userId: z.string({ error: "Pick a user." }).min(1, { error: "Pick a user." }).max(200),
  role,
});
export const changeMemberRoleSchema = z.object({ id: membershipId, role });
export const memberRefSchema = z.object({ id: membershipId });
