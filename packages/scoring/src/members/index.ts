export * from "./member-growth";
export * from "./member-structure";
export * from "./membership-rows";
export * from "./regional-penetration";
export * from "./regional-reach";
export * from "./source-sentence";
export * from "./structure-indicators";
export * from "./interaction-indicators";
