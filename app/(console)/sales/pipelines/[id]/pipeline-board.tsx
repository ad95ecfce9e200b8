"use client";

// The pipeline board: a column per stage, cards moved by mouse or touch drag, keyboard drag (focus
// a card's handle, Space, Left/Right, Space) or the card's menu. A move shows at once; the server
// refuses it if the deal changed since the board loaded, and then the card goes back and the board
// reloads to show where the deal is now.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { toast } from "@/components/ui/toast";
import { boardPageUrl, type BoardCard, type BoardColumn, type BoardFilters } from "@/lib/crm/board/filters";
import { moveDeal } from "@/lib/crm/deals/actions";
import { dealStageLabels, type DealStage } from "@/lib/db/schema/crm-values";
import { interpretActionResult } from "@/lib/forms/action-result";
import { formatCents, formatNumber } from "@/lib/format";
import { cn } from "@/lib/utils";
import { movedCard, replaceCard, withCard, withoutCard } from "./board-state";
import { columnKeyboardCoordinates } from "./column-keys";
import { DealCard } from "./deal-card";

type PipelineBoardProps = { pipelineId: string; columns: BoardColumn[]; filters: BoardFilters; canMove: boolean };

// The pointer's column when there is a pointer; the dragged card's overlap for keyboard drags.
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

export function PipelineBoard({ pipelineId, columns: serverColumns, filters, canMove }: PipelineBoardProps) {
  const router = useRouter();
  const contextId = useId();
  const [columns, setColumns] = useState(serverColumns);
  const [loaded, setLoaded] = useState(serverColumns);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  // A refresh from the server (after a move, a conflict, a filter) replaces what is shown.
  if (serverColumns !== loaded) {
    setLoaded(serverColumns);
    setColumns(serverColumns);
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  async function move(card: BoardCard, stage: DealStage) {
    if (card.stage === stage) return;
    const target = movedCard(card, stage);
    setColumns((current) => withCard(withoutCard(current, card), target));
    let failure: string;
    try {
      const outcome = interpretActionResult(await moveDeal({ id: card.id, stage, version: card.version }), []);
      if (outcome.ok && outcome.data) {
        const saved = { ...target, version: outcome.data.version, closeDate: outcome.data.closeDate ? new Date(outcome.data.closeDate).toISOString() : null };
        setColumns((current) => replaceCard(current, saved));
        toast.success(`Moved “${card.title}” to ${dealStageLabels[stage]}.`);
        router.refresh();
        return;
      }
      failure = outcome.ok ? "The move was not accepted." : outcome.formErrors.join(" ");
    } catch {
      failure = "The server could not be reached. Nothing was moved.";
    }
    setColumns((current) => withCard(withoutCard(current, target), card));
    toast.error(failure);
    router.refresh();
  }

  function dragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const card = active.data.current?.card as BoardCard | undefined;
    if (card && over) void move(card, over.id as DealStage);
  }

  const nameOf = (id: string | number) => columns.flatMap((c) => c.cards).find((c) => c.id === id)?.title ?? "deal";
  const stageOf = (id: string | number | undefined) => (id ? dealStageLabels[id as DealStage] : "no column");
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}. Use Left and Right to choose a column, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => `${nameOf(active.id)} is over ${stageOf(over?.id)}.`,
    onDragEnd: ({ active, over }) => (over ? `Dropped ${nameOf(active.id)} in ${stageOf(over.id)}.` : `Dropped ${nameOf(active.id)} outside the columns.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  return (
    <DndContext
      id={contextId}
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={({ active }: DragStartEvent) => setDragged((active.data.current?.card as BoardCard) ?? null)}
      onDragEnd={dragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements }}
    >
      <div className="grid gap-4 overflow-x-auto pb-2 md:grid-cols-4">
        {columns.map((column) => (
          <StageColumn
            key={column.stage}
            column={column}
            onMove={canMove ? move : undefined}
            onMore={(cards, hasMore) =>
              setColumns((current) => current.map((c) => (c.stage === column.stage ? { ...c, cards: [...c.cards, ...cards], hasMore } : c)))
            }
            pageUrl={(last) => boardPageUrl(pipelineId, column.stage, filters, { closeDate: last.closeDate, amountCents: last.amountCents, id: last.id })}
          />
        ))}
      </div>
      <DragOverlay>{dragged ? <DealCard card={dragged} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}

type StageColumnProps = {
  column: BoardColumn;
  onMove?: (card: BoardCard, stage: DealStage) => void;
  onMore: (cards: BoardCard[], hasMore: boolean) => void;
  pageUrl: (last: BoardCard) => string;
};

function StageColumn({ column, onMove, onMore, pageUrl }: StageColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const [loading, setLoading] = useState(false);
  const headingId = useId();

  async function showMore() {
    const last = column.cards.at(-1);
    if (!last) return;
    setLoading(true);
    try {
      const response = await fetch(pageUrl(last));
      if (!response.ok) throw new Error(((await response.json()) as { error?: string }).error);
      const page = (await response.json()) as { cards: BoardCard[]; hasMore: boolean };
      onMore(page.cards, page.hasMore);
    } catch (error) {
      toast.error(`More cards could not be loaded. ${(error as Error).message ?? ""}`.trim());
    } finally {
      setLoading(false);
    }
  }

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage={column.stage}
      className={cn("flex min-w-64 flex-col gap-2 rounded-lg border p-2 transition-colors", isOver ? "border-primary bg-primary/5" : "bg-muted/40")}
    >
      <header className="flex items-baseline justify-between gap-2 px-1">
        <h2 id={headingId} className="text-sm font-semibold">
          {dealStageLabels[column.stage]}
        </h2>
        <p className="text-xs text-muted-foreground tabular-nums">
          <span data-testid="stage-count">{formatNumber(column.count)}</span> · <span data-testid="stage-total">{formatCents(column.totalCents)}</span>
        </p>
      </header>
      <ol className="flex min-h-24 flex-col gap-2" aria-label={`${dealStageLabels[column.stage]} deals`}>
        {column.cards.map((card) => (
          <li key={card.id}>
            <DealCard card={card} onMove={onMove} />
          </li>
        ))}
        {column.cards.length === 0 && <li className="px-1 py-6 text-center text-xs text-muted-foreground">No deals</li>}
      </ol>
      {column.hasMore && (
        <Button type="button" variant="ghost" size="sm" onClick={showMore} disabled={loading}>
          {loading && <Spinner />} Show more ({formatNumber(column.count - column.cards.length)} left)
        </Button>
      )}
    </section>
  );
}
