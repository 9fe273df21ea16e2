export * from "./composite-score";
export * from "./peer-groups";
export * from "./peer-input";
export * from "./peer-report";
export * from "./percentile-rank";
export * from "./quantiles";
export * from "./reference-pool";
export * from "./sorted-search";
