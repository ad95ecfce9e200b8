import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SpriteIcon } from "@/components/ui/sprite-icon";

/** What a 404 says, inside the console shell or on its own. */
export function NotFoundBody() {
  return (
    <div className="flex min-h-[60svh] flex-col items-center justify-center gap-4 p-6 text-center">
      <SpriteIcon name="SearchX" className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">404 — Not found</h1>
      <p className="max-w-md text-muted-foreground">That page or record does not exist (any more).</p>
      <Button asChild variant="outline">
        <Link href="/">Back to the overview</Link>
      </Button>
    </div>
  );
}
