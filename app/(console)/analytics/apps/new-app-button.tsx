"use client";
import { PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

const LazyAppForm = lazyDialog<object>(() => import("./app-form"));

export function NewAppButton() {
  return (
    <LazyAppForm
      button={{
        children: (
          <>
            <PlusIcon aria-hidden /> New app
          </>
        ),
      }}
    />
  );
}
