import { clsx, type ClassValue } from "clsx";

/**
 * Class names joined (clsx). No tailwind-merge: a primitive's base styles are component classes
 * (app/globals.css `@layer components`), so a caller's utilities win over them without merging;
 * two conflicting utilities in one element's list are a bug to fix where they are written.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
