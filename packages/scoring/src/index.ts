export * from "./domain";
export * from "./scheduling";
