import Link from "next/link";
import { Fragment } from "react";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "@/components/ui/breadcrumb";
import type { Crumb } from "@/lib/breadcrumbs";

/**
 * The trail to the current page, every ancestor a link. On a phone only the current page shows,
 * after a "…" link to its parent, instead of wrapping onto a second line.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const parent = crumbs.at(-2);
  return (
    <Breadcrumb className="min-w-0">
      <BreadcrumbList className="flex-nowrap">
        {parent && (
          <BreadcrumbItem className="sm:hidden">
            <BreadcrumbLink asChild>
              <Link href={parent.href} aria-label={`Back to ${parent.label}`}>
                …
              </Link>
            </BreadcrumbLink>
          </BreadcrumbItem>
        )}
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <Fragment key={crumb.href + i}>
              {i > 0 && <BreadcrumbSeparator className={last ? undefined : "max-sm:hidden"} />}
              <BreadcrumbItem className={last ? "min-w-0" : "shrink-0 max-sm:hidden"}>
                {last ? (
                  <BreadcrumbPage className="truncate">{crumb.label}</BreadcrumbPage>
                ) : (
                  <BreadcrumbLink asChild>
                    <Link href={crumb.href}>{crumb.label}</Link>
                  </BreadcrumbLink>
                )}
              </BreadcrumbItem>
            </Fragment>
          );
        })}
      </BreadcrumbList>
    </Breadcrumb>
  );
}
