// The Users page end to end on the server: real session, real database, real URL parsing.
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { actAnonymously, actAs } from "@/lib/test/auth";
import UsersPage from "./page";

async function renderPage(searchParams: Record<string, string>) {
  const page = await UsersPage({ searchParams: Promise.resolve(searchParams) });
  return renderToString(
    <AppRouterContext.Provider value={{} as AppRouterInstance}>
      <NuqsTestingAdapter searchParams={searchParams}>{page}</NuqsTestingAdapter>
    </AppRouterContext.Provider>,
  );
}

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
