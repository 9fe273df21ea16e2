CREATE TYPE "public"."meeting_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."unplaced_reason" AS ENUM('no-common-slot', 'capacity', 'conflict');--> statement-breakpoint
CREATE TABLE "brokerage_availability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "brokerage_availability_period" CHECK ("brokerage_availability"."ends_at" > "brokerage_availability"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "brokerage_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"a_registration_id" uuid NOT NULL,
	"b_registration_id" uuid NOT NULL,
	"mutual" boolean DEFAULT false NOT NULL,
	"slot" integer,
	"table_number" integer,
	"locked" boolean DEFAULT false NOT NULL,
	"reason" "unplaced_reason",
	"sequence" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_meetings_pair" UNIQUE("session_id","a_registration_id","b_registration_id"),
	CONSTRAINT "brokerage_meetings_ordered" CHECK ("brokerage_meetings"."a_registration_id" < "brokerage_meetings"."b_registration_id"),
	CONSTRAINT "brokerage_meetings_place" CHECK (("brokerage_meetings"."slot" is null) = ("brokerage_meetings"."table_number" is null) and ("brokerage_meetings"."slot" is null or "brokerage_meetings"."slot" >= 0)),
	CONSTRAINT "brokerage_meetings_table" CHECK ("brokerage_meetings"."table_number" is null or "brokerage_meetings"."table_number" >= 1),
	CONSTRAINT "brokerage_meetings_lock" CHECK (not "brokerage_meetings"."locked" or "brokerage_meetings"."slot" is not null)
);
--> statement-breakpoint
CREATE TABLE "brokerage_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"from_registration_id" uuid NOT NULL,
	"to_registration_id" uuid NOT NULL,
	"message" text,
	"priority" integer DEFAULT 2 NOT NULL,
	"status" "meeting_request_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "brokerage_requests_once" UNIQUE("session_id","from_registration_id","to_registration_id"),
	CONSTRAINT "brokerage_requests_not_self" CHECK ("brokerage_requests"."from_registration_id" <> "brokerage_requests"."to_registration_id"),
	CONSTRAINT "brokerage_requests_priority" CHECK ("brokerage_requests"."priority" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "brokerage_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ran_by" uuid,
	"placed" integer NOT NULL,
	"unplaced" integer NOT NULL,
	"upper_bound" integer NOT NULL,
	"method" text NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brokerage_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slot_minutes" integer NOT NULL,
	"tables" integer NOT NULL,
	"request_deadline" timestamp with time zone,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_sessions_eventId_unique" UNIQUE("event_id"),
	CONSTRAINT "brokerage_sessions_period" CHECK ("brokerage_sessions"."ends_at" > "brokerage_sessions"."starts_at"),
	CONSTRAINT "brokerage_sessions_slot" CHECK ("brokerage_sessions"."slot_minutes" between 5 and 240),
	CONSTRAINT "brokerage_sessions_tables" CHECK ("brokerage_sessions"."tables" between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "brokerage_availability" ADD CONSTRAINT "brokerage_availability_session_id_brokerage_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."brokerage_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_availability" ADD CONSTRAINT "brokerage_availability_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_session_id_brokerage_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."brokerage_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_a_registration_id_event_registrations_id_fk" FOREIGN KEY ("a_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_b_registration_id_event_registrations_id_fk" FOREIGN KEY ("b_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_requests" ADD CONSTRAINT "brokerage_requests_session_id_brokerage_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."brokerage_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_requests" ADD CONSTRAINT "brokerage_requests_from_registration_id_event_registrations_id_fk" FOREIGN KEY ("from_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_requests" ADD CONSTRAINT "brokerage_requests_to_registration_id_event_registrations_id_fk" FOREIGN KEY ("to_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_runs" ADD CONSTRAINT "brokerage_runs_session_id_brokerage_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."brokerage_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_runs" ADD CONSTRAINT "brokerage_runs_ran_by_users_id_fk" FOREIGN KEY ("ran_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_sessions" ADD CONSTRAINT "brokerage_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brokerage_availability_participant_idx" ON "brokerage_availability" USING btree ("session_id","registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_meetings_table_once" ON "brokerage_meetings" USING btree ("session_id","slot","table_number") WHERE "brokerage_meetings"."slot" is not null;--> statement-breakpoint
CREATE INDEX "brokerage_requests_to_idx" ON "brokerage_requests" USING btree ("to_registration_id");--> statement-breakpoint
CREATE INDEX "brokerage_runs_session_idx" ON "brokerage_runs" USING btree ("session_id","ran_at");