-- CreateTable
CREATE TABLE "EventSuggestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "organizerUrl" TEXT NOT NULL,
    "startsLocal" TEXT,
    "details" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "ipHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolutionNote" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL DEFAULT 'event',
    "organizer" TEXT NOT NULL DEFAULT '',
    "organizerKey" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT '',
    "audiences" TEXT NOT NULL DEFAULT '',
    "topics" TEXT NOT NULL DEFAULT '',
    "cost" TEXT NOT NULL DEFAULT 'unknown',
    "costNote" TEXT,
    "recurrence" TEXT,
    "startsLocal" TEXT,
    "timeZone" TEXT,
    "startsAt" DATETIME,
    "registrationUrl" TEXT,
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "sourceDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("audience", "createdAt", "description", "id", "organizer", "registrationUrl", "slug", "sourceUrl", "startsAt", "status", "title", "updatedAt", "version") SELECT "audience", "createdAt", "description", "id", "organizer", "registrationUrl", "slug", coalesce("sourceUrl", '') AS "sourceUrl", "startsAt", "status", "title", "updatedAt", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
CREATE INDEX "Event_status_kind_idx" ON "Event"("status", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EventSuggestion_status_createdAt_idx" ON "EventSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EventSuggestion_ipHash_createdAt_idx" ON "EventSuggestion"("ipHash", "createdAt");

