CREATE TABLE "console_saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"grid" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "console_saved_views_owner_grid_name" UNIQUE("owner_id","grid","name"),
	CONSTRAINT "console_saved_views_name_check" CHECK (length("console_saved_views"."name") between 1 and 80)
);
--> statement-breakpoint
ALTER TABLE "console_saved_views" ADD CONSTRAINT "console_saved_views_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_console_saved_view_grid_shared" ON "console_saved_views" USING btree ("grid") WHERE "console_saved_views"."shared";