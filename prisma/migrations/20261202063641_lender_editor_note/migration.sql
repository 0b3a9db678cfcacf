-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Lender" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "websiteUrl" TEXT,
    "requiresUsCosigner" TEXT NOT NULL,
    "eligibleSchools" TEXT NOT NULL,
    "coversMedicalSchool" TEXT NOT NULL,
    "maxAmountNote" TEXT NOT NULL DEFAULT '',
    "interestNote" TEXT NOT NULL DEFAULT '',
    "notesShort" TEXT NOT NULL DEFAULT '',
    "asOf" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'published',
    "lastVerifiedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "editorNote" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Lender" ("asOf", "coversMedicalSchool", "createdAt", "eligibleSchools", "id", "interestNote", "lastVerifiedAt", "maxAmountNote", "name", "notesShort", "requiresUsCosigner", "slug", "status", "updatedAt", "version", "websiteUrl") SELECT "asOf", "coversMedicalSchool", "createdAt", "eligibleSchools", "id", "interestNote", "lastVerifiedAt", "maxAmountNote", "name", "notesShort", "requiresUsCosigner", "slug", "status", "updatedAt", "version", "websiteUrl" FROM "Lender";
DROP TABLE "Lender";
ALTER TABLE "new_Lender" RENAME TO "Lender";
CREATE UNIQUE INDEX "Lender_slug_key" ON "Lender"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

