-- Hand-written (docs/DATA-RIGHTS.md, consent ledger): the ledger starts with each consent's current state,
-- dated when it was last set, so consents given before the ledger existed are on it too.
INSERT INTO "consent_changes" ("organisation_id", "purpose", "granted", "changed_by", "at")
SELECT "organisation_id", "purpose", "granted", "updated_by", "updated_at" FROM "consents";
