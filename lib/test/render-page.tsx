// Renders a server page to HTML the way Next would, with the router and nuqs contexts its client
// components need and the URL's query as both the page's searchParams and nuqs' state.
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

type PageProps<Params> = { params: Promise<Params>; searchParams: Promise<Record<string, string>> };

/** `await renderPage(UsersPage, { q: "ada" })`, or with route params: `renderPage(CoursePage, {}, { id })`. */
export async function renderPage<Params = Record<string, never>>(
  Page: (props: PageProps<Params>) => Promise<ReactNode>,
  searchParams: Record<string, string> = {},
  params: Params = {} as Params,
): Promise<string> {
  const page = await Page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
  return renderToString(
    <AppRouterContext.Provider value={{} as AppRouterInstance}>
      <NuqsTestingAdapter searchParams={searchParams}>{page}</NuqsTestingAdapter>
    </AppRouterContext.Provider>,
  );
}
