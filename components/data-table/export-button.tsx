import { SpriteIcon } from "@/components/ui/sprite-icon";
import { Button } from "@/components/ui/button";

/**
 * Plain download links to a CSV export route (whose query string is the grid's current state): the
 * visible columns, or every column, hidden ones too.
 */
export function ExportButton({ href }: { href: string }) {
  const all = `${href}${href.includes("?") ? "&" : "?"}columns=all`;
  return (
    <span className="inline-flex items-center gap-1">
      <Button asChild variant="outline" size="sm" className="h-8">
        <a href={href} download>
          <SpriteIcon name="Download" />
          Export CSV
        </a>
      </Button>
      <Button asChild variant="ghost" size="sm" className="h-8 px-2 text-muted-foreground">
        <a href={all} download>
          All columns
        </a>
      </Button>
    </span>
  );
}
