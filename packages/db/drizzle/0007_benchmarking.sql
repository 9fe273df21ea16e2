CREATE TYPE "public"."benchmarking_status" AS ENUM('draft', 'submitted', 'under_review', 'finalised');--> statement-breakpoint
CREATE TYPE "public"."indicator_value_origin" AS ENUM('derived', 'reported');--> statement-breakpoint
CREATE TYPE "public"."label_award_status" AS ENUM('awarded', 'awaiting_confirmation', 'superseded', 'expired');--> statement-breakpoint
CREATE TYPE "public"."label_level" AS ENUM('bronze', 'silver', 'gold');--> statement-breakpoint
CREATE TABLE "benchmarking_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benchmarking_id" uuid NOT NULL,
	"indicator_id" varchar(4) NOT NULL,
	"filename" text NOT NULL,
	"media_type" varchar(100) NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmarking_evidence_indicator" CHECK (indicator_id in ('S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'F1', 'F2', 'F3', 'F4', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'R1', 'R2', 'R3', 'R4')),
	CONSTRAINT "benchmarking_evidence_media_type" CHECK (media_type in ('application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')),
	CONSTRAINT "benchmarking_evidence_size" CHECK (size_bytes between 1 and 10485760 and octet_length(content) = size_bytes)
);
--> statement-breakpoint
CREATE TABLE "benchmarking_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benchmarking_id" uuid NOT NULL,
	"indicator_id" varchar(4) NOT NULL,
	"origin" "indicator_value_origin" NOT NULL,
	"value" double precision,
	"source_de" text,
	"source_en" text,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"previous_value" double precision,
	"correction_note" text,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone,
	CONSTRAINT "benchmarking_values_once" UNIQUE("benchmarking_id","indicator_id"),
	CONSTRAINT "benchmarking_values_indicator" CHECK (indicator_id in ('S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'F1', 'F2', 'F3', 'F4', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'R1', 'R2', 'R3', 'R4')),
	CONSTRAINT "benchmarking_values_range" CHECK (value is null or case indicator_id when 'S1' then value >= 0 when 'S2' then value between 0 and 9 when 'S3' then value between 0 and 100 when 'S4' then value between 0 and 100 when 'S5' then value between 0 and 100 when 'S6' then value between 0 and 100 when 'S7' then value >= -100 when 'S8' then value between 0 and 100 when 'M1' then value >= 0 when 'M2' then value >= 0 when 'M3' then value >= 0 when 'M4' then value >= 0 when 'M5' then value >= 0 when 'M6' then value between 0 and 4 when 'M7' then value >= 0 when 'M8' then value in (0, 1) when 'F1' then value >= 0 when 'F2' then value between 0 and 100 when 'F3' then value between 0 and 100 when 'F4' then value >= 0 when 'V1' then value between 0 and 13 when 'V2' then value between 0 and 100 when 'V3' then value between 1 and 5 when 'V4' then value >= 0 when 'V5' then value >= 0 when 'V6' then value between 0 and 2 when 'I1' then value >= 0 when 'I2' then value >= 0 when 'I3' then value between 0 and 100 when 'I4' then value >= 0 when 'I5' then value >= 0 when 'I6' then value between 0 and 5 when 'R1' then value >= 0 when 'R2' then value >= 0 when 'R3' then value >= 0 when 'R4' then value >= 0 else false end),
	CONSTRAINT "benchmarking_values_correction" CHECK (("benchmarking_values"."corrected_at" is null and "benchmarking_values"."correction_note" is null) or ("benchmarking_values"."corrected_at" is not null and length(trim("benchmarking_values"."correction_note")) > 0))
);
--> statement-breakpoint
CREATE TABLE "benchmarkings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"benchmark_date" date NOT NULL,
	"catalogue_version" varchar(40) NOT NULL,
	"status" "benchmarking_status" DEFAULT 'draft' NOT NULL,
	"validated_improvements" varchar(4)[] DEFAULT '{}'::varchar[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_started_at" timestamp with time zone,
	"finalised_by" uuid,
	"finalised_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmarkings_cluster_date" UNIQUE("cluster_id","benchmark_date"),
	CONSTRAINT "benchmarkings_submitted" CHECK ("benchmarkings"."status" = 'draft' or "benchmarkings"."submitted_at" is not null),
	CONSTRAINT "benchmarkings_under_review" CHECK ("benchmarkings"."status" not in ('under_review', 'finalised') or "benchmarkings"."review_started_at" is not null),
	CONSTRAINT "benchmarkings_finalised" CHECK (("benchmarkings"."status" = 'finalised') = ("benchmarkings"."finalised_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "reference_benchmarkings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_key" varchar(200) NOT NULL,
	"cluster_name" text NOT NULL,
	"country" varchar(2) NOT NULL,
	"sector_field" text NOT NULL,
	"benchmark_date" date NOT NULL,
	"values" jsonb NOT NULL,
	"labels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"catalogue_version" varchar(40) NOT NULL,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_benchmarkings_importKey_unique" UNIQUE("import_key"),
	CONSTRAINT "reference_benchmarkings_sector" CHECK (sector_field in ('Food industry', 'Biotechnology', 'Health and medical science', 'Construction', 'Sports, leisure and tourism', 'Energy and environment', 'New materials and chemistry', 'Creative industries', 'Production and engineering', 'Aviation and space', 'ICT', 'Transportation and mobility', 'Other')),
	CONSTRAINT "reference_benchmarkings_country" CHECK ("reference_benchmarkings"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "label_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"benchmarking_id" uuid NOT NULL,
	"level" "label_level" NOT NULL,
	"rationale" text NOT NULL,
	"awarded_by" uuid NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" "label_award_status" NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"superseded_by_id" uuid,
	"certificate_number" varchar(40),
	"expiry_reminder_sent_at" timestamp with time zone,
	CONSTRAINT "label_awards_certificateNumber_unique" UNIQUE("certificate_number"),
	CONSTRAINT "label_awards_rationale" CHECK (length(trim("label_awards"."rationale")) > 0),
	CONSTRAINT "label_awards_validity" CHECK ("label_awards"."valid_until" >= "label_awards"."valid_from"),
	CONSTRAINT "label_awards_second_assessor" CHECK ("label_awards"."confirmed_by" is null or "label_awards"."confirmed_by" <> "label_awards"."awarded_by"),
	CONSTRAINT "label_awards_confirmation" CHECK (("label_awards"."confirmed_by" is null) = ("label_awards"."confirmed_at" is null)),
	CONSTRAINT "label_awards_gold_confirmed" CHECK ("label_awards"."level" <> 'gold' or "label_awards"."status" in ('awaiting_confirmation', 'superseded') or "label_awards"."confirmed_by" is not null),
	CONSTRAINT "label_awards_superseded" CHECK (("label_awards"."status" = 'superseded') = ("label_awards"."superseded_by_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "benchmarking_evidence" ADD CONSTRAINT "benchmarking_evidence_benchmarking_id_benchmarkings_id_fk" FOREIGN KEY ("benchmarking_id") REFERENCES "public"."benchmarkings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking_evidence" ADD CONSTRAINT "benchmarking_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking_values" ADD CONSTRAINT "benchmarking_values_benchmarking_id_benchmarkings_id_fk" FOREIGN KEY ("benchmarking_id") REFERENCES "public"."benchmarkings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking_values" ADD CONSTRAINT "benchmarking_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking_values" ADD CONSTRAINT "benchmarking_values_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarkings" ADD CONSTRAINT "benchmarkings_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarkings" ADD CONSTRAINT "benchmarkings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarkings" ADD CONSTRAINT "benchmarkings_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarkings" ADD CONSTRAINT "benchmarkings_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarkings" ADD CONSTRAINT "benchmarkings_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_benchmarkings" ADD CONSTRAINT "reference_benchmarkings_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_awards" ADD CONSTRAINT "label_awards_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_awards" ADD CONSTRAINT "label_awards_benchmarking_id_benchmarkings_id_fk" FOREIGN KEY ("benchmarking_id") REFERENCES "public"."benchmarkings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_awards" ADD CONSTRAINT "label_awards_awarded_by_users_id_fk" FOREIGN KEY ("awarded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_awards" ADD CONSTRAINT "label_awards_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_awards" ADD CONSTRAINT "label_awards_superseded_by_id_label_awards_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."label_awards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmarking_evidence_benchmarking_idx" ON "benchmarking_evidence" USING btree ("benchmarking_id","indicator_id");--> statement-breakpoint
CREATE INDEX "benchmarkings_status_idx" ON "benchmarkings" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "reference_benchmarkings_country_sector_idx" ON "reference_benchmarkings" USING btree ("country","sector_field");--> statement-breakpoint
CREATE INDEX "label_awards_cluster_idx" ON "label_awards" USING btree ("cluster_id","valid_until");--> statement-breakpoint
CREATE INDEX "label_awards_status_idx" ON "label_awards" USING btree ("status","level");