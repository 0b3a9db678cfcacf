-- AlterTable
ALTER TABLE "Lender" ADD COLUMN     "editorNote" TEXT NOT NULL DEFAULT '';

