export * from "./domain";
export * from "./scheduling";
export * from "./benchmark";
export * from "./dates";
export * from "./matching";
