"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import type { ToasterProps } from "sonner";
import { subscribeToaster, toasterWanted } from "./toaster-signal";

const SonnerToaster = lazy(() => import("./sonner-toaster"));

/**
 * The toaster, mounted (and sonner loaded) only once something calls `toast(...)` from
 * "@/components/ui/toast" — never on pages that only read.
 */
export function Toaster(props: ToasterProps) {
  const wanted = useSyncExternalStore(subscribeToaster, toasterWanted, () => false);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster {...props} />
    </Suspense>
  );
}
