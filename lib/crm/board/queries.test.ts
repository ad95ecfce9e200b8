import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedStaff } from "@/lib/db/seed/staff";
import { insertContact, insertDeal, insertPipeline } from "@/lib/crm/test-fixtures";
import { createLogin } from "@/lib/test/auth";
import { boardPageSize, type BoardFilters } from "./filters";
import { boardColumnPage, getBoard } from "./queries";

const noFilters: BoardFilters = { owner: null, from: null, to: null };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(() => seedStaff(db));

describe("getBoard", () => {
  it("gives every stage its count and total, and cards by close date (undated last), then biggest amount", async () => {
    const pipeline = await insertPipeline();
    const contact = await insertContact();
    const base = { pipelineId: pipeline.id, contactId: contact.id, stage: "lead" as const };
    const late = await insertDeal({ ...base, closeDate: day("2027-05-01"), amountCents: 5_00 });
    const undated = await insertDeal({ ...base, closeDate: null, amountCents: 9_00 });
    const earlySmall = await insertDeal({ ...base, closeDate: day("2027-01-01"), amountCents: 1_00 });
    const earlyBig = await insertDeal({ ...base, closeDate: day("2027-01-01"), amountCents: 7_00 });
    await insertDeal({ ...base, stage: "won", closeDate: day("2026-01-01"), amountCents: 100_00 });

    const board = (await getBoard(pipeline.id, noFilters))!;
    expect(board.columns.map((c) => [c.stage, c.count, c.totalCents])).toEqual([
      ["lead", 4, 22_00],
      ["qualified", 0, 0],
      ["won", 1, 100_00],
      ["lost", 0, 0],
    ]);
    expect(board.columns[0].cards.map((c) => c.id)).toEqual([earlyBig.id, earlySmall.id, late.id, undated.id]);
    expect(board.columns[0].cards[0]).toMatchObject({ title: earlyBig.title, ownerName: "Ada Admin", version: expect.stringMatching(/^\d+$/) });
  });

  it("filters by owner and close-date range, in the totals too", async () => {
    const pipeline = await insertPipeline();
    const rep = await createLogin("user", `board_rep_${pipeline.id.slice(0, 8)}`);
    const mine = await insertDeal({ pipelineId: pipeline.id, closeDate: day("2027-02-10"), amountCents: 3_00 });
    const theirs = await insertDeal({ pipelineId: pipeline.id, ownerId: rep.id, closeDate: day("2027-02-11"), amountCents: 4_00 });
    await insertDeal({ pipelineId: pipeline.id, closeDate: day("2027-03-01"), amountCents: 8_00 });

    const byOwner = (await getBoard(pipeline.id, { owner: rep.id, from: null, to: null }))!;
    expect(byOwner.columns[0]).toMatchObject({ count: 1, totalCents: 4_00 });
    const february = (await getBoard(pipeline.id, { owner: null, from: "2027-02-01", to: "2027-02-28" }))!;
    expect(february.columns[0].cards.map((c) => c.id)).toEqual([mine.id, theirs.id]);
    expect(february.columns[0]).toMatchObject({ count: 2, totalCents: 7_00 });
  });

  it("shows the first cards of a big column and pages on by keyset without gaps or repeats", async () => {
    const pipeline = await insertPipeline();
    const contact = await insertContact();
    const total = boardPageSize * 2 + 5;
    for (let i = 0; i < total; i++) {
      await insertDeal({ pipelineId: pipeline.id, contactId: contact.id, closeDate: i % 3 === 0 ? null : day(`2027-01-${String(1 + (i % 4)).padStart(2, "0")}`), amountCents: (i % 5) * 100 });
    }
    const board = (await getBoard(pipeline.id, noFilters))!;
    const column = board.columns[0];
    expect(column).toMatchObject({ count: total, hasMore: true });
    expect(column.cards).toHaveLength(boardPageSize);
    const seen = [...column.cards];
    let page = { cards: column.cards, hasMore: column.hasMore };
    while (page.hasMore) {
      const last = page.cards.at(-1)!;
      page = await boardColumnPage(pipeline.id, "lead", noFilters, { closeDate: last.closeDate, amountCents: last.amountCents, id: last.id });
      seen.push(...page.cards);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((c) => c.id)).size).toBe(total);
    const keys = seen.map((c) => [c.closeDate ?? "9999", -c.amountCents, c.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? a[1] - b[1] : a[2] < b[2] ? -1 : 1)));
  });

  it("is null for an unknown or malformed pipeline id", async () => {
    expect(await getBoard("00000000-0000-4000-8000-000000000000", noFilters)).toBeNull();
    expect(await getBoard("nope", noFilters)).toBeNull();
  });
});
