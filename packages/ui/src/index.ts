export * from "./button";
export * from "./field";
export * from "./surfaces";
export * from "./data-table";
export * from "./list-filters";
export * from "./plain-table";
export * from "./target-size";
