/** The scenario request body lives in lib/api so the OpenAPI document is generated from it too. */
export { scenarioBody, type ScenarioBody } from '@/lib/api/scenario-body';
