import localFont from "next/font/local";

/** Inter (variable weight, latin subset), self-hosted: exposes the CSS variable `--font-sans`. */
export const fontSans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-sans",
});
