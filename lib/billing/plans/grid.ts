import { defineGrid } from "@/lib/data-table/spec";

export const plansGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "slug", header: "Slug", sortable: true },
    { id: "price", header: "Price / month", sortable: true, filter: { kind: "number" } },
    { id: "credits", header: "Monthly credits", sortable: true },
    { id: "polarProduct", header: "Polar product" },
    { id: "subscriptions", header: "Subscriptions" },
  ],
  defaultSort: { id: "price", desc: false },
  paging: { mode: "offset" },
  search: { placeholder: "Search name, slug or Polar product…" },
});
