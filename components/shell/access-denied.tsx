"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { useConsoleNav } from "./console-nav";

/**
 * 403 inside the console: what happened, and the pages this role can open instead (the shell's
 * navigation, so the copy Next puts into every page's payload is only this element and the role).
 */
export function AccessDenied({ role }: { role: string }) {
  const places = useConsoleNav().flatMap((area) => area.items);
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <SpriteIcon name="ShieldX" className="size-10 text-destructive" />
      <h1 className="text-2xl font-semibold">403 — Not available to your role</h1>
      <p className="text-muted-foreground">The {role} role cannot open this page. Ask an administrator if you need it.</p>
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
