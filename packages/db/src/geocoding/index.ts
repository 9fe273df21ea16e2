export * from "./geocode";
export * from "./place-index";
