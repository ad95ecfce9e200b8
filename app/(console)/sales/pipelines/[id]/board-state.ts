// The board's columns as pure data changes: a card leaving one column and joining another, with
// the columns' counts and totals following, so a move shows at once and can be undone exactly.
import type { BoardCard, BoardColumn } from "@/lib/crm/board/filters";
import { isClosedStage, type DealStage } from "@/lib/db/schema/crm-values";
import { toIsoDay, utcMidnight } from "@/lib/dates";

/** Board order: close date (undated last), then the bigger amount, then id. */
function comesBefore(a: BoardCard, b: BoardCard) {
  const [dateA, dateB] = [a.closeDate ?? "~", b.closeDate ?? "~"];
  if (dateA !== dateB) return dateA < dateB;
  if (a.amountCents !== b.amountCents) return a.amountCents > b.amountCents;
  return a.id < b.id;
}

export function withoutCard(columns: BoardColumn[], card: BoardCard): BoardColumn[] {
  return columns.map((column) =>
    column.stage === card.stage && column.cards.some((c) => c.id === card.id)
      ? { ...column, cards: column.cards.filter((c) => c.id !== card.id), count: column.count - 1, totalCents: column.totalCents - card.amountCents }
      : column,
  );
}

export function withCard(columns: BoardColumn[], card: BoardCard): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage !== card.stage) return column;
    const at = column.cards.findIndex((c) => comesBefore(card, c));
    const cards = at === -1 ? [...column.cards, card] : [...column.cards.slice(0, at), card, ...column.cards.slice(at)];
    return { ...column, cards, count: column.count + 1, totalCents: column.totalCents + card.amountCents };
  });
}

/** The card as the move will leave it: in `stage`, and closed today if it closes without a date. */
export function movedCard(card: BoardCard, stage: DealStage): BoardCard {
  const closeDate = card.closeDate ?? (isClosedStage(stage) ? utcMidnight(toIsoDay(new Date())) : null);
  return { ...card, stage, closeDate: closeDate && new Date(closeDate).toISOString() };
}

export function replaceCard(columns: BoardColumn[], card: BoardCard): BoardColumn[] {
  return columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === card.id ? card : c)) }));
}
