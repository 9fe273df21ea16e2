export * from "./account";
export * from "./errors";
export * from "./fields";
export * from "./list";
export * from "./messages";
export * from "./organisation";
export * from "./text";
