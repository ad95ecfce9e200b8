// Role names only: plain data that client components may import without pulling Better Auth's
// access control into the browser bundle. The permission matrix itself is in permissions.ts.

export const staffRoles = ["admin", "support", "finance"] as const;
export type StaffRole = (typeof staffRoles)[number];
export const allRoles = [...staffRoles, "user"] as const;
export type Role = (typeof allRoles)[number];

export function isStaffRole(role: string | null | undefined): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role ?? "");
}
