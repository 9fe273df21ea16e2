/** The badge colour of each service status (DOMAIN.md §3 idea → planned → active → retired). */
export const serviceStatusTone = { idea: "slate", planned: "amber", active: "green", retired: "red" } as const;
