"use client";

import { Button, type ButtonProps } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";

export type UserMenuProps = { name: string; email: string; role: string };

function initials(name: string) {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** The account menu's trigger: avatar initials and the name. */
export function AccountButton({ name, ...props }: ButtonProps & { name: string }) {
  return (
    <Button variant="ghost" className="gap-2 px-2" {...props}>
      {/* Initials only (no picture), so a plain span rather than Radix Avatar's image loader. */}
      <span aria-hidden data-slot="avatar" className="relative flex size-7 shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted text-xs font-medium">
        {initials(name)}
      </span>
      {/* The accessible name is the visible name (axe: label-content-name-mismatch); on phones only screen readers get it. */}
      <span className="sr-only text-sm sm:not-sr-only">{name}</span>
      <span className="sr-only">, account menu</span>
    </Button>
  );
}

const LazyUserMenu = lazyOverlay<UserMenuProps>(() => import("./user-menu-content"));

/** Who is signed in, their role, and sign-out; the menu loads on first use. */
export function UserMenu(props: UserMenuProps) {
  return <LazyUserMenu {...props} standIn={(handlers) => <AccountButton name={props.name} aria-haspopup="menu" aria-expanded={false} {...handlers} />} />;
}
