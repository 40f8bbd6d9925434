/**
 * How wide a label will print, without a DOM: the story is laid out as a string,
 * so the SVG charts place and fit their labels from font metrics. The story's
 * font stack (Helvetica Neue, Arial, Liberation Sans) shares Helvetica's widths
 * (Arial and Liberation Sans are metric-compatible with it; Helvetica Neue is a
 * little wider), so these are Helvetica's advance widths in 1/1000 em, with a
 * margin for Helvetica Neue and bold. Anything outside ASCII counts as wide.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** Latin letters with accents, currency signs, dashes: about an average letter. */
const NON_ASCII = 620;
/** Scripts drawn a full em wide (CJK and the like). */
const WIDE = 1000;
const SAFETY = 1.08;
const BOLD = 1.07;

/** Estimated printed width of `text` at `fontSize` (in the same unit as the font size). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += ASCII_WIDTHS[code - 32];
    else if (code === 0xa0 || code === 0x202f) units += 278;
    else units += code >= 0x2e80 ? WIDE : NON_ASCII;
  }
  return (units / 1000) * fontSize * SAFETY * (bold ? BOLD : 1);
}
