"use client";

import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { interpretActionResult, type ActionResult } from "@/lib/forms/action-result";

/**
 * Shows a new order at once while `save` writes it. The server's order comes back with the
 * action's refresh; on a failure the list falls back to the order the server still has, with a toast.
 */
export function useOptimisticOrder<Item>(
  items: Item[],
  getId: (item: Item) => string,
  save: (ids: string[]) => Promise<ActionResult<unknown> | undefined>,
) {
  const [pendingIds, setPendingIds] = useOptimistic<string[] | null>(null);
  const [, startTransition] = useTransition();

  const ordered = pendingIds
    ? [
        ...pendingIds.flatMap((id) => items.filter((item) => getId(item) === id)),
        ...items.filter((item) => !pendingIds.includes(getId(item))),
      ]
    : items;

  function reorder(ids: string[]) {
    startTransition(async () => {
      setPendingIds(ids);
      let failure: string | null;
      try {
        const outcome = interpretActionResult(await save(ids), []);
        failure = outcome.ok ? null : outcome.formErrors.join("\n");
      } catch {
        failure = "The server could not be reached.";
      }
      if (failure) toast.error(`The new order was not saved. ${failure}`);
    });
  }

  return [ordered, reorder] as const;
}
