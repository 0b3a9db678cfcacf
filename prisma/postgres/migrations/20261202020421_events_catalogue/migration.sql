-- AlterTable
ALTER TABLE "Event" DROP COLUMN "endsAt",
ADD COLUMN     "audiences" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "cost" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "costNote" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'event',
ADD COLUMN     "organizerKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recurrence" TEXT,
ADD COLUMN     "sourceDate" TEXT,
ADD COLUMN     "startsLocal" TEXT,
ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "topics" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "description" SET DEFAULT '',
ALTER COLUMN "startsAt" DROP NOT NULL,
ALTER COLUMN "registrationUrl" DROP NOT NULL,
ALTER COLUMN "sourceUrl" SET NOT NULL,
ALTER COLUMN "sourceUrl" SET DEFAULT '';

-- CreateTable
CREATE TABLE "EventSuggestion" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "organizerUrl" TEXT NOT NULL,
    "startsLocal" TEXT,
    "details" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "ipHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolutionNote" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventSuggestion_status_createdAt_idx" ON "EventSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EventSuggestion_ipHash_createdAt_idx" ON "EventSuggestion"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "Event_status_kind_idx" ON "Event"("status", "kind");

