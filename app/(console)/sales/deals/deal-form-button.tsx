"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { DealStage } from "@/lib/db/schema/crm-values";

export type EditableDeal = {
  id: string;
  title: string;
  contactId: string;
  contactName: string;
  pipelineId: string;
  ownerId: string;
  ownerName: string;
  amountCents: number;
  stage: DealStage;
  closeDate: Date | null;
};
export type PipelineOption = { value: string; label: string };

const LazyDealForm = lazyDialog<{ deal?: EditableDeal; pipelines: PipelineOption[] }>(() => import("./deal-form"));

export function DealFormButton({ deal, pipelines }: { deal?: EditableDeal; pipelines: PipelineOption[] }) {
  return (
    <LazyDealForm
      deal={deal}
      pipelines={pipelines}
      button={{
        variant: deal ? "outline" : "default",
        children: (
          <>
            {deal ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {deal ? "Edit deal" : "New deal"}
          </>
        ),
      }}
    />
  );
}
