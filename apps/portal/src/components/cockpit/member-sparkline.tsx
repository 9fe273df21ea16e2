/** Width and height of the drawing in SVG units; it scales to the card's width. */
const WIDTH = 240;
const HEIGHT = 48;

/**
 * The members per month of the last 24 months (S7's series, DOMAIN.md §6.1) as a small line, drawn on the
 * server without script. One image with a name that says the first and last figure; the card states the
 * figures in text as well, so nothing is only in the picture.
 */
export function MemberSparkline({ counts, name }: { counts: readonly number[]; name: string }) {
  const highest = Math.max(1, ...counts);
  const step = counts.length > 1 ? WIDTH / (counts.length - 1) : 0;
  const points = counts.map((count, index) => `${(index * step).toFixed(1)},${(HEIGHT - 2 - (count / highest) * (HEIGHT - 4)).toFixed(1)}`);
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className="h-12 w-full"
      data-testid="members-sparkline"
    >
      <polyline points={points.join(" ")} fill="none" stroke="#1d4ed8" strokeWidth={2} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
