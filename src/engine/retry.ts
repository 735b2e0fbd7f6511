/** Errors for which another attempt only adds noise and load. */
export const NOT_RETRIED: ReadonlySet<string> = new Set(['AUTHENTICATION_ERROR', 'INVALID_REQUEST']);
