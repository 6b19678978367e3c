/** Series colours, distinguishable for most colour vision (Okabe–Ito, with black last). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

/** The colour of series `index`. */
export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
