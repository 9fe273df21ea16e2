/**
 * WCAG 2.2 target size (minimum, 2.5.8): a link that stands on its own, not inside running text, is at least
 * 24 CSS px high. A bare link in small text (`text-sm`) is only as high as its font (16 px) and passed
 * Lighthouse's `target-size` audit only through the spacing exception.
 */

/** For one link that stands on its own (a list of downloads, a link beside a button). */
export const linkTarget = "inline-flex min-h-6 min-w-6 items-center";

/**
 * For a `<table>`: every link that is a direct child of a cell (the usual "name links to the record" cell and
 * `DataTable`'s sort links) becomes 24 px high. The 2 px negative margins above and below keep the line, and so
 * the row, as high as before. Links inside a paragraph in a cell are running text and keep flowing with it.
 */
export const tableLinkTargets =
  "[&_:is(td,th)>a]:inline-flex [&_:is(td,th)>a]:min-h-6 [&_:is(td,th)>a]:items-center [&_:is(td,th)>a]:-my-0.5";
