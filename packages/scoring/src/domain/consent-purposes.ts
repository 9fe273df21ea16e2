/**
 * What an organisation can consent to, each separately (PRODUCT.md capability 9): being listed in its
 * clusters' member directories, taking part in matchmaking, and sharing its profile with other clusters.
 * No consent recorded means not consented.
 */
export const consentPurposes = ["directory", "matchmaking", "cross-cluster"] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
