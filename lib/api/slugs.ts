// The slugs the single-resource routes accept, checked before any database read. Also the document's path
// parameters (lib/api/openapi.ts). A slug that does not fit answers 404, as an unknown one does.
import { z } from 'zod';

export const SCHOOL_SLUG = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
export const PROGRAM_SLUG = z.string().regex(/^[a-z0-9-]{1,120}$/);
