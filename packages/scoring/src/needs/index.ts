export * from "./coverage";
export * from "./demand";
export * from "./demand-trend";
export * from "./needs-rows";
export * from "./planner";
export * from "./response-rate";
export * from "./size-classes";
