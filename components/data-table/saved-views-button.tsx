"use client";
// "Views": the grid's saved views (open, save the current state, rename, share, delete). The
// trigger and props are shared by the stand-in and the real menu, which loads on first use.
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { Button, type ButtonProps } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import type { GridSpec } from "@/lib/data-table/spec";

export type SavedViewsMenuProps = { spec: GridSpec; /** The grid's state as "?…" under plain keys. */ queryString: string };

export function SavedViewsTrigger(props: ButtonProps) {
  return (
    <Button variant="outline" size="sm" className="h-8" {...props}>
      <SpriteIcon name="Bookmark" />
      Views
    </Button>
  );
}

const LazySavedViewsMenu = lazyOverlay<SavedViewsMenuProps>(() => import("./saved-views-menu"));

export function SavedViewsButton(props: SavedViewsMenuProps) {
  return <LazySavedViewsMenu {...props} standIn={(handlers) => <SavedViewsTrigger aria-haspopup="dialog" aria-expanded={false} {...handlers} />} />;
}
