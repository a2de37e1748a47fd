/** The HTTP layer every API route goes through (no Next.js imports: web Request/Response only). */
export { ERROR_CODES, ERROR_STATUS, errorBody, errorResponse, fromZod, HttpError, toHttpError, type ErrorBody, type ErrorCode, type Issue } from './errors';
export { mediaType, parseBody, parseJson, readBody, readJson, readUpload, TEXT_FILE_TYPES } from './body';
export { paramsObject, parsePath, parseQuery } from './params';
export { found, isRouteHandler, route, type RouteHandler } from './handler';
export { csvResponse } from './csv-response';
