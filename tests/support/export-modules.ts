// The API and export modules an integration test needs, loaded together so they share one database binding
// (see importWithDatabase).
export * as apiSchools from '@/lib/api/schools';
export * as apiLenders from '@/lib/api/lenders';
export * as exportLoad from '@/lib/export/load';
export * as exportRespond from '@/lib/export/respond';
export { buildSchoolsCsv } from '@/lib/export/schools-csv';
export { writeSchoolsXlsx } from '@/lib/export/schools-xlsx';
export { parseExportQuery, parseExportPost } from '@/lib/export/request';
export { parseApiSchoolQuery } from '@/lib/api/school-params';
export { mapApiError } from '@/lib/api/errors';
export { streamEvidenceCsv } from '@/lib/export/evidence-csv';
