CREATE TYPE "public"."prospect_status" AS ENUM('new', 'contacted', 'converted');--> statement-breakpoint
CREATE TABLE "prospects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"import_key" varchar(320) NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"postal_code" varchar(12),
	"country" varchar(2) NOT NULL,
	"nace" text[] DEFAULT '{}'::text[] NOT NULL,
	"technology_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"employees" integer,
	"website" text,
	"lat" double precision,
	"lon" double precision,
	"geocoded_from" text,
	"status" "prospect_status" DEFAULT 'new' NOT NULL,
	"contacted_at" timestamp with time zone,
	"converted_organisation_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prospects_cluster_key" UNIQUE("cluster_id","import_key")
);
--> statement-breakpoint
ALTER TABLE "prospects" ADD CONSTRAINT "prospects_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospects" ADD CONSTRAINT "prospects_converted_organisation_id_organisations_id_fk" FOREIGN KEY ("converted_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prospects_cluster_status_idx" ON "prospects" USING btree ("cluster_id","status");