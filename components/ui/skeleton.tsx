import * as React from "react";

export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      className={className ? `ui-skeleton ${className}` : "ui-skeleton"}
      {...props}
    />
  );
}
