-- CreateIndex
CREATE INDEX "School_status_ownership_idx" ON "School"("status", "ownership");

-- CreateIndex
CREATE INDEX "School_cosignerLoansAccepted_idx" ON "School"("cosignerLoansAccepted");

-- CreateIndex
CREATE INDEX "School_dacaAccepted_idx" ON "School"("dacaAccepted");

-- CreateIndex
CREATE INDEX "School_canadiansTreatedAs_idx" ON "School"("canadiansTreatedAs");

