import * as React from "react";
import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

// The styles are classes in app/globals.css (.ui-btn…), not utility lists: a button repeated on
// every grid row then costs a few bytes. A caller's utility classes win over them.
export const buttonVariants = cva("ui-btn", {
  variants: {
    variant: {
      default: "ui-btn-default",
      destructive: "ui-btn-destructive",
      outline: "ui-btn-outline",
      secondary: "ui-btn-secondary",
      ghost: "ui-btn-ghost",
      link: "ui-btn-link",
    },
    size: { default: "ui-btn-md", sm: "ui-btn-sm", lg: "ui-btn-lg", icon: "ui-btn-icon" },
  },
  defaultVariants: { variant: "default", size: "default" },
});

export type ButtonProps = React.ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child element (e.g. a `<Link>`) with the button's styles and props. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
