"use client";

// A field that points at a row of another table: a popover with a server-side search (debounced,
// top N rows only) instead of a dropdown of the whole table. Keyboard: Enter/Space opens, type to
// search, arrows move, Enter picks, Escape closes.
import { CheckIcon, ChevronsUpDownIcon, XIcon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import type { FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Command, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Spinner } from "@/components/ui/spinner";
import type { RelationOption } from "@/lib/forms/relation-option";
import { cn } from "@/lib/utils";
import { FieldShell, useField, type FieldProps } from "./field";

type RelationPickerProps<Input extends FieldValues, Output> = FieldProps<Input, Output, string | null | undefined> & {
  /** A server action returning the best few matches (say 20) for what was typed; "" means "the first few". */
  search: (query: string) => Promise<RelationOption[]>;
  /** The label of the value the form starts with (edit forms), so the id never shows. */
  initialLabel?: string;
  placeholder?: string;
};

const DEBOUNCE_MS = 250;

export function RelationPicker<Input extends FieldValues, Output>({
  search,
  initialLabel,
  placeholder = "Choose…",
  ...props
}: RelationPickerProps<Input, Output>) {
  const { field, shell } = useField(props);
  const value = field.value as string | null | undefined; // `name` only accepts such fields
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<RelationOption[]>([]);
  const [status, setStatus] = useState<"idle" | "searching" | "failed">("idle");
  const [picked, setPicked] = useState<RelationOption | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestRequest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function runSearch(text: string) {
    const request = ++latestRequest.current;
    setStatus("searching");
    try {
      const found = await search(text.trim());
      if (request !== latestRequest.current) return; // a newer search is under way
      setOptions(found);
      setStatus("idle");
    } catch {
      if (request === latestRequest.current) setStatus("failed");
    }
  }

  function changeQuery(text: string) {
    setQuery(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => runSearch(text), DEBOUNCE_MS);
  }

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next) {
      setQuery("");
      void runSearch("");
    } else {
      clearTimeout(timer.current);
      field.onBlur();
    }
  }

  function choose(option: RelationOption | null) {
    setPicked(option);
    field.onChange(option?.value ?? null);
    changeOpen(false);
  }

  const message =
    status === "failed"
      ? "The search failed. Try again."
      : options.length > 0
        ? null
        : status === "searching"
          ? "Searching…"
          : "Nothing found.";
  const shownLabel = value ? (picked?.value === value ? picked.label : (initialLabel ?? value)) : null;

  return (
    <FieldShell {...shell}>
      {(aria) => (
        <Popover open={open} onOpenChange={changeOpen}>
          <PopoverTrigger asChild>
            <Button
              {...aria}
              ref={field.ref}
              type="button"
              variant="outline"
              role="combobox"
              disabled={field.disabled}
              className={cn("w-full justify-between font-normal aria-invalid:border-destructive", !shownLabel && "text-muted-foreground")}
            >
              <span className="truncate">{shownLabel ?? placeholder}</span>
              <ChevronsUpDownIcon className="opacity-50" aria-hidden />
            </Button>
          </PopoverTrigger>
          <PopoverContent align="start" className="w-(--radix-popover-trigger-width) min-w-64 p-0">
            {/* The server already filtered: cmdk must not filter again. */}
            <Command shouldFilter={false}>
              <CommandInput value={query} onValueChange={changeQuery} placeholder="Type to search…" aria-label={`Search ${shell.label}`} />
              <CommandList aria-busy={status === "searching"}>
                {message && (
                  <p className="flex items-center justify-center gap-2 py-6 text-sm text-muted-foreground">
                    {status === "searching" && <Spinner />}
                    {message}
                  </p>
                )}
                <CommandGroup>
                  {options.map((option) => (
                    <CommandItem key={option.value} value={option.value} onSelect={() => choose(option)}>
                      <CheckIcon className={cn(option.value !== value && "invisible")} aria-hidden />
                      <span className="grid">
                        <span className="truncate">{option.label}</span>
                        {option.description && (
                          <span className="truncate text-xs text-muted-foreground">{option.description}</span>
                        )}
                      </span>
                    </CommandItem>
                  ))}
                </CommandGroup>
                {value && (
                  <CommandGroup>
                    <CommandItem value="__clear__" onSelect={() => choose(null)}>
                      <XIcon aria-hidden /> Clear
                    </CommandItem>
                  </CommandGroup>
                )}
              </CommandList>
            </Command>
          </PopoverContent>
        </Popover>
      )}
    </FieldShell>
  );
}
