"use client";

// A vertical list the user reorders by dragging a handle (mouse, touch, or keyboard: focus the
// handle, Space to lift, arrows to move, Space to drop) or with explicit move up/down buttons.
// Every change hands the complete new order of ids to `onReorder`.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDownIcon, ArrowUpIcon, GripVerticalIcon } from "lucide-react";
import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type SortableListProps<Item> = {
  /** Names the list for assistive technology, e.g. "Lessons of Getting started". */
  label: string;
  items: Item[];
  getId: (item: Item) => string;
  /** Words for one item in button labels and announcements, e.g. "lesson Cheat sheet". */
  describe: (item: Item) => string;
  /** Without it the list is read-only: no handles, no buttons. */
  onReorder?: (ids: string[]) => void;
  /** `controls` (handle and move buttons) is null for a read-only list. */
  renderItem: (item: Item, controls: ReactNode) => ReactNode;
  className?: string;
};

export function SortableList<Item>({ label, items, getId, describe, onReorder, renderItem, className }: SortableListProps<Item>) {
  const contextId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map(getId);

  if (!onReorder) {
    return (
      <ol aria-label={label} className={className}>
        {items.map((item) => (
          <li key={getId(item)}>{renderItem(item, null)}</li>
        ))}
      </ol>
    );
  }
  const reorder = onReorder;

  const nameOf = (id: UniqueIdentifier) => {
    const item = items.find((candidate) => getId(candidate) === id);
    return item ? describe(item) : "item";
  };
  const positionOf = (id: UniqueIdentifier | undefined) => `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)} at ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over ${positionOf(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${nameOf(active.id)} at ${positionOf(over.id)}.` : `Dropped ${nameOf(active.id)}.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  function move(from: number, to: number) {
    if (from === to || to < 0 || to >= ids.length) return;
    reorder(arrayMove(ids, from, to));
  }

  function dragEnd({ active, over }: DragEndEvent) {
    if (over) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  }

  return (
    <DndContext id={contextId} sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd} accessibility={{ announcements }}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol aria-label={label} className={className}>
          {items.map((item, index) => (
            <SortableItem
              key={getId(item)}
              id={getId(item)}
              name={describe(item)}
              first={index === 0}
              last={index === items.length - 1}
              onMove={(step) => move(index, index + step)}
            >
              {(controls) => renderItem(item, controls)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

type SortableItemProps = {
  id: string;
  name: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  children: (controls: ReactNode) => ReactNode;
};

function SortableItem({ id, name, first, last, onMove, children }: SortableItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const controls = (
    <span className="flex shrink-0 items-center">
      <Button
        ref={setActivatorNodeRef}
        type="button"
        variant="ghost"
        size="icon"
        className="size-7 cursor-grab touch-none active:cursor-grabbing"
        {...attributes}
        {...listeners}
        aria-label={`Drag ${name}`}
      >
        <GripVerticalIcon aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" className="size-7" disabled={first} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
        <ArrowUpIcon aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" className="size-7" disabled={last} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
        <ArrowDownIcon aria-hidden />
      </Button>
    </span>
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("relative", isDragging && "z-10 opacity-80 shadow-lg")}
    >
      {children(controls)}
    </li>
  );
}
