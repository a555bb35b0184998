export interface FieldError {
  field: string;
  message: string;
}

/** The one error type for every failed API call, built from an RFC 9457 problem+json body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly fieldErrors: FieldError[];

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    instance?: string;
    fieldErrors?: FieldError[];
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  /** status 0 = the request never got an answer (network down, CORS, aborted by the browser). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const contentType = response.headers.get('Content-Type') ?? '';
    if (contentType.includes('json')) {
      try {
        const body = (await response.json()) as Record<string, unknown>;
        const errors = Array.isArray(body.errors) ? body.errors : [];
        return new ApiError({
          status: typeof body.status === 'number' ? body.status : response.status,
          title: typeof body.title === 'string' ? body.title : response.statusText || `HTTP ${response.status}`,
          detail: typeof body.detail === 'string' ? body.detail : undefined,
          type: typeof body.type === 'string' ? body.type : undefined,
          instance: typeof body.instance === 'string' ? body.instance : undefined,
          fieldErrors: errors
            .filter((e): e is FieldError =>
              typeof e === 'object' && e !== null && typeof (e as FieldError).field === 'string' && typeof (e as FieldError).message === 'string')
            .map((e) => ({ field: e.field, message: e.message })),
        });
      } catch {
        // fall through to a plain error: the body was not valid JSON
      }
    }
    return new ApiError({ status: response.status, title: response.statusText || `HTTP ${response.status}` });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
