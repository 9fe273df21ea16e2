export { seedDemo, seedIfEmpty, type SeedOptions, type SeedSummary } from "./seed-demo";
export { prepareDatabase } from "./prepare-database";
export { demoPasswordHash } from "./demo-password";
export { DEMO_PASSWORD, people as demoPeople, type DemoPerson, type DemoRole } from "./data/people";
export { SMART_INDUSTRIES_SLUG, clusters as demoClusters, type DemoCluster } from "./data/clusters";
export { organisations as smartIndustriesOrganisations, partnerOrganisations, type DemoOrganisation } from "./data/organisations";
