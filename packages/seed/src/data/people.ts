/**
 * Demo accounts, one per role (DOMAIN.md §1 "People and roles"). Cluster and organisation references are
 * slugs from clusters.ts and organisations.ts. All persons are fictitious.
 */

export type DemoRole =
  | { kind: "admin" }
  | { kind: "assessor" }
  | { kind: "manager"; cluster: string }
  | { kind: "member"; cluster: string; organisation: string };

export interface DemoPerson {
  email: string;
  name: string;
  roles: readonly DemoRole[];
}

/** Password of every demo account. For demo data only — never use it for a real deployment. */
export const DEMO_PASSWORD = "Clusterwerk-Demo-2026";

export const people: readonly DemoPerson[] = [
  { email: "admin@clusterwerk.example", name: "Jana Winterberg", roles: [{ kind: "admin" }] },
  { email: "assessor@clusterwerk.example", name: "Dr. Thomas Brenner", roles: [{ kind: "assessor" }] },
  { email: "assessor2@clusterwerk.example", name: "Miriam Okafor", roles: [{ kind: "assessor" }] },
  {
    email: "manager@smart-industries.example",
    name: "Katrin Lehmann",
    roles: [{ kind: "manager", cluster: "smart-industries" }],
  },
  {
    email: "manager@neckarmobil.example",
    name: "Florian Maier",
    roles: [{ kind: "manager", cluster: "neckarmobil" }],
  },
  // Contact person of the first SME of Smart Industries.
  {
    email: "member@kurpfalz-sensorik.example",
    name: "Stefan Hoffmann",
    roles: [{ kind: "member", cluster: "smart-industries", organisation: "kurpfalz-sensorik" }],
  },
  {
    email: "aylin.demir@kurpfalz-robotics.example",
    name: "Aylin Demir",
    roles: [{ kind: "member", cluster: "smart-industries", organisation: "kurpfalz-robotics" }],
  },
  {
    email: "lukas.schneider@ipda-mannheim.example",
    name: "Dr. Lukas Schneider",
    roles: [{ kind: "member", cluster: "smart-industries", organisation: "institut-produktionsdatenanalyse-mannheim" }],
  },
  // Contact person of an organisation that is a member of two clusters (exercises the cluster switcher).
  {
    email: "sophie.wagner@esslinger-batteriesysteme.example",
    name: "Sophie Wagner",
    roles: [
      { kind: "member", cluster: "smart-industries", organisation: "esslinger-batteriesysteme" },
      { kind: "member", cluster: "neckarmobil", organisation: "esslinger-batteriesysteme" },
    ],
  },
];
