-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceDate" TEXT NOT NULL DEFAULT '',
    "sourceKind" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "addedBy" TEXT NOT NULL DEFAULT 'seed',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evidence_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_School" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "degree" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "ownership" TEXT NOT NULL,
    "acceptsInternational" TEXT NOT NULL,
    "usCourseworkRequired" TEXT NOT NULL,
    "escrowOrProofOfFunds" TEXT NOT NULL,
    "needBasedAidForInternationals" TEXT NOT NULL,
    "meritScholarshipsForInternationals" TEXT NOT NULL,
    "institutionalLoansForInternationals" TEXT NOT NULL,
    "cosignerLoansAccepted" TEXT NOT NULL,
    "dacaAccepted" TEXT NOT NULL,
    "canadiansTreatedAs" TEXT NOT NULL,
    "tuitionUsdPerYear" INTEGER,
    "tuitionYear" TEXT,
    "websiteUrl" TEXT,
    "internationalPolicyUrl" TEXT,
    "notesShort" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'published',
    "lastVerifiedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "readerSummary" TEXT NOT NULL DEFAULT '',
    "seedVersion" INTEGER,
    "confirmedAcceptsInternational" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedUsCourseworkRequired" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedEscrowOrProofOfFunds" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedNeedBasedAid" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedMeritScholarships" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedInstitutionalLoans" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedCosignerLoans" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedDacaAccepted" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedCanadiansTreatedAs" TEXT NOT NULL DEFAULT 'unknown',
    "confirmedTuitionUsdPerYear" INTEGER
);
INSERT INTO "new_School" ("acceptsInternational", "aliases", "asOf", "canadiansTreatedAs", "city", "cosignerLoansAccepted", "createdAt", "dacaAccepted", "degree", "escrowOrProofOfFunds", "id", "institutionalLoansForInternationals", "internationalPolicyUrl", "lastVerifiedAt", "meritScholarshipsForInternationals", "name", "needBasedAidForInternationals", "notesShort", "ownership", "searchText", "slug", "state", "status", "tuitionUsdPerYear", "tuitionYear", "updatedAt", "usCourseworkRequired", "version", "websiteUrl") SELECT "acceptsInternational", "aliases", "asOf", "canadiansTreatedAs", "city", "cosignerLoansAccepted", "createdAt", "dacaAccepted", "degree", "escrowOrProofOfFunds", "id", "institutionalLoansForInternationals", "internationalPolicyUrl", "lastVerifiedAt", "meritScholarshipsForInternationals", "name", "needBasedAidForInternationals", "notesShort", "ownership", "searchText", "slug", "state", "status", "tuitionUsdPerYear", "tuitionYear", "updatedAt", "usCourseworkRequired", "version", "websiteUrl" FROM "School";
DROP TABLE "School";
ALTER TABLE "new_School" RENAME TO "School";
CREATE UNIQUE INDEX "School_slug_key" ON "School"("slug");
CREATE INDEX "School_status_name_idx" ON "School"("status", "name");
CREATE INDEX "School_status_state_idx" ON "School"("status", "state");
CREATE INDEX "School_status_degree_idx" ON "School"("status", "degree");
CREATE INDEX "School_status_tuitionUsdPerYear_idx" ON "School"("status", "tuitionUsdPerYear");
CREATE INDEX "School_status_lastVerifiedAt_idx" ON "School"("status", "lastVerifiedAt");
CREATE INDEX "School_acceptsInternational_idx" ON "School"("acceptsInternational");
CREATE INDEX "School_needBasedAidForInternationals_idx" ON "School"("needBasedAidForInternationals");
CREATE INDEX "School_meritScholarshipsForInternationals_idx" ON "School"("meritScholarshipsForInternationals");
CREATE INDEX "School_institutionalLoansForInternationals_idx" ON "School"("institutionalLoansForInternationals");
CREATE INDEX "School_escrowOrProofOfFunds_idx" ON "School"("escrowOrProofOfFunds");
CREATE INDEX "School_usCourseworkRequired_idx" ON "School"("usCourseworkRequired");
CREATE INDEX "School_status_ownership_idx" ON "School"("status", "ownership");
CREATE INDEX "School_cosignerLoansAccepted_idx" ON "School"("cosignerLoansAccepted");
CREATE INDEX "School_dacaAccepted_idx" ON "School"("dacaAccepted");
CREATE INDEX "School_canadiansTreatedAs_idx" ON "School"("canadiansTreatedAs");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Evidence_schoolId_field_idx" ON "Evidence"("schoolId", "field");

-- CreateIndex
CREATE INDEX "Evidence_field_sourceKind_idx" ON "Evidence"("field", "sourceKind");

