"use client";

import { useDraggable } from "@dnd-kit/core";
import { GripVerticalIcon, MoreHorizontalIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { BoardCard } from "@/lib/crm/board/filters";
import { salesPaths } from "@/lib/crm/paths";
import { dealStageLabels, dealStages, type DealStage } from "@/lib/db/schema/crm-values";
import { formatCents, formatDate } from "@/lib/format";
import { cn } from "@/lib/utils";

type DealCardProps = {
  card: BoardCard;
  /** Without it the card is read-only: no handle, no menu. */
  onMove?: (card: BoardCard, stage: DealStage) => void;
  /** The copy that follows the pointer while dragging. */
  overlay?: boolean;
};

export function DealCard({ card, onMove, overlay = false }: DealCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: !onMove || overlay });
  return (
    <article
      ref={overlay ? undefined : setNodeRef}
      aria-label={card.title}
      data-deal-id={card.id}
      className={cn("rounded-md border bg-card p-3 text-sm", isDragging && "opacity-40", overlay ? "shadow-lg" : "shadow-xs")}
    >
      <div className="flex items-start gap-1">
        {onMove && (
          <Button
            ref={setActivatorNodeRef}
            type="button"
            variant="ghost"
            size="icon"
            className="-ml-1 size-6 shrink-0 cursor-grab touch-none active:cursor-grabbing"
            aria-label={`Drag ${card.title}`}
            {...attributes}
            {...listeners}
          >
            <GripVerticalIcon aria-hidden />
          </Button>
        )}
        <Link href={salesPaths.deal(card.id)} className="min-w-0 flex-1 font-medium underline-offset-4 hover:underline">
          {card.title}
        </Link>
        {onMove && !overlay && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button type="button" variant="ghost" size="icon" className="size-6 shrink-0" aria-label={`Move ${card.title}`}>
                <MoreHorizontalIcon aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuLabel>Move to</DropdownMenuLabel>
              {dealStages
                .filter((stage) => stage !== card.stage)
                .map((stage) => (
                  <DropdownMenuItem key={stage} onSelect={() => onMove(card, stage)}>
                    {dealStageLabels[stage]}
                  </DropdownMenuItem>
                ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs text-muted-foreground">
        <dt className="sr-only">Company</dt>
        <dd className="col-span-2 truncate">{card.companyName ?? "No company"}</dd>
        <dt className="sr-only">Amount</dt>
        <dd className="font-medium text-foreground tabular-nums">{formatCents(card.amountCents)}</dd>
        <dt className="sr-only">Close date</dt>
        <dd className="text-right tabular-nums">{card.closeDate ? formatDate(card.closeDate) : "No close date"}</dd>
        <dt className="sr-only">Owner</dt>
        <dd className="col-span-2 truncate">{card.ownerName}</dd>
      </dl>
    </article>
  );
}
