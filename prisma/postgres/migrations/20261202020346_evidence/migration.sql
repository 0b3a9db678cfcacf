-- AlterTable
ALTER TABLE "School" ADD COLUMN     "confirmedAcceptsInternational" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedCanadiansTreatedAs" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedCosignerLoans" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedDacaAccepted" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedEscrowOrProofOfFunds" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedInstitutionalLoans" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedMeritScholarships" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedNeedBasedAid" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "confirmedTuitionUsdPerYear" INTEGER,
ADD COLUMN     "confirmedUsCourseworkRequired" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "readerSummary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seedVersion" INTEGER;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceDate" TEXT NOT NULL DEFAULT '',
    "sourceKind" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "addedBy" TEXT NOT NULL DEFAULT 'seed',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeedState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Evidence_schoolId_field_idx" ON "Evidence"("schoolId", "field");

-- CreateIndex
CREATE INDEX "Evidence_field_sourceKind_idx" ON "Evidence"("field", "sourceKind");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

