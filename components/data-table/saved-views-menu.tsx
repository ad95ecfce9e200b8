"use client";
// The real saved-views popover (SavedViewsButton loads it). Views come from GET /api/saved-views;
// every change goes through the savedView actions, and opening a view swaps this grid's URL keys.
import { CheckIcon, PencilIcon, Trash2Icon, UsersIcon } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { toast } from "@/components/ui/toast";
import { gridParsers } from "@/lib/data-table/search-params";
import { gridUrlKey, type GridSpec } from "@/lib/data-table/spec";
import { createSavedView, deleteSavedView, updateSavedView } from "@/lib/saved-views/actions";
import type { SavedView } from "@/lib/saved-views/types";
import { SavedViewsTrigger, type SavedViewsMenuProps } from "./saved-views-button";

type ActionResult = { serverError?: string; validationErrors?: { fieldErrors?: Record<string, string[] | undefined> } };
const errorOf = (result: ActionResult) => result.serverError ?? Object.values(result.validationErrors?.fieldErrors ?? {}).flat()[0];

async function fetchViews(grid: string): Promise<SavedView[]> {
  const response = await fetch(`/api/saved-views?grid=${encodeURIComponent(grid)}`);
  if (!response.ok) throw new Error(String(response.status));
  return ((await response.json()) as { views: SavedView[] }).views;
}

/** The page's URL with this grid's keys replaced by a saved view's (other grids' keys stay). */
function viewHref(spec: GridSpec, pathname: string, current: URLSearchParams, query: string) {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(gridParsers(spec))) next.delete(gridUrlKey(spec, key));
  for (const [key, value] of new URLSearchParams(query)) next.set(gridUrlKey(spec, key), value);
  const search = next.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export default function SavedViewsMenu({ spec, queryString, defaultOpen }: SavedViewsMenuProps & LazyOverlayProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const router = useRouter();
  const grid = spec.urlPrefix ? `${pathname}#${spec.urlPrefix}` : pathname;
  const [open, setOpen] = useState(defaultOpen ?? false);
  const [views, setViews] = useState<SavedView[] | null>(null);
  const [loadError, setLoadError] = useState(false);

  // Bumped after every change, to fetch the list again.
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetchViews(grid).then(
      (list) => current && (setViews(list), setLoadError(false)),
      () => current && setLoadError(true),
    );
    return () => {
      current = false;
    };
  }, [open, grid, version]);

  async function run(action: Promise<ActionResult>, success: string) {
    const error = errorOf(await action);
    if (error) {
      toast.error(error);
      return false;
    }
    toast.success(success);
    reload();
    return true;
  }

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <SavedViewsTrigger aria-haspopup="dialog" />
      </PopoverTrigger>
      <PopoverContent align="end" className="w-80 space-y-3" aria-label="Saved views">
        <p className="text-sm font-medium">Saved views</p>
        {loadError ? (
          <p role="alert" className="text-sm text-destructive">
            The saved views could not be loaded. <button className="underline" onClick={reload}>Try again</button>
          </p>
        ) : views === null ? (
          <p className="text-sm text-muted-foreground">Loading…</p>
        ) : views.length === 0 ? (
          <p className="text-sm text-muted-foreground">No saved views for this grid yet.</p>
        ) : (
          <ul className="max-h-64 space-y-1 overflow-y-auto" aria-label="Views of this grid">
            {views.map((view) => (
              <SavedViewRow
                key={view.id}
                view={view}
                onOpen={() => {
                  setOpen(false);
                  router.push(viewHref(spec, pathname, new URLSearchParams(searchParams), view.query));
                }}
                onRename={(name, shared) => run(updateSavedView({ id: view.id, name, shared }), "View updated.")}
                onDelete={() => run(deleteSavedView({ id: view.id }), "View deleted.")}
              />
            ))}
          </ul>
        )}
        <SaveViewForm onSave={(name, shared) => run(createSavedView({ grid, name, query: queryString, shared }), "View saved.")} />
      </PopoverContent>
    </Popover>
  );
}

type RowProps = { view: SavedView; onOpen: () => void; onRename: (name: string, shared: boolean) => Promise<boolean>; onDelete: () => Promise<boolean> };

function SavedViewRow({ view, onOpen, onRename, onDelete }: RowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(view.name);
  const [shared, setShared] = useState(view.shared);
  const sharedId = useId();
  if (editing) {
    return (
      <li>
        <form
          className="space-y-2 rounded-md border p-2"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await onRename(name, shared)) setEditing(false);
          }}
        >
          <Input aria-label="View name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoFocus className="h-8" />
          <div className="flex items-center gap-2">
            <Checkbox id={sharedId} checked={shared} onCheckedChange={(c) => setShared(c === true)} />
            <Label htmlFor={sharedId} className="text-sm font-normal">Shared with all staff</Label>
            <Button type="submit" size="sm" className="ml-auto h-7">
              <CheckIcon aria-hidden /> Save
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="flex items-center gap-1">
      <Button variant="ghost" size="sm" className="h-8 min-w-0 flex-1 justify-start" onClick={onOpen}>
        <span className="truncate">{view.name}</span>
        {view.shared && <UsersIcon aria-label={view.mine ? "Shared" : `Shared by ${view.ownerName}`} className="text-muted-foreground" />}
      </Button>
      {view.canManage && (
        <>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Rename ${view.name}`} onClick={() => setEditing(true)}>
            <PencilIcon aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Delete ${view.name}`} onClick={() => void onDelete()}>
            <Trash2Icon aria-hidden />
          </Button>
        </>
      )}
    </li>
  );
}

function SaveViewForm({ onSave }: { onSave: (name: string, shared: boolean) => Promise<boolean> }) {
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const nameId = useId();
  const sharedId = useId();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onSave(name, shared)) {
      setName("");
      setShared(false);
    }
  }
  return (
    <form onSubmit={submit} className="space-y-2 border-t pt-3">
      <Label htmlFor={nameId}>Save the current view as</Label>
      <div className="flex gap-2">
        <Input id={nameId} value={name} maxLength={80} placeholder="e.g. Banned this week" onChange={(e) => setName(e.target.value)} className="h-8" />
        <Button type="submit" size="sm" className="h-8" disabled={name.trim() === ""}>
          Save
        </Button>
      </div>
      <div className="flex items-center gap-2">
        <Checkbox id={sharedId} checked={shared} onCheckedChange={(c) => setShared(c === true)} />
        <Label htmlFor={sharedId} className="text-sm font-normal">Share with all staff</Label>
      </div>
    </form>
  );
}
