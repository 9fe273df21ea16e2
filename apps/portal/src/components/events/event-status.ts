/** Badge tones of an event's status, shared by the managers' list and event page. */
export const eventStatusTone = { draft: "amber", published: "green", cancelled: "slate" } as const;

/** Badge tones of a registration's status. */
export const registrationTone = { registered: "green", waitlisted: "amber", cancelled: "slate" } as const;
