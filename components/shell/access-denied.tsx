import { ShieldX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { navigation } from "@/lib/navigation";

/** 403 inside the console: what happened, and the pages this role can open instead. */
export function AccessDenied({ staff }: { staff: Staff }) {
  const places = navigation.flatMap((area) => area.items).filter((i) => can(staff.role, i.resource, i.action ?? "read"));
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldX className="size-10 text-destructive" aria-hidden />
      <h1 className="text-2xl font-semibold">403 — Not available to your role</h1>
      <p className="text-muted-foreground">
        The {staff.role} role cannot open this page. Ask an administrator if you need it.
      </p>
      <Button asChild variant="outline">
        <Link href="/">Back to the overview</Link>
      </Button>
      {places.length > 0 && (
        <nav aria-label="Pages you can open" className="text-sm">
          <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1">
            {places.map((p) => (
              <li key={p.href}>
                <Link href={p.href} className="underline underline-offset-4 hover:text-foreground">
                  {p.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
