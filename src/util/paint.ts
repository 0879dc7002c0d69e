// Colour, decided once by the command from its output stream: chalk on a TTY (NO_COLOR and
// FORCE_COLOR respected), plain text otherwise. Views take a Paint and never touch chalk.
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
  gray(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
  inverse(text: string): string;
  strikethrough(text: string): string;
}

const identity = (text: string): string => text;

export const plainPaint: Paint = {
  red: identity,
  green: identity,
  yellow: identity,
  blue: identity,
  cyan: identity,
  magenta: identity,
  gray: identity,
  dim: identity,
  bold: identity,
  underline: identity,
  inverse: identity,
  strikethrough: identity,
};
