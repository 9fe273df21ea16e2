import { authenticate, expect, test } from "../../fixtures/test";

test("a contact person of two organisations picks the one they act for, and the members' pages follow the choice", async ({
  page,
  world,
}) => {
  const { cluster } = await world.cluster();
  const first = await world.organisation({ clusters: [cluster], name: `Aalener Antriebe ${Date.now()}` });
  const second = await world.organisation({ clusters: [cluster], name: `Zollerner Zerspanung ${Date.now()}` });
  const person = await world.account({
    roles: [
      { kind: "member", clusterId: cluster.id, organisationId: first.id },
      { kind: "member", clusterId: cluster.id, organisationId: second.id },
    ],
  });
  await authenticate(page, person);
  await page.goto(`/de/c/${cluster.slug}/needs`);
  // Without a choice the first by name acts; the picker says so.
  const switcher = page.getByLabel("Handeln für");
  await expect(switcher).toHaveValue(first.id);
  await expect(page.getByText(`Was ${first.name} in ${cluster.name} braucht`)).toBeVisible();

  await switcher.selectOption({ label: second.name });
  await expect(page.getByText(`Was ${second.name} in ${cluster.name} braucht`)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Meine Organisation" })).toHaveAttribute("href", `/de/organisation/${second.id}`);

  // The choice stays after a reload and on the organisation's own page.
  await page.reload();
  await expect(page.getByLabel("Handeln für")).toHaveValue(second.id);
  await nav.getByRole("link", { name: "Meine Organisation" }).click();
  await expect(page.getByText(`So erscheint ${second.name} im Verzeichnis`)).toBeVisible();
});
