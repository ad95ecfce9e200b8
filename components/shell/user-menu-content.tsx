"use client";

import { LogOut, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { AccountButton, type UserMenuProps } from "./user-menu";
import { useSignOut } from "./use-sign-out";

/** The real account menu; UserMenu loads it on the first click of its button. */
export default function UserMenuContent({ name, email, role, defaultOpen }: UserMenuProps & LazyOverlayProps) {
  const signOut = useSignOut();
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <AccountButton name={name} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="space-y-1">
          <div className="font-medium">{name}</div>
          <div className="text-xs font-normal text-muted-foreground">{email}</div>
          <Badge variant="secondary" data-testid="current-role">
            {role}
          </Badge>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account/two-factor">
            <ShieldCheck aria-hidden /> Two-factor authentication
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={signOut}
        >
          <LogOut aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
