/** A restore that would overwrite data without `--force`; its message tells the operator what to do. */
export class RestoreRefused extends Error {
  constructor(what: string) {
    super(
      `${what} is not empty; restoring would overwrite it. Stop the portal and run the restore again with --force to replace its contents.`,
    );
    this.name = "RestoreRefused";
  }
}
