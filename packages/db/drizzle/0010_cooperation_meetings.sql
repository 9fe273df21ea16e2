CREATE TYPE "public"."cooperation_meeting_status" AS ENUM('requested', 'accepted', 'declined', 'held', 'no-show');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('meeting-requested', 'meeting-accepted', 'meeting-declined', 'meeting-outcome', 'agreement-recorded');--> statement-breakpoint
CREATE TABLE "cooperation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_profile_id" uuid NOT NULL,
	"target_profile_id" uuid NOT NULL,
	"requester_cluster_id" uuid NOT NULL,
	"requester_organisation_id" uuid NOT NULL,
	"target_cluster_id" uuid NOT NULL,
	"target_organisation_id" uuid NOT NULL,
	"message" text NOT NULL,
	"proposed_times" timestamp with time zone[] NOT NULL,
	"chosen_time" timestamp with time zone,
	"status" "cooperation_meeting_status" DEFAULT 'requested' NOT NULL,
	"requested_by" uuid,
	"responded_at" timestamp with time zone,
	"outcome_at" timestamp with time zone,
	"agreement_type" "cooperation_partnership_type",
	"agreement_date" date,
	"agreement_note" text,
	"agreement_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_meetings_other_organisation" CHECK ("cooperation_meetings"."requester_organisation_id" <> "cooperation_meetings"."target_organisation_id"),
	CONSTRAINT "cooperation_meetings_times" CHECK (cardinality("cooperation_meetings"."proposed_times") between 1 and 3),
	CONSTRAINT "cooperation_meetings_chosen" CHECK (("cooperation_meetings"."status" in ('requested', 'declined')) = ("cooperation_meetings"."chosen_time" is null)),
	CONSTRAINT "cooperation_meetings_agreement" CHECK ("cooperation_meetings"."agreement_type" is null or "cooperation_meetings"."status" = 'held'),
	CONSTRAINT "cooperation_meetings_agreement_date" CHECK (("cooperation_meetings"."agreement_type" is null) = ("cooperation_meetings"."agreement_date" is null))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"subject" text NOT NULL,
	"link" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_requester_profile_id_cooperation_profiles_id_fk" FOREIGN KEY ("requester_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_target_profile_id_cooperation_profiles_id_fk" FOREIGN KEY ("target_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_meetings_requester_idx" ON "cooperation_meetings" USING btree ("requester_cluster_id","requester_organisation_id");--> statement-breakpoint
CREATE INDEX "cooperation_meetings_target_idx" ON "cooperation_meetings" USING btree ("target_cluster_id","target_organisation_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");