// The pipelines list reads console_pipeline_stage_totals, kept by statement triggers on deals: it
// must follow deals however they are written (plain SQL, many rows per statement, stage and
// amount changes, moves between pipelines, deletes).
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertContact, insertPipeline } from "@/lib/crm/test-fixtures";
import { db } from "@/lib/db/client";
import { seedStaff } from "@/lib/db/seed/staff";
import { listPipelines } from "./queries";

beforeAll(() => seedStaff(db));

/** What the list shows per pipeline, and the same computed from the deals themselves. */
async function listedAndRaw(ids: string[]) {
  const listed = (await listPipelines()).filter((p) => ids.includes(p.id)).map((p) => ({ id: p.id, deals: p.deals, openCents: Number(p.openCents) }));
  const raw = await Promise.all(
    ids.map(async (id) => {
      const [row] = await db.execute<{ deals: number; open: string }>(sql`
        select count(*)::int as deals, coalesce(sum(amount_cents) filter (where stage in ('lead', 'qualified')), 0)::text as open
        from deals where pipeline_id = ${id}`);
      return { id, deals: row.deals, openCents: Number(row.open) };
    }),
  );
  return { listed: listed.sort((a, b) => a.id.localeCompare(b.id)), raw: raw.sort((a, b) => a.id.localeCompare(b.id)) };
}

describe("pipelines list figures", () => {
  it("follow deals written with plain SQL: inserts, stage and amount changes, moves and deletes", async () => {
    const [first, second] = [await insertPipeline(), await insertPipeline()];
    const contact = await insertContact();
    const expectFigures = async (known: Record<string, { deals: number; openCents: number }>) => {
      const { listed, raw } = await listedAndRaw([first.id, second.id]);
      expect(listed).toEqual(raw);
      expect(Object.fromEntries(listed.map(({ id, ...figures }) => [id, figures]))).toEqual(known);
    };
    await expectFigures({ [first.id]: { deals: 0, openCents: 0 }, [second.id]: { deals: 0, openCents: 0 } });

    // 10 deals in one statement: 4 leads of $10, 3 qualified of $20, 2 won and 1 lost of $50.
    await db.execute(sql`
      insert into deals (contact_id, pipeline_id, owner_id, title, amount_cents, stage)
      select ${contact.id}::uuid, ${first.id}::uuid, 'staff_admin', 'Totals ' || g,
             case when g <= 4 then 1000 when g <= 7 then 2000 else 5000 end,
             case when g <= 4 then 'lead' when g <= 7 then 'qualified' when g <= 9 then 'won' else 'lost' end
      from generate_series(1, 10) g`);
    await expectFigures({ [first.id]: { deals: 10, openCents: 4 * 1000 + 3 * 2000 }, [second.id]: { deals: 0, openCents: 0 } });

    // Two leads win, every qualified deal doubles; a title edit changes nothing.
    await db.execute(sql`update deals set stage = 'won' where pipeline_id = ${first.id} and title in ('Totals 1', 'Totals 2')`);
    await db.execute(sql`update deals set amount_cents = amount_cents * 2 where pipeline_id = ${first.id} and stage = 'qualified'`);
    await db.execute(sql`update deals set title = title || ' (renamed)' where pipeline_id = ${first.id}`);
    await expectFigures({ [first.id]: { deals: 10, openCents: 2 * 1000 + 3 * 4000 }, [second.id]: { deals: 0, openCents: 0 } });

    // The open leads move to the second pipeline; the won deals are deleted.
    await db.execute(sql`update deals set pipeline_id = ${second.id} where pipeline_id = ${first.id} and stage = 'lead'`);
    await db.execute(sql`delete from deals where pipeline_id = ${first.id} and stage = 'won'`);
    await expectFigures({ [first.id]: { deals: 4, openCents: 3 * 4000 }, [second.id]: { deals: 2, openCents: 2 * 1000 } });

    // A contact's erasure cascades its deals away.
    await db.execute(sql`delete from contacts where id = ${contact.id}`);
    await expectFigures({ [first.id]: { deals: 0, openCents: 0 }, [second.id]: { deals: 0, openCents: 0 } });
  });
});
