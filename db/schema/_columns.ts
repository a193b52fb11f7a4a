import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every table gets a UUID key and created/updated timestamps (updatedAt maintained by drizzle). */
export const id = () => uuid().primaryKey().defaultRandom();
export const timestamps = {
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};
