"use client";

import { LogOut } from "lucide-react";
import { Button, type buttonVariants } from "@/components/ui/button";
import { useSignOut } from "./use-sign-out";
import type { VariantProps } from "class-variance-authority";

export function SignOutButton({ variant = "ghost" }: { variant?: VariantProps<typeof buttonVariants>["variant"] }) {
  const signOut = useSignOut();
  return (
    <Button
      variant={variant}
      onClick={signOut}
    >
      <LogOut aria-hidden /> Sign out
    </Button>
  );
}
