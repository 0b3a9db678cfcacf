-- CreateTable
CREATE TABLE "EvidenceHintDismissal" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "dismissedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceHintDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceHintDismissal_schoolId_field_value_sourceUrl_key" ON "EvidenceHintDismissal"("schoolId", "field", "value", "sourceUrl");

-- AddForeignKey
ALTER TABLE "EvidenceHintDismissal" ADD CONSTRAINT "EvidenceHintDismissal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

