"use client";

// The board's filters, kept in the URL (?owner=&from=&to=) so a filtered board can be shared and reloaded.
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectTriggerClassName } from "@/components/ui/select-trigger-style";
import type { BoardFilters as Filters } from "@/lib/crm/board/filters";

type BoardFiltersProps = { filters: Filters; owners: { id: string; name: string }[] };

export function BoardFilters({ filters, owners }: BoardFiltersProps) {
  const router = useRouter();
  const pathname = usePathname();

  function apply(form: FormData) {
    const params = new URLSearchParams();
    for (const key of ["owner", "from", "to"]) {
      const value = String(form.get(key) ?? "");
      if (value) params.set(key, value);
    }
    router.push(params.size ? `${pathname}?${params}` : pathname);
  }

  return (
    <form action={apply} className="flex flex-wrap items-end gap-3" aria-label="Board filters">
      <div className="grid gap-1">
        <Label htmlFor="board-owner">Owner</Label>
        <select id="board-owner" name="owner" defaultValue={filters.owner ?? ""} className={`${selectTriggerClassName} h-9`}>
          <option value="">Everyone</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="board-from">Closing from</Label>
        <Input id="board-from" name="from" type="date" defaultValue={filters.from ?? ""} className="w-40" />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="board-to">to</Label>
        <Input id="board-to" name="to" type="date" defaultValue={filters.to ?? ""} className="w-40" />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {(filters.owner || filters.from || filters.to) && (
        <Button type="button" variant="ghost" onClick={() => router.push(pathname)}>
          Clear
        </Button>
      )}
    </form>
  );
}
