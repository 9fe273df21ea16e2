ALTER TYPE "public"."notification_kind" ADD VALUE 'interest-expressed';--> statement-breakpoint
CREATE TABLE "cooperation_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_profile_id" uuid NOT NULL,
	"to_profile_id" uuid NOT NULL,
	"from_cluster_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_cluster_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_interests_pair" UNIQUE("from_profile_id","to_profile_id"),
	CONSTRAINT "cooperation_interests_other_organisation" CHECK ("cooperation_interests"."from_organisation_id" <> "cooperation_interests"."to_organisation_id")
);
--> statement-breakpoint
CREATE TABLE "cluster_match_weights" (
	"cluster_id" uuid PRIMARY KEY NOT NULL,
	"topic" double precision NOT NULL,
	"text" double precision NOT NULL,
	"partnership" double precision NOT NULL,
	"geography" double precision NOT NULL,
	"actors" double precision NOT NULL,
	"reciprocity" double precision NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_match_weights_range" CHECK (least("cluster_match_weights"."topic", "cluster_match_weights"."text", "cluster_match_weights"."partnership", "cluster_match_weights"."geography", "cluster_match_weights"."actors", "cluster_match_weights"."reciprocity") >= 0
        and greatest("cluster_match_weights"."topic", "cluster_match_weights"."text", "cluster_match_weights"."partnership", "cluster_match_weights"."geography", "cluster_match_weights"."actors", "cluster_match_weights"."reciprocity") <= 1)
);
--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_from_profile_id_cooperation_profiles_id_fk" FOREIGN KEY ("from_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_to_profile_id_cooperation_profiles_id_fk" FOREIGN KEY ("to_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_match_weights" ADD CONSTRAINT "cluster_match_weights_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_match_weights" ADD CONSTRAINT "cluster_match_weights_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_interests_to_idx" ON "cooperation_interests" USING btree ("to_profile_id");