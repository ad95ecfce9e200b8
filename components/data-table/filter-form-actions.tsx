import { Button } from "@/components/ui/button";

/** The foot of a filter form: Clear drops this filter, Apply submits the form. */
export function FilterFormActions({ onClear }: { onClear: () => void }) {
  return (
    <div className="flex justify-end gap-2">
      <Button type="button" variant="ghost" size="sm" onClick={onClear}>
        Clear
      </Button>
      <Button type="submit" size="sm">
        Apply
      </Button>
    </div>
  );
}
