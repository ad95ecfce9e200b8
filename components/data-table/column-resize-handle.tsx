"use client";
// The grip on a header cell's right edge: drag it (or focus it and press ← →) to set the column's
// width, double-click (or press Home) to give the column back its natural width. Above the next
// header (z-[1], under the sticky app header): its sort button reaches under the grip (-ml-3).
import { useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from "react";
import { maxColumnWidth, minColumnWidth } from "./column-widths";

type Props = {
  /** The column's header text: "Resize <label> column". */
  label: string;
  /** The width set, or undefined while the column has its natural width. */
  width: number | undefined;
  onResize: (width: number) => void;
  onReset: () => void;
};

const keyStep = 16;
const clamp = (width: number) => Math.round(Math.min(maxColumnWidth, Math.max(minColumnWidth, width)));

export function ColumnResizeHandle({ label, width, onResize, onReset }: Props) {
  /** The header cell's width now, set or natural. */
  const current = (element: HTMLElement) => width ?? element.parentElement!.getBoundingClientRect().width;
  // The natural width, measured when the grip gets focus, so its value is announced right.
  const [natural, setNatural] = useState<number>();

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    const start = current(handle);
    const startX = event.clientX;
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(clamp(start + e.clientX - startX));
    const end = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", end);
      handle.removeEventListener("pointercancel", end);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", end);
    handle.addEventListener("pointercancel", end);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? keyStep : event.key === "ArrowLeft" ? -keyStep : 0;
    if (step !== 0) {
      event.preventDefault();
      onResize(clamp(current(event.currentTarget) + step));
    } else if (event.key === "Home") {
      event.preventDefault();
      onReset();
    }
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label} column`}
      aria-valuenow={Math.round(width ?? natural ?? minColumnWidth)}
      aria-valuemin={minColumnWidth}
      aria-valuemax={maxColumnWidth}
      tabIndex={0}
      data-slot="column-resize-handle"
      className="absolute top-0 right-0 z-[1] h-full w-2 cursor-col-resize touch-none select-none outline-none after:absolute after:inset-y-2 after:right-0 after:w-px after:bg-border hover:after:w-0.5 hover:after:bg-ring focus-visible:after:w-0.5 focus-visible:after:bg-ring"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onFocus={(event: FocusEvent<HTMLDivElement>) => setNatural(current(event.currentTarget))}
      onDoubleClick={onReset}
    />
  );
}
