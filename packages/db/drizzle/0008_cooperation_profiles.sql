CREATE TYPE "public"."cooperation_partnership_type" AS ENUM('commercial-agency', 'distribution', 'manufacturing-agreement', 'subcontracting', 'joint-venture', 'licence-agreement', 'technical-cooperation', 'research-cooperation', 'financial-agreement');--> statement-breakpoint
CREATE TYPE "public"."cooperation_profile_language" AS ENUM('de', 'en');--> statement-breakpoint
CREATE TYPE "public"."cooperation_profile_reach" AS ENUM('my-cluster', 'partner-clusters', 'all-clusters');--> statement-breakpoint
CREATE TYPE "public"."cooperation_profile_status" AS ENUM('draft', 'published', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cooperation_profile_type" AS ENUM('BO', 'BR', 'TO', 'TR', 'RD');--> statement-breakpoint
CREATE TABLE "cooperation_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" "cooperation_profile_type" NOT NULL,
	"language" "cooperation_profile_language" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"technology_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"nace" text[] DEFAULT '{}'::text[] NOT NULL,
	"partnership_types" "cooperation_partnership_type"[] DEFAULT '{}' NOT NULL,
	"reach" "cooperation_profile_reach" DEFAULT 'my-cluster' NOT NULL,
	"valid_until" date NOT NULL,
	"status" "cooperation_profile_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"expiry_reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_profiles_title" CHECK (length("cooperation_profiles"."title") > 0)
);
--> statement-breakpoint
ALTER TABLE "cooperation_profiles" ADD CONSTRAINT "cooperation_profiles_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_profiles" ADD CONSTRAINT "cooperation_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_profiles" ADD CONSTRAINT "cooperation_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_profiles_cluster_idx" ON "cooperation_profiles" USING btree ("cluster_id","status");--> statement-breakpoint
CREATE INDEX "cooperation_profiles_organisation_idx" ON "cooperation_profiles" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "cooperation_profiles_updated_idx" ON "cooperation_profiles" USING btree ("updated_at");