import type { ReactNode } from "react";
import { Link } from "~/i18n/navigation";

/**
 * One card of the manager's overview: a heading, the figure, what it means, and a link to the page with
 * the details (named by the card's heading for screen readers, since every card has one).
 */
export function CockpitCard({
  id,
  title,
  href,
  linkText,
  children,
}: {
  id: string;
  title: string;
  href: string;
  linkText: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid={`cockpit-${id}`}
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-2 flex-1 space-y-2 text-sm text-slate-700">{children}</div>
      <Link href={href} className="mt-4 inline-block text-sm font-medium text-brand-800 underline">
        {linkText}
        <span className="sr-only">: {title}</span>
      </Link>
    </section>
  );
}

/** The big number of a card. */
export function CockpitFigure({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid={testId}>
      {children}
    </p>
  );
}
