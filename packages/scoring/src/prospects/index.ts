export * from "./cluster-focus";
export * from "./growth-potential";
export * from "./prospect-relevance";
