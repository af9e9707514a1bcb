export { Agent, backoffMs } from './agent.js';
export { ApiClient, checkApiUrl } from './api-client.js';
export { enroll, main } from './cli.js';
export { parseConfig, type AgentConfig } from './config.js';
export { Journal } from './journal.js';
export { AgentState } from './state.js';
