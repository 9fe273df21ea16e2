export * from "./account";
export * from "./fields";
export * from "./messages";
export * from "./organisation";
