// A classification of code points that is costly to compute (a Unicode-class expression per code
// point) but asked for on every character of every post: each code point is classified on first
// sight and remembered — in a table for the BMP, in a bounded map beyond it. Used by the scans that
// replace Unicode-class expressions in hot loops (tone's shouting pre-check, grapheme counting).

/** Most distinct astral code points remembered; a text of many more must not grow the map without end. */
const MAX_ASTRAL = 4096;

export class CodePointClasses {
  /** The class of each BMP code point, 0 until first seen. */
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Map<number, number>();

  /** `classify` answers 1–255 (0 marks "not seen yet"). */
  constructor(private readonly classify: (codePoint: number) => number) {}

  of(codePoint: number): number {
    if (codePoint < 0x10000) return this.bmp[codePoint] || (this.bmp[codePoint] = this.classify(codePoint));
    let found = this.astral.get(codePoint);
    if (found === undefined) {
      found = this.classify(codePoint);
      if (this.astral.size >= MAX_ASTRAL) this.astral.clear();
      this.astral.set(codePoint, found);
    }
    return found;
  }
}
