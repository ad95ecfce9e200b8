// The Users page end to end on the server: real session, real database, real URL parsing.
import { describe, expect, it } from "vitest";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { renderPage as render } from "@/lib/test/render-page";
import UsersPage from "./page";

const renderPage = (searchParams: Record<string, string>) => render(UsersPage, searchParams);

describe("People → Users page", () => {
  it("lists users for staff, each row linking to the user", async () => {
    await actAs("support");
    const html = await renderPage({ q: "switchboard.dev", sort: "email.asc" });
    expect(html).toContain(">Users</h1>");
    expect(html).toMatch(/href="\/people\/users\/staff_admin"[^>]*>Ada Admin<\/a>/);
    expect(html).toMatch(/<th[^>]*aria-sort="ascending"[^>]*>.*?Email/);
  });

  it("renders garbage URL state as the default grid instead of failing", async () => {
    await actAs("finance");
    const html = await renderPage({ page: "-3", size: "5000", sort: "password.desc", role: "root", created: "soon", cursor: "x" });
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>.*?Created/);
    expect(html).toMatch(/Page <!-- -->1<!-- --> of/);
  });

  it("sends visitors without a session to sign-in", async () => {
    actAnonymously();
    await expect(renderPage({})).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
