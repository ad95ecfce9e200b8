import { beforeAll, describe, expect, it } from "vitest";
import { insertCompany, insertContact, insertDeal, insertPipeline } from "@/lib/crm/test-fixtures";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { seedStaff } from "@/lib/db/seed/staff";
import { companyDealsGrid, dealsGrid } from "./grid";
import { listCompanyDeals, listDeals } from "./queries";

beforeAll(() => seedStaff(db));

describe("the deals grid's pipeline facet", () => {
  it("keeps the deals of the picked pipelines and counts each pipeline under the other filters", async () => {
    const [first, second, third] = [await insertPipeline(), await insertPipeline(), await insertPipeline()];
    const contact = await insertContact();
    const deal = (pipelineId: string, stage: "lead" | "won") => insertDeal({ pipelineId, contactId: contact.id, stage });
    const inFirst = await deal(first.id, "lead");
    await deal(first.id, "won");
    const inSecond = await deal(second.id, "lead");
    await deal(third.id, "lead");

    const result = await listDeals(loadGridState(dealsGrid, { pipeline: `${first.id},${second.id}`, stage: "lead" }));
    expect(result.rows.map((row) => row.id).sort()).toEqual([inFirst.id, inSecond.id].sort());
    expect(result.rows.find((row) => row.id === inFirst.id)?.pipelineName).toBe(first.name);
    // Per pipeline, ignoring the pipeline filter itself but not the stage filter.
    expect(result.facets.pipeline).toMatchObject({ [first.id]: 1, [second.id]: 1, [third.id]: 1 });
    expect(result.facets.stage).toMatchObject({ lead: 2, won: 1 });
  });

  it("filters a company's deals under the related list's own URL keys", async () => {
    const [kept, other] = [await insertPipeline(), await insertPipeline()];
    const company = await insertCompany();
    const contact = await insertContact(company.id);
    const deal = await insertDeal({ pipelineId: kept.id, contactId: contact.id });
    await insertDeal({ pipelineId: other.id, contactId: contact.id });
    const result = await listCompanyDeals(company.id, loadGridState(companyDealsGrid, { "deals.pipeline": kept.id }));
    expect(result.rows.map((row) => row.id)).toEqual([deal.id]);
  });
});
