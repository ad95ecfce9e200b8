import * as React from "react";

import { cn } from "@/lib/utils";

/** The input's look (app/globals.css), shared with Textarea. */
export const inputClassName = "ui-input";

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        inputClassName,
        "file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}
