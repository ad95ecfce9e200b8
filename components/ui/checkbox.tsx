"use client";

import * as React from "react";

type CheckboxProps = Omit<React.ComponentProps<"input">, "type" | "checked" | "onChange"> & {
  /** `"indeterminate"` shows a dash (e.g. "some rows selected"). */
  checked?: boolean | "indeterminate";
  onCheckedChange?: (checked: boolean) => void;
};

/** A native checkbox drawn by `.ui-checkbox` (app/globals.css); indeterminate is a DOM property, set here. */
export function Checkbox({ className, checked = false, onCheckedChange, ref, ...props }: CheckboxProps) {
  const indeterminate = checked === "indeterminate";
  const setInput = React.useCallback(
    (input: HTMLInputElement | null) => {
      if (input) input.indeterminate = indeterminate;
      if (typeof ref === "function") return ref(input);
      if (ref) ref.current = input;
    },
    [indeterminate, ref],
  );
  return (
    <input
      type="checkbox"
      ref={setInput}
      className={className ? `peer ui-checkbox ${className}` : "peer ui-checkbox"}
      checked={checked === true}
      onChange={(event) => onCheckedChange?.(event.target.checked)}
      {...props}
    />
  );
}
