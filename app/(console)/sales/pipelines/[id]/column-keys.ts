// Keyboard drag on the board: Right and Left jump the lifted card to the next column over (dnd-kit's
// default moves it 25 px per press); Up and Down do nothing, the card's place in a column is its close date.
import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  const { collisionRect, droppableRects } = context;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const current = columns.findIndex((rect) => centre >= rect.left && centre <= rect.right);
  const target = columns[current + step];
  if (current === -1 || !target) return currentCoordinates;
  return { x: currentCoordinates.x + (target.left - columns[current].left), y: currentCoordinates.y };
};
