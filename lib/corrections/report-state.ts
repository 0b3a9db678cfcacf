// What the "Report a problem" form shows after a submission.
export type ReportState = { ok: boolean; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };
