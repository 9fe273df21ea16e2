export * from "./consent-purposes";
export * from "./cooperation";
export * from "./labels";
export * from "./member-categories";
export * from "./need-categories";
export * from "./sector-fields";
export * from "./needs-services-events";
