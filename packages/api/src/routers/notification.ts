import { countUnreadNotifications, listNotifications, markNotificationsRead } from "@clusterwerk/db";
import { id, pagination, searchTerm } from "@clusterwerk/validators";
import { z } from "zod";
import { createTRPCRouter, notFound, protectedProcedure } from "../trpc";

/** A person's own notifications in the portal (meeting requests and their answers, DOMAIN.md §5.4). */
export const notificationRouter = createTRPCRouter({
  /** Any signed-in user: their notifications, newest first. */
  list: protectedProcedure
    .input(z.object({ search: searchTerm, unreadOnly: z.boolean().optional(), ...pagination }))
    .query(({ ctx, input }) => listNotifications(ctx.db, { ...input, userId: ctx.userId })),

  /** Any signed-in user: how many of theirs are unread (the header's badge). */
  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.userId)),

  /** Any signed-in user: mark one of theirs read (another person's is NOT_FOUND), or all when no id is given. */
  markRead: protectedProcedure.input(z.object({ notificationId: id.optional() })).mutation(async ({ ctx, input }) => {
    const ids = input.notificationId ? [input.notificationId] : undefined;
    const changed = await markNotificationsRead(ctx.db, { userId: ctx.userId, ids });
    if (ids && changed === 0) throw notFound();
    return { changed };
  }),
});
