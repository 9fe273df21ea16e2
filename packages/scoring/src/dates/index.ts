export * from "./plain-date";
export * from "./plain-date-schema";
