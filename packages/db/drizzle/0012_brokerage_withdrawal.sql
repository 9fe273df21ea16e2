ALTER TYPE "public"."notification_kind" ADD VALUE 'brokerage-withdrawn';--> statement-breakpoint
CREATE TABLE "brokerage_withdrawals" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"withdrawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD COLUMN "last_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD COLUMN "last_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "brokerage_withdrawals" ADD CONSTRAINT "brokerage_withdrawals_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_withdrawals" ADD CONSTRAINT "brokerage_withdrawals_session_id_brokerage_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."brokerage_sessions"("id") ON DELETE cascade ON UPDATE no action;