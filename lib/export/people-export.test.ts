// Users and audit log exports: admin-only, same rows as the grid, every page not just the first.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/[grid]/route";
import { db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { loadGridState } from "@/lib/data-table/search-params";
import { usersGrid } from "@/lib/people/grid";
import { listUsers } from "@/lib/people/queries";
import { sessionCookie, type LoginRole } from "@/lib/test/auth";

beforeAll(async () => {
  await seedStaff(db);
  const now = new Date();
  await db
    .insert(user)
    .values(
      Array.from({ length: 30 }, (_, i) => ({
        id: `export_user_${i}`,
        name: `Exported Person ${String(i).padStart(2, "0")}`,
        email: `exported${i}@example.test`,
        role: "user",
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
});

async function exportAs(role: LoginRole, grid: string, query: string) {
  const login = demoLogins.find((l) => l.role === role)!;
  const request = new Request(`http://localhost/api/export/${grid}?${query}`, {
    headers: { cookie: await sessionCookie(login.email, login.password) },
  });
  return GET(request, { params: Promise.resolve({ grid }) });
}

describe("users and audit exports", () => {
  it("gives an admin every matching user, past the first page, in the grid's order", async () => {
    const query = "q=Exported Person&sort=name.desc&size=10";
    const response = await exportAs("admin", "users", query);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Name,Email,Role,Banned,Created at,User id");
    expect(lines).toHaveLength(31);
    const firstPage = await listUsers(loadGridState(usersGrid, new URLSearchParams(query)));
    expect(lines.slice(1, 11).map((l) => l.split(",")[0])).toEqual(firstPage.rows.map((r) => r.name));
    expect(lines[30]).toMatch(/^Exported Person 00,exported0@example.test,user,no,/);
  });

  it("refuses finance and support, who may not export users or read the audit log", async () => {
    expect((await exportAs("finance", "users", "")).status).toBe(403);
    expect((await exportAs("support", "audit", "")).status).toBe(403);
  });

  it("exports the audit log, including the export just made", async () => {
    await exportAs("admin", "users", "q=Exported");
    const response = await exportAs("admin", "audit", "resource=user");
    expect(response.status).toBe(200);
    const text = await response.text();
    // The grid's visible columns (IP is hidden by default); every column with columns=all.
    expect(text.split("\r\n")[0]).toBe("At,Actor email,Actor role,Impersonated by,Action,Resource,Record id,Before,After");
    expect(text).toMatch(/admin@switchboard\.dev,admin,,export,user,/);
    const all = await (await exportAs("admin", "audit", "resource=user&columns=all")).text();
    expect(all.split("\r\n")[0]).toBe("At,Actor email,Actor role,Impersonated by,Action,Resource,Record id,Before,After,IP");
  });
});
