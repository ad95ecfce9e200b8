"use client";

import { PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import { deletePipeline } from "@/lib/crm/pipelines/actions";
import type { EditablePipeline } from "./pipeline-form";

const LazyPipelineForm = lazyDialog<{ pipeline?: EditablePipeline }>(() => import("./pipeline-form"));

export function NewPipelineButton() {
  return <LazyPipelineForm button={{ children: (<><PlusIcon aria-hidden /> New pipeline</>) }} />;
}

export function RenamePipelineButton({ pipeline }: { pipeline: EditablePipeline }) {
  return <LazyPipelineForm pipeline={pipeline} button={{ variant: "ghost", size: "sm", "aria-label": `Rename ${pipeline.name}`, children: <PencilIcon aria-hidden /> }} />;
}

/** The server refuses while deals use the pipeline; the dialog says so up front. */
export function DeletePipelineButton({ pipeline, deals }: { pipeline: EditablePipeline; deals: number }) {
  return (
    <ConfirmActionButton
      run={() => deletePipeline({ id: pipeline.id })}
      trigger={<Trash2Icon aria-hidden />}
      triggerVariant="ghost"
      size="sm"
      triggerLabel={`Delete ${pipeline.name}`}
      title={`Delete “${pipeline.name}”?`}
      description={deals > 0 ? `${deals} deals use this pipeline: it cannot be deleted until they are moved to another one.` : "No deal uses it. This cannot be undone."}
      confirmLabel="Delete pipeline"
      successMessage="Pipeline deleted."
      destructive
    />
  );
}
